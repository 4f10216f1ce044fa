import ArgumentParser
import Foundation
import NiemyetAuthoring
import NiemyetCore

/// `niemyet new campaign|unit`: write a valid, commented starting point.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: Help.text("new"),
        subcommands: [NewCampaign.self, NewUnit.self])
}

struct NewCampaign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaign", abstract: Help.text("new.campaign"))

    @Argument(help: "The campaign's title, in Vietnamese; its slug becomes the folder name.")
    var title: String

    @Option(help: "First day, YYYY-MM-DD (default: today).")
    var start: String?

    @Option(help: "Last day, YYYY-MM-DD (default: 30 days after the start).")
    var end: String?

    @Option(help: "Who organizes the campaign.")
    var organizer: String?

    @OptionGroup var options: ScaffoldOptions

    func run() throws {
        let startDate = try start.map { try parseDate($0, option: "--start") } ?? LocalDate.today()
        let endDate = try end.map { try parseDate($0, option: "--end") } ?? startDate.adding(days: 30)
        guard startDate <= endDate else { throw Help.usageError("endBeforeStart") }
        try options.create { scaffold in
            try scaffold.newCampaign(title: title, start: startDate, end: endDate, organizer: organizer) + "/campaign.md"
        }
    }
}

struct NewUnit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit", abstract: Help.text("new.unit"))

    @Argument(help: "The unit's id: lowercase letters without accents, digits and '-'.")
    var id: String

    @Option(help: "The campaign's id (its folder name).")
    var campaign: String

    @Option(help: "The unit's name.")
    var name: String?

    @Option(help: "The unit's block: district, ward, commune, department, vertical, city.")
    var block: String?

    @OptionGroup var options: ScaffoldOptions

    func run() throws {
        try options.create { scaffold in try scaffold.newUnit(id: id, campaign: campaign, name: name, block: block) }
    }
}

/// The options both scaffolds share, and how their outcome is reported.
struct ScaffoldOptions: ParsableArguments {
    @Option(help: "The project folder.")
    var project: String = "."

    @Option(help: "Language of messages: vi or en.")
    var lang: Language?

    /// Runs `make` on the project's scaffold and prints the file it created, or why not (exit 1).
    func create(_ make: (CampaignScaffold) throws -> String) throws {
        let language = Language.choose(flag: lang, environment: ProcessInfo.processInfo.environment, site: nil)
        do {
            let file = try make(CampaignScaffold(projectRoot: URL(fileURLWithPath: project)))
            Terminal.write(AuthoringReport.created(file, language: language) + "\n", to: .standardOutput)
        } catch let problem as CampaignScaffold.Problem {
            Terminal.write(problem.message(in: language) + "\n", to: .standardError)
            throw ExitCode(1)
        }
    }
}

func parseDate(_ text: String, option: String) throws -> LocalDate {
    guard let date = LocalDate(iso: text) else { throw Help.usageError("date", ["option": option, "value": text]) }
    return date
}
