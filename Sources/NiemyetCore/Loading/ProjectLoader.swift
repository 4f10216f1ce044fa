import Foundation
import Synchronization

/// What loading a project gives: the model, every problem met on the way, and how many
/// files were read (for the summary line).
public struct LoadedProject: Sendable {
    public var project: Project
    public var diagnostics: [Diagnostic]
    public var filesRead: Int
}

/// Reads a project folder as FORMAT.md describes it: `Site/site.yaml`, the shared
/// registries in `Campaigns/`, then every campaign (in parallel: they are independent).
public struct ProjectLoader: Sendable {
    public let root: URL
    /// The project path as the user typed it, used to show file paths.
    public let displayRoot: String
    /// Whether decoded campaign files are kept in `<project>/.niemyet/cache/` (see
    /// `LoadCache`), so that the next run re-reads only the files that changed.
    public let caching: Bool
    /// `root` as a file system path, without a trailing slash.
    let rootPath: String

    public init(root: URL, displayRoot: String, caching: Bool = true) {
        self.root = root.standardizedFileURL
        let path = self.root.path
        rootPath = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        self.displayRoot = displayRoot
        self.caching = caching
    }

    /// A loader for the folder `path`, relative paths taken from the current folder.
    public init(path: String, caching: Bool = true) {
        self.init(root: URL(fileURLWithPath: path, isDirectory: true), displayRoot: path, caching: caching)
    }

    /// The file system path of `relative` inside the project (string joins: URL appends
    /// cost microseconds each, paid for every file of the project).
    public func path(of relative: String) -> String {
        rootPath + "/" + relative
    }

    /// The path shown in messages for a file at `relative` inside the project.
    public func display(_ relative: String) -> String {
        if displayRoot.isEmpty || displayRoot == "." || displayRoot == "./" { return relative }
        return displayRoot.hasSuffix("/") ? displayRoot + relative : displayRoot + "/" + relative
    }

    public func load() -> LoadedProject {
        loadKeeping().loaded
    }

    /// Loads the project, and keeps what a later `load(after:changed:)` starts from.
    public func loadKeeping() -> (loaded: LoadedProject, memo: LoadMemo) {
        let base = loadBase()
        let campaigns = root.appendingPathComponent("Campaigns", isDirectory: true)
        guard isDirectory(campaigns) else {
            var loaded = base
            loaded.diagnostics.append(Diagnostic(.campaignsFolderMissing, at: .start(of: display("Campaigns"))))
            return (loaded, LoadMemo(base: loaded, sources: [], decoded: [], hasCampaigns: false))
        }
        var diagnostics: [Diagnostic] = []
        let sources = campaignSources(in: campaigns, diagnostics: &diagnostics)
        var memo = LoadMemo(base: base, sources: sources, decoded: [], hasCampaigns: true)
        memo.base.diagnostics += diagnostics
        memo.decoded = decode(sources, registry: Registry(base.project), complete: true)
        return (memo.loaded, memo)
    }

    /// Loads the project again after the files at `changed` (paths relative to the root)
    /// changed since `memo`'s load, decoding only the campaigns those files belong to:
    /// what a preview does after each edit. A change beyond a campaign's own files (the
    /// site settings, the shared registries and calendar, a campaign added or removed)
    /// loads everything again.
    public func load(after memo: LoadMemo, changed: Set<String>) -> (loaded: LoadedProject, memo: LoadMemo) {
        guard memo.hasCampaigns, let dirty = Self.campaigns(touchedBy: changed, among: memo.sources) else {
            return loadKeeping()
        }
        guard !dirty.isEmpty else { return (memo.loaded, memo) }
        var next = memo
        let indices = memo.sources.indices.filter { dirty.contains(memo.sources[$0].id) }
        // A campaign whose folder or file is gone or changed kind is no longer the source
        // listed: the campaigns are listed again.
        guard indices.allSatisfy({ isPlain(memo.sources[$0]) }) else { return loadKeeping() }
        let registry = Registry(memo.base.project)
        for (index, decoded) in zip(indices, decode(indices.map { memo.sources[$0] }, registry: registry, complete: false)) {
            next.decoded[index] = decoded
        }
        return (next.loaded, next)
    }

