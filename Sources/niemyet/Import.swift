import ArgumentParser
import Foundation
import NiemyetAuthoring
import NiemyetCore

/// `niemyet import registrations FILE --campaign ID`: a spreadsheet into units/*.md.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: Help.text("import"),
        subcommands: [ImportRegistrations.self])
}

struct ImportRegistrations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registrations",
        abstract: Help.text("import.registrations"))

    @Argument(help: "The spreadsheet: CSV (comma or semicolon, UTF-8) or XLSX (first sheet).")
    var file: String

    @Option(help: "The campaign's id (its folder name under Campaigns/).")
    var campaign: String

    @Option(help: "The project folder.")
    var project: String = "."

    @Flag(help: "Write the good rows even when some rows are bad.")
    var skipBad = false

    @Flag(help: "Overwrite units/<id>.md files that already exist.")
    var replace = false

    @Option(help: "Output format of problems: text or json.")
    var format: Validate.Format = .text

    @Option(help: "Language of messages: vi or en.")
    var lang: Language?

    func validate() throws {
        guard FileManager.default.fileExists(atPath: file) else { throw Help.usageError("noFile", ["path": file]) }
    }

    func run() throws {
        let importer = RegistrationImporter(
            projectPath: project, campaignID: campaign, skipBadRows: skipBad, replace: replace)
        let outcome = importer.run(file: URL(fileURLWithPath: file), shownAs: file)
        let language = Language.choose(flag: lang, environment: ProcessInfo.processInfo.environment, site: nil)
        let report = DiagnosticReport(diagnostics: outcome.diagnostics, language: language)
        switch format {
        case .text:
            Terminal.write(report.text(colour: Terminal.wantsColour(.standardError)), to: .standardError)
            Terminal.write(AuthoringReport.imported(outcome, skippedBadRows: skipBad, language: language) + "\n", to: .standardOutput)
        case .json:
            Terminal.write(report.json() + "\n", to: .standardOutput)
        }
        // Bad rows fail the import, unless --skip-bad asked to write the good ones.
        if outcome.diagnostics.hasErrors && (outcome.written.isEmpty || !skipBad) { throw ExitCode(1) }
    }
}
