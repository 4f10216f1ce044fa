import ArgumentParser
import Foundation
import NiemyetCore
import NiemyetPoster
import NiemyetSite

/// `niemyet build`: validate, then publish the notice site to `public/` in one swap.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: Help.text("build"))

    @OptionGroup var project: ProjectOptions

    @Option(help: "The folder to publish into (default: PATH/public).")
    var out: String?

    @Option(help: "The day taken as today for running, upcoming and past campaigns, as YYYY-MM-DD (default: today in Vietnam).")
    var clock: String?

    @Flag(help: "List every page this build rendered (the others were unchanged) and how many campaigns were kept whole.")
    var verbose = false

    @Option(help: "Paper size of the posters written with the site: A4 or A3.")
    var posterSize: PaperSize = .a4

    @Flag(help: "Write the pages only, without posters (a quicker draft, or to compare with other site generators).")
    var noPosters = false

    func validate() throws {
        try project.validate()
        if let clock, LocalDate(iso: clock) == nil {
            throw Help.usageError("date", ["option": "--clock", "value": clock])
        }
    }

    func run() throws {
        let (loaded, diagnostics) = Validator.validate(path: project.path)
        let language = project.language(site: loaded.project.site.language)
        let colour = Terminal.wantsColour(FileHandle.standardError)
        let report = DiagnosticReport(diagnostics: diagnostics, language: language)
        if !diagnostics.isEmpty { Terminal.write(report.text(colour: colour), to: .standardError) }
        if diagnostics.hasErrors {
            Terminal.write(report.summary(filesRead: loaded.filesRead) + "\n", to: .standardError)
            Terminal.write(Messages.table(for: language).label("build.kept") + "\n", to: .standardError)
            throw ExitCode(1)
        }
        let output = out ?? (project.path == "." ? "public" : (project.path as NSString).appendingPathComponent("public"))
        let outputURL = URL(fileURLWithPath: output, isDirectory: true)
        let options = SiteBuildOptions(
            output: outputURL,
            today: clock.flatMap(LocalDate.init(iso:)) ?? LocalDate.today(),
            includePosters: !noPosters,
            writeExtraFiles: { [posterSize, noPosters] staging, campaignKeys in
                guard !noPosters else { return [] }
                // Posters land in the staging folder, so they are link-checked and
                // published in the same swap as the pages; unchanged ones are linked
                // from the site being replaced, and campaigns with nothing changed keep
                // theirs whole.
                return try PosterWriter.writeAll(
                    for: loaded.project, size: posterSize, into: staging, reusingFrom: outputURL, campaignKeys: campaignKeys)
            })
        do {
            let summary = try SiteBuilder.build(loaded.project, options: options)
            if verbose {
                Terminal.write(summary.renderedPages.map { "  \($0)\n" }.joined(), to: .standardOutput)
                Terminal.write(summary.unchangedLine(in: language) + "\n", to: .standardOutput)
            }
            Terminal.write(summary.line(in: language, outputShownAs: output) + "\n", to: .standardOutput)
            Terminal.exit(0, keeping: loaded)
        } catch {
            let failure = DiagnosticReport(diagnostics: error.diagnostics, language: language)
            Terminal.write(failure.text(colour: colour), to: .standardError)
            Terminal.write(Messages.table(for: language).label("build.kept") + "\n", to: .standardError)
            throw ExitCode(1)
        }
    }
}