    /// The ids of the campaigns whose files `changed` holds, or nil when a change reaches
    /// beyond them. A campaign's own files are everything under its folder, the folder
    /// itself, or its single file.
    static func campaigns(touchedBy changed: Set<String>, among sources: [CampaignSource]) -> Set<String>? {
        var owners: [String: String] = [:]
        for source in sources {
            owners[source.folder ?? source.file] = source.id
        }
        var touched = Set<String>()
        for path in changed {
            let parts = path.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count >= 2, parts[0] == "Campaigns", let id = owners["Campaigns/" + parts[1]] else { return nil }
            touched.insert(id)
        }
        return touched
    }

    /// Whether `source` is still a plain folder holding `campaign.md`, or a plain file.
    private func isPlain(_ source: CampaignSource) -> Bool {
        func kind(_ relative: String) -> mode_t? {
            var status = stat()
            return lstat(path(of: relative), &status) == 0 ? status.st_mode & S_IFMT : nil
        }
        if let folder = source.folder { return kind(folder) == S_IFDIR && kind(source.file) == S_IFREG }
        return kind(source.file) == S_IFREG
    }

    /// The site settings, shared registries and calendar, with what reading them found.
    private func loadBase() -> LoadedProject {
        var diagnostics: [Diagnostic] = []
        var filesRead = 0
        var project = Project(root: root, displayRoot: displayRoot)

        let siteURL = root.appendingPathComponent("Site/site.yaml")
        if FileManager.default.fileExists(atPath: siteURL.path) {
            filesRead += 1
            if let document = readYAML("Site/site.yaml", into: &diagnostics) {
                project.site = RegistryDecoder.site(document, diagnostics: &diagnostics)
            }
        }
        guard isDirectory(root.appendingPathComponent("Campaigns", isDirectory: true)) else {
            return LoadedProject(project: project, diagnostics: diagnostics, filesRead: filesRead)
        }
        for (name, decode) in [("units.yaml", 0), ("procedures.yaml", 1)] {
            let relative = "Campaigns/" + name
            guard FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path) else { continue }
            filesRead += 1
            guard let document = readYAML(relative, into: &diagnostics) else { continue }
            if decode == 0 {
                project.units = RegistryDecoder.units(document, diagnostics: &diagnostics)
            } else {
                project.catalogue = RegistryDecoder.procedures(document, diagnostics: &diagnostics)
            }
        }

