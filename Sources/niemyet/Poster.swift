import ArgumentParser
import Foundation
import NiemyetCore
import NiemyetPoster

/// `niemyet poster`: validates, then prints PDF posters for the reception desk.
struct Poster: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "poster",
        abstract: Help.text("poster"))

    @OptionGroup var project: ProjectOptions

    @Option(help: ArgumentHelp("Only this campaign (its folder or file name under Campaigns/).", valueName: "id"))
    var campaign: String?

    @Option(help: ArgumentHelp("Only this unit's posters (its id in units.yaml).", valueName: "id"))
    var unit: String?

    @Option(help: "Paper size: A4 or A3.")
    var size: PaperSize = .a4

    @Option(
        help: ArgumentHelp(
            "The site folder; posters go to DIR/posters/<campaign>/<unit>.pdf (default: PATH/public).", valueName: "DIR"))
    var out: String?

    func run() throws {
        let (loaded, diagnostics) = Validator.validate(path: project.path)
        let language = project.language(site: loaded.project.site.language)
        let report = DiagnosticReport(diagnostics: diagnostics, language: language)
        Terminal.write(report.text(colour: Terminal.wantsColour(FileHandle.standardError)), to: .standardError)
        if diagnostics.hasErrors {
            Terminal.write(report.summary(filesRead: loaded.filesRead) + "\n", to: .standardError)
            throw ExitCode(1)
        }
        let folder = out.map { URL(fileURLWithPath: $0) } ?? loaded.project.root.appendingPathComponent("public")
        do {
            let selection = PosterSelection(campaign: campaign, unit: unit)
            let written = try PosterWriter.write(for: loaded.project, selection: selection, size: size, into: folder)
            for path in written {
                Terminal.write(folder.appendingPathComponent(path).path + "\n", to: .standardOutput)
            }
        } catch {
            if error.isUsageError { throw ValidationError(error.message(in: language)) }
            Terminal.write("error: \(error.message(in: language)) [\(error.code.rawValue)]\n", to: .standardError)
            throw ExitCode(1)
        }
    }
}

extension PaperSize: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}
