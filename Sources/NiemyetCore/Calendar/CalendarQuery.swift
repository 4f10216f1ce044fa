import Foundation

/// What `niemyet due` and `niemyet holidays` ask: answered from the calendar of the
/// project in a folder when there is one (validated first), from the defaults otherwise.
public enum CalendarQuery {
    /// Why a question got no answer.
    public enum Failure: Error, Sendable {
        /// The project has errors; nothing is answered from a broken project.
        case invalidProject(diagnostics: [Diagnostic], siteLanguage: Language)
        /// The question itself is wrong: the message says how, in the reader's language.
        case usage(Problem, siteLanguage: Language?)
    }

    /// A wrong question.
    public enum Problem: Hashable, Sendable {
        case invalidDateTime(String)
        case invalidTurnaround(String)
        case unknownUnit(String, suggestion: String?)
        case outOfRange
        case neverOpen

        public func message(in language: Language) -> String {
            let table = Messages.table(for: language)
            switch self {
            case .invalidDateTime(let value):
                return table.fill(table.label("calendar.invalidDateTime"), ["value": value])
            case .invalidTurnaround(let value):
                return table.message(for: .invalidTurnaround, ["key": "--turnaround", "value": value])
            case .unknownUnit(let unit, let suggestion):
                var arguments = ["unit": unit]
                if let suggestion { arguments["suggestion"] = suggestion }
                return table.message(for: .unknownUnit, arguments)
            case .outOfRange:
                return table.label("calendar.outOfRange")
            case .neverOpen:
                return table.message(for: .officeHoursNeverOpen, [:])
            }
        }
    }

    /// The due date of a dossier filed at `from` (text as typed) with `turnaround`, by
    /// the office hours of `unit` or of the project.
    ///
    /// `project` is the project folder; nil means the current folder when it holds a
    /// `Campaigns/` folder, and the default calendar when it does not.
    public static func due(from: String, turnaround: String, unit: String?, project: String?) -> Result<
        DueAnswer, Failure
    > {
        let context: Context
        switch Context.load(project) {
        case .success(let loaded): context = loaded
        case .failure(let failure): return .failure(failure)
        }
        let language = context.siteLanguage
        guard let filing = LocalDateTime(parsing: from) else {
            return .failure(.usage(.invalidDateTime(from), siteLanguage: language))
        }
        guard let promise = Turnaround(parsing: turnaround) else {
            return .failure(.usage(.invalidTurnaround(turnaround), siteLanguage: language))
        }
        if let unit, !context.unitIDs.contains(unit) {
            return .failure(
                .usage(
                    .unknownUnit(unit, suggestion: Spelling.closest(to: unit, among: context.unitIDs)),
                    siteLanguage: language))
        }
        do {
            let due = try DueDate.due(from: filing, turnaround: promise, calendar: context.calendar.working(unit: unit))
            return .success(DueAnswer(due: due, siteLanguage: language))
        } catch {
            let problem: Problem =
                switch error {
                case .outOfRange: .outOfRange
                case .neverOpen: .neverOpen
                }
            return .failure(.usage(problem, siteLanguage: language))
        }
    }

    /// The days off of `year`, by the calendar of `project` (as for `due`).
    public static func holidays(year: Int, project: String?) -> Result<HolidayList, Failure> {
        let context: Context
        switch Context.load(project) {
        case .success(let loaded): context = loaded
        case .failure(let failure): return .failure(failure)
        }
        guard LunarCalendar.supportedYears.contains(year) else {
            return .failure(.usage(.outOfRange, siteLanguage: context.siteLanguage))
        }
        let calendar = context.calendar.working()
        return .success(
            HolidayList(
                year: year, daysOff: calendar.daysOff(in: year), makeUpDays: calendar.makeUpDays(in: year),
                siteLanguage: context.siteLanguage))
    }

    /// The calendar settings a question is answered from.
    struct Context {
        var calendar: ProjectCalendar
        var unitIDs: [String]
        var siteLanguage: Language?

