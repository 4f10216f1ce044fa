import ArgumentParser
import Foundation
import NiemyetCore

/// `niemyet due`: when a dossier filed now is due back, by the working-day calendar.
struct Due: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: Help.text("due"),
        discussion: """
            DATETIME is YYYY-MM-DDTHH:MM, Vietnam time (UTC+7) unless it ends with an offset. \
            Holidays come from Vietnamese law; Campaigns/calendar.yaml and office hours come from \
            the project in the current folder (or --project), when there is one.
            """)

    @Option(help: ArgumentHelp("When the dossier was filed, e.g. 2024-02-08T16:00.", valueName: "datetime"))
    var from: String

    @Option(help: ArgumentHelp("The turnaround, e.g. \"01 ngày làm việc\", \"02 buổi\", \"4 giờ\", \"trong ngày\".", valueName: "text"))
    var turnaround: String

    @Option(help: ArgumentHelp("Use the office hours of this unit (an id of units.yaml).", valueName: "id"))
    var unit: String?

    @OptionGroup var calendar: CalendarOptions

    func run() throws {
        switch CalendarQuery.due(from: from, turnaround: turnaround, unit: unit, project: calendar.project) {
        case .success(let answer):
            let output =
                calendar.format == .json ? answer.json() : answer.text(in: calendar.language(site: answer.siteLanguage))
            Terminal.write(output + "\n", to: .standardOutput)
        case .failure(let failure):
            try calendar.report(failure)
        }
    }
}

/// Options shared by `due` and `holidays`.
struct CalendarOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: ArgumentHelp("The project folder (default: the current folder, when it holds Campaigns/).", valueName: "path"))
    var project: String?

    @Option(name: .long, help: "Language of messages: vi or en (default: LANG, then site.yaml).")
    var lang: Language?

    func language(site: Language?) -> Language {
        Language.choose(flag: lang, environment: ProcessInfo.processInfo.environment, site: site)
    }

    func validate() throws {
        guard let project else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: project, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError(
                Messages.table(for: language(site: nil)).message(for: .projectNotFound, ["path": project]))
        }
    }

    /// Prints why there is no answer: the project's problems (exit 1) or a usage
    /// error (exit 2).
    func report(_ failure: CalendarQuery.Failure) throws {
        switch failure {
        case .invalidProject(let diagnostics, let site):
            let report = DiagnosticReport(diagnostics: diagnostics, language: language(site: site))
            Terminal.write(report.text(colour: Terminal.wantsColour(FileHandle.standardError)), to: .standardError)
            throw ExitCode(1)
        case .usage(let problem, let site):
            throw ValidationError(problem.message(in: language(site: site)))
        }
    }
}