        // calendar: Campaigns/calendar.yaml and office hours (see CalendarDecoder).
        project.calendar = CalendarDecoder(loader: self).calendar(diagnostics: &diagnostics, filesRead: &filesRead)
        return LoadedProject(project: project, diagnostics: diagnostics, filesRead: filesRead)
    }

    /// Decodes `sources` in parallel (they are independent), through the load cache. A
    /// `complete` set is every campaign of the project: the cache then keeps exactly their
    /// records; otherwise it only adds the records of these.
    private func decode(_ sources: [CampaignSource], registry: Registry, complete: Bool) -> [DecodedCampaign] {
        let cache =
            caching
            ? LoadCache(root: root, displayRoot: displayRoot, registries: ["Campaigns/units.yaml", "Campaigns/procedures.yaml"])
            : nil
        let stored = cache?.stored() ?? .none
        // With no pack to start from, records go into a new one as they are made.
        let pack = complete ? cache.flatMap { stored.pack.isEmpty ? PackWriter(for: $0) : nil } : nil
        let results = Mutex([(DecodedCampaign, RecordOutcome?)?](repeating: nil, count: sources.count))
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            var decoded = DecodedCampaign()
            var outcome: RecordOutcome?
            decoded.campaign = CampaignDecoder(loader: self, registry: registry, cache: cache)
                .campaign(
                    sources[index], stored: stored, pack: pack, diagnostics: &decoded.diagnostics,
                    filesRead: &decoded.filesRead, digest: &decoded.digest, outcome: &outcome)
            results.withLock { $0[index] = (decoded, outcome) }
        }
        // Every source has its entry: each iteration above sets its own.
        let found = results.withLock { $0 }.map { $0 ?? (DecodedCampaign(), nil) }
        cache?.save(found.compactMap(\.1), stored: stored, written: pack, complete: complete)
        return found.map(\.0)
    }

    /// Where a campaign is written: a folder with `campaign.md`, or a single `<slug>.md`.
    struct CampaignSource: Sendable {
        var id: String
        /// `Campaigns/<slug>/campaign.md` or `Campaigns/<slug>.md`, relative to the root.
        var file: String
        /// `Campaigns/<slug>` for folder campaigns.
        var folder: String?
    }

    private func campaignSources(in campaigns: URL, diagnostics: inout [Diagnostic]) -> [CampaignSource] {
        var sources: [CampaignSource] = []
        for name in children(of: campaigns) {
            let url = campaigns.appendingPathComponent(name)
            let relative = "Campaigns/" + name
            guard staysInside(relative, diagnostics: &diagnostics) else { continue }
            if isDirectory(url) {
                let file = relative + "/campaign.md"
                if FileManager.default.fileExists(atPath: root.appendingPathComponent(file).path) {
                    sources.append(CampaignSource(id: name, file: file, folder: relative))
                } else {
                    diagnostics.append(Diagnostic(.missingCampaignFile, at: .start(of: display(relative))))
                }
            } else if name.hasSuffix(".md") {
                sources.append(CampaignSource(id: String(name.dropLast(3)), file: relative, folder: nil))
            }
        }
        return sources
    }

    /// File names in a folder, sorted, hidden files skipped; none when it is no folder.
    func children(of folder: URL) -> [String] {
        OpenFolder(path: folder.path)?.names() ?? []
    }

    func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Whether the file at `relative` resolves inside the project; a symbolic link out of
    /// it is reported.
    func staysInside(_ relative: String, diagnostics: inout [Diagnostic]) -> Bool {
        // Folders are walked from the root, so only a symbolic link can lead outside.
        var status = stat()
        if lstat(path(of: relative), &status) == 0, status.st_mode & S_IFMT != S_IFLNK { return true }
        let resolved = root.appendingPathComponent(relative).resolvingSymlinksInPath().path
        let base = root.resolvingSymlinksInPath().path
        if resolved == base || resolved.hasPrefix(base + "/") { return true }
        diagnostics.append(Diagnostic(.symlinkOutside, at: .start(of: display(relative)), ["target": .text(resolved)]))
        return false
    }

    /// Reads a file as text, reporting why it could not be.
    func readText(_ relative: String, into diagnostics: inout [Diagnostic]) -> SourceText? {
        switch SourceText.read(path: path(of: relative), shownAs: display(relative)) {
        case .success(let text): return text
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    /// Reads a whole-file YAML document (`site.yaml`, `units.yaml`, `procedures.yaml`).
    func readYAML(_ relative: String, into diagnostics: inout [Diagnostic]) -> YAMLDocument? {
        guard let text = readText(relative, into: &diagnostics) else { return nil }
        switch YAMLDocument.parse(text.text, file: text.file) {
        case .success(let document): return document
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    /// Reads a Markdown file with front matter.
    func readFrontMatter(_ relative: String, into diagnostics: inout [Diagnostic]) -> (YAMLDocument, String)? {
        guard let text = readText(relative, into: &diagnostics) else { return nil }
        let split: FrontMatterDocument
        switch FrontMatterDocument.split(text) {
        case .success(let document): split = document
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        switch YAMLDocument.parse(split.yaml, file: text.file, firstLine: split.yamlFirstLine) {
        case .success(let document): return (document, split.body)
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }
}

/// The shared registries, indexed for the lookups every registration makes.
struct Registry: Sendable {
    let unitsByID: [String: Unit]
    let proceduresByCode: [String: CatalogueProcedure]

    /// The registries of `project` (`units.yaml`, `procedures.yaml`).
    init(_ project: Project) {
        unitsByID = project.unitIndex()
        proceduresByCode = Dictionary(project.catalogue.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