        static func load(_ path: String?) -> Result<Context, Failure> {
            let folder = path ?? "."
            var isDirectory: ObjCBool = false
            let campaigns = URL(fileURLWithPath: folder).appendingPathComponent("Campaigns").path
            if path == nil, !(FileManager.default.fileExists(atPath: campaigns, isDirectory: &isDirectory)
                && isDirectory.boolValue)
            {
                return .success(Context(calendar: ProjectCalendar(), unitIDs: [], siteLanguage: nil))
            }
            let (loaded, diagnostics) = Validator.validate(path: folder)
            let project = loaded.project
            if diagnostics.hasErrors {
                return .failure(.invalidProject(diagnostics: diagnostics, siteLanguage: project.site.language))
            }
            return .success(
                Context(
                    calendar: project.calendar ?? ProjectCalendar(), unitIDs: project.units.map(\.id),
                    siteLanguage: project.site.language))
        }
    }
}

/// The answer of `niemyet due`.
public struct DueAnswer: Sendable {
    public let due: LocalDateTime
    /// The project's language, for choosing the reader's language.
    public let siteLanguage: Language?

    /// `Hạn trả kết quả: 11:30 thứ Năm, ngày 15 tháng 2 năm 2024`.
    public func text(in language: Language) -> String {
        let table = Messages.table(for: language)
        return table.fill(table.label("calendar.due"), ["moment": CalendarText.moment(due, in: language)])
    }

    /// `{"due": "2024-02-15T11:30:00+07:00"}`.
    public func json() -> String {
        CalendarText.json(["due": due.iso])
    }
}

/// The answer of `niemyet holidays`.
public struct HolidayList: Sendable {
    public let year: Int
    public let daysOff: [DayOff]
    public let makeUpDays: [(date: LocalDate, name: String)]
    public let siteLanguage: Language?

    /// One line a day off: `Thứ Hai, 01/01/2024: Tết Dương lịch`, then the make-up days.
    public func text(in language: Language) -> String {
        let table = Messages.table(for: language)
        var lines = [table.fill(table.label("calendar.holidays"), ["year": "\(year)"])]
        if daysOff.isEmpty { lines.append("  " + table.label("calendar.noHolidays")) }
        for day in daysOff {
            lines.append("  \(CalendarText.listDate(day.date, in: language)): \(day.name(in: language))")
        }
        if !makeUpDays.isEmpty {
            lines.append(table.label("calendar.makeUpDays"))
            for day in makeUpDays { lines.append("  \(CalendarText.listDate(day.date, in: language)): \(day.name)") }
        }
        return lines.joined(separator: "\n")
    }

    /// `{"year": 2024, "holidays": [{"date": "2024-01-01", "name": "Tết Dương lịch"}, ...]}`.
    public func json() -> String {
        struct Entry: Encodable {
            let date: String
            let name: String
        }
        struct Document: Encodable {
            let year: Int
            let holidays: [Entry]
        }
        let document = Document(year: year, holidays: daysOff.map { Entry(date: $0.date.iso, name: $0.name) })
        return CalendarText.encode(document)
    }
}

/// Dates and times written the way readers of each language expect.
enum CalendarText {
    /// `11:30 thứ Năm, ngày 15 tháng 2 năm 2024` / `11:30, Thursday 15 February 2024`.
    static func moment(_ moment: LocalDateTime, in language: Language) -> String {
        let table = Messages.table(for: language)
        return table.fill(
            table.label("calendar.moment"),
            [
                "time": moment.clock, "weekday": table.label("weekday.\(moment.date.weekday)"),
                "date": moment.date.written(in: language),
            ])
    }

    /// `Thứ Hai, 01/01/2024` / `Monday 1 January 2024`, to begin a line.
    static func listDate(_ date: LocalDate, in language: Language) -> String {
        let table = Messages.table(for: language)
        let written =
            language == .vi
            ? "\(String(pad2: date.day))/\(String(pad2: date.month))/\(String(format4: date.year))"
            : date.english
        let line = table.fill(
            table.label("calendar.listDate"), ["weekday": table.label("weekday.\(date.weekday)"), "date": written])
        return line.prefix(1).uppercased() + line.dropFirst()
    }

    static func json(_ values: [String: String]) -> String { encode(values) }

    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
