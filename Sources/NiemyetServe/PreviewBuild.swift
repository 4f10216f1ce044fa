import Foundation
import NiemyetCore
import NiemyetSite
import Synchronization

/// The outcome of one preview build, for the terminal.
public enum PreviewBuild: Sendable {
    /// The site was built, in `took` from loading to publishing; pages not affected by the
    /// change were kept.
    case built(SiteBuildSummary, warnings: [Diagnostic], language: Language, took: Duration)
    /// The input has errors: pages show them until the files are fixed.
    case invalid([Diagnostic], language: Language)
}

/// The site as the preview serves it: built into a private folder, rebuilt on request,
/// and either good (serve the files) or invalid (serve the problems instead of pages).
final class SitePreview: Sendable {
    let project: String
    let site: SiteFolder
    private let languageFlag: Language?
    private let environment: [String: String]
    private let today: @Sendable () -> LocalDate
    private let run = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    private let state = Mutex(State())
    /// Held by a build, and by the making of the spare copy, which reads the built site.
    private let building = Mutex(())
    /// What the last load found, so that after an edit only the campaigns whose files
    /// changed are decoded again (see `ProjectLoader.load(after:changed:)`).
    private let memo = Mutex<LoadMemo?>(nil)

    /// What pages are served from.
    struct State: Sendable {
        var build = 0
        /// The problems of the last build, when it failed.
        var problems: [Diagnostic]?
        var language = Language.vi
    }

    init(project: String, output: URL, languageFlag: Language?, environment: [String: String], today: @escaping @Sendable () -> LocalDate) {
        self.project = project
        self.site = SiteFolder(root: output)
        self.languageFlag = languageFlag
        self.environment = environment
        self.today = today
    }

    var current: State { state.withLock { $0 } }

    /// The version of the build pages are served from.
    var version: PreviewVersion { PreviewVersion(run: run, build: state.withLock { $0.build }) }

    /// Validates the project and builds the site into the private folder. Only pages
    /// whose inputs changed are rendered again (the site builder keeps the others).
    /// `changed` names the files that changed since the last build (relative to the
    /// project), when the caller knows them: only their campaigns are loaded again.
    func rebuild(changed: Set<String>? = nil) -> PreviewBuild {
        building.withLock { _ in build(changed: changed) }
    }

    /// Prepares the copy of the site the next build starts from (see
    /// `SiteBuilder.prepareSpare`), so that the first edit is as quick as the later ones; a
    /// build asked for meanwhile waits for it.
    func prepareSpare() {
        building.withLock { _ in SiteBuilder.prepareSpare(for: site.root) }
    }

    /// Returns once no build and no spare copy is being written.
    func waitForBuilds() {
        building.withLock { _ in }
    }

    private func build(changed: Set<String>?) -> PreviewBuild {
        let clock = ContinuousClock()
        let began = clock.now
        let loader = ProjectLoader(path: project)
        let (loaded, kept) =
            if let changed, let previous = memo.withLock({ $0 }) {
                loader.load(after: previous, changed: changed)
            } else {
                loader.loadKeeping()
            }
        memo.withLock { $0 = kept }
        let diagnostics = Validator.validate(loaded)
        let language = Language.choose(flag: languageFlag, environment: environment, site: loaded.project.site.language)
        let outcome: PreviewBuild
        if diagnostics.hasErrors {
            outcome = .invalid(diagnostics.sortedForDisplay(), language: language)
        } else {
            var project = loaded.project
            // Served from the root of 127.0.0.1, whatever the published address is, so that
            // the links written from the base URL (the 404 page, feeds) work in the preview.
            project.site.baseURL = "/"
            let options = SiteBuildOptions(output: site.root, today: today(), includePosters: false)
            do {
                let summary = try SiteBuilder.build(project, options: options)
                outcome = .built(
                    summary, warnings: diagnostics.sortedForDisplay(), language: language, took: clock.now - began)
            } catch {
                outcome = .invalid(error.diagnostics, language: language)
            }
        }
        state.withLock {
            $0.build += 1
            $0.language = language
            if case .invalid(let problems, _) = outcome { $0.problems = problems } else { $0.problems = nil }
        }
        return outcome
    }
}
