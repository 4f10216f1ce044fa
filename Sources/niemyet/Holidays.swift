import ArgumentParser
import NiemyetCore

/// `niemyet holidays`: the year's days off, with their names.
struct Holidays: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays",
        abstract: Help.text("holidays"))

    @Argument(help: "The year, 1900 to 2100.")
    var year: Int

    @OptionGroup var calendar: CalendarOptions

    func run() throws {
        switch CalendarQuery.holidays(year: year, project: calendar.project) {
        case .success(let list):
            let output =
                calendar.format == .json ? list.json() : list.text(in: calendar.language(site: list.siteLanguage))
            Terminal.write(output + "\n", to: .standardOutput)
        case .failure(let failure):
            try calendar.report(failure)
        }
    }
}
