import ArgumentParser
import Foundation
import NiemyetCore

/// `niemyet validate`: every problem of every file at once, compiler-style.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: Help.text("validate"))

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var project: ProjectOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let (loaded, diagnostics) = Validator.validate(path: project.path)
        let language = project.language(site: loaded.project.site.language)
        switch format {
        case .text:
            let report = DiagnosticReport(diagnostics: diagnostics, language: language)
            let colour = Terminal.wantsColour(FileHandle.standardOutput)
            Terminal.write(report.text(colour: colour), to: .standardOutput)
            Terminal.write(report.summary(filesRead: loaded.filesRead) + "\n", to: .standardOutput)
        case .json:
            Terminal.write(DiagnosticReport(diagnostics: diagnostics, language: language).json() + "\n", to: .standardOutput)
        }
        Terminal.exit(diagnostics.hasErrors ? 1 : 0, keeping: loaded)
    }
}
