import Foundation

/// Reads a project's calendar settings: `Campaigns/calendar.yaml` and the
/// `office_hours` of `Site/site.yaml` and `Campaigns/units.yaml`.
///
/// calendar.yaml (FORMAT.md), each item `{date, name}` (the name may be left out) or a
/// bare date:
///
/// ```yaml
/// days_off:
///   - { date: 2024-02-08, name: Nghỉ Tết Nguyên đán }
/// working_days:
///   - { date: 2024-02-17, name: Làm bù }
/// ```
///
/// office_hours, in site.yaml for the whole project or in a unit of units.yaml for that
/// unit (which starts from the project's hours and changes the days it names):
///
/// ```yaml
/// office_hours:
///   weekdays: 07:30-11:30, 13:00-17:00   # Monday to Friday (the default)
///   saturday: 07:30-11:30                # Saturday morning
///   friday: 07:30-11:30                  # one weekday differently
///   sunday: closed                       # `closed`, `nghỉ` or empty: no sessions
/// ```
///
/// A day's value is one or more sessions `HH:MM-HH:MM`, separated by commas or
/// written as a list; each session is one "buổi".
struct CalendarDecoder {
    let loader: ProjectLoader

    static let fileKeys = ["days_off", "working_days"]
    static let dayKeys = ["date", "name"]
    static let weekdayKeys = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let officeHoursKeys = ["weekdays"] + weekdayKeys
    static let closedSpellings: Set<String> = ["closed", "nghỉ", "nghi", "không làm việc", "off", "-"]

    /// The calendar settings, or nil when the project has neither calendar.yaml nor
    /// office hours. Files already read by the loader are read again quietly: their
    /// syntax problems have been reported once.
    func calendar(diagnostics: inout [Diagnostic], filesRead: inout Int) -> ProjectCalendar? {
        var calendar = ProjectCalendar()
        var found = false
        let relative = "Campaigns/calendar.yaml"
        if FileManager.default.fileExists(atPath: loader.root.appendingPathComponent(relative).path) {
            filesRead += 1
            found = true
            if let document = loader.readYAML(relative, into: &diagnostics) {
                announcedDays(document, into: &calendar, diagnostics: &diagnostics)
            }
        }
        if let site = quietly("Site/site.yaml"), let root = site.root, let node = value(of: "office_hours", in: root) {
            found = true
            if let hours = officeHours(node, base: .standard, in: site, diagnostics: &diagnostics) {
                calendar.officeHours = hours
            }
        }
        if let units = quietly("Campaigns/units.yaml"), case .sequence(let items)? = units.root {
            for item in items.items {
                guard let node = value(of: "office_hours", in: item), let id = value(of: "id", in: item)?.string else {
                    continue
                }
                found = true
                if let hours = officeHours(node, base: calendar.officeHours, in: units, diagnostics: &diagnostics) {
                    calendar.unitOfficeHours[id.trimmingCharacters(in: .whitespaces)] = hours
                }
            }
        }
        return found ? calendar : nil
    }

    private func quietly(_ relative: String) -> YAMLDocument? {
        guard FileManager.default.fileExists(atPath: loader.root.appendingPathComponent(relative).path) else { return nil }
        var ignored: [Diagnostic] = []
        return loader.readYAML(relative, into: &ignored)
    }

    private func value(of key: String, in node: YAMLNode) -> YAMLNode? {
        guard case .mapping(let mapping) = node else { return nil }
        return mapping.value(key)
    }

    // MARK: calendar.yaml

    private func announcedDays(_ document: YAMLDocument, into calendar: inout ProjectCalendar, diagnostics: inout [Diagnostic]) {
        guard let root = document.root,
            var reader = MappingReader(
                root, in: document, context: "Campaigns/calendar.yaml", knownKeys: Self.fileKeys, diagnostics: &diagnostics)
        else { return }
        var firstSeen: [LocalDate: SourceLocation] = [:]
        for key in Self.fileKeys {
            var days: [AnnouncedDay] = []
            for (index, item) in reader.list(key).enumerated() {
                guard let day = announcedDay(item, list: key, index: index, in: document, diagnostics: &diagnostics)
                else { continue }
                if !LunarCalendar.supportedYears.contains(day.date.value.year) {
                    diagnostics.append(
                        Diagnostic(.calendarDateOutOfRange, at: day.date.location, ["value": .date(day.date.value)]))
                    continue
                }
                if let first = firstSeen[day.date.value] {
                    diagnostics.append(
                        Diagnostic(
                            .calendarDuplicateDate, at: day.date.location,
                            ["value": .date(day.date.value), "firstLine": .text("\(first.line)")]))
                    continue
                }
                firstSeen[day.date.value] = day.date.location
                days.append(day)
            }
            if key == "days_off" { calendar.daysOff = days } else { calendar.workingDays = days }
        }
        diagnostics += reader.diagnostics
    }

    private func announcedDay(
        _ node: YAMLNode, list: String, index: Int, in document: YAMLDocument, diagnostics: inout [Diagnostic]
    ) -> AnnouncedDay? {
        let defaultName = list == "days_off" ? "Ngày nghỉ theo thông báo" : "Ngày làm bù"
        if case .scalar(let scalar) = node {
            let text = scalar.string.trimmingCharacters(in: .whitespaces)
            let location = document.location(of: node)
            guard let date = LocalDate(iso: text) ?? LocalDate(vietnamese: text) else {
                diagnostics.append(Diagnostic(.invalidDate, at: location, ["key": .text(list), "value": .text(text)]))
                return nil
            }
            return AnnouncedDay(date: Located(date, at: location), name: defaultName)
        }
        guard
            var reader = MappingReader(
                node, in: document, context: MappingContext(list, item: index + 1), knownKeys: Self.dayKeys, diagnostics: &diagnostics)
        else { return nil }
        defer { diagnostics += reader.diagnostics }
        let date = reader.date("date", required: true)
        let name = reader.text("name")
        guard let date else { return nil }
        return AnnouncedDay(date: date, name: name?.value ?? defaultName)
    }

    // MARK: office_hours

    /// The office hours `node` describes, starting from `base`; nil (with diagnostics)
    /// when they cannot be used.
    func officeHours(_ node: YAMLNode, base: OfficeHours, in document: YAMLDocument, diagnostics: inout [Diagnostic])
        -> OfficeHours?
    {
        guard
            let reader = MappingReader(
                node, in: document, context: "office_hours", knownKeys: Self.officeHoursKeys, diagnostics: &diagnostics)
        else { return nil }
        defer { diagnostics += reader.diagnostics }
        var hours = base
        var valid = true
        for key in Self.officeHoursKeys {
            guard let value = reader.value(key) else { continue }
            guard let sessions = sessions(value, key: key, in: document, diagnostics: &diagnostics) else {
                valid = false
                continue
            }
            let weekdays = key == "weekdays" ? Array(1...5) : [(Self.weekdayKeys.firstIndex(of: key) ?? 0) + 1]
            for weekday in weekdays { hours.set(sessions, onWeekday: weekday) }
        }
        guard valid else { return nil }
        guard hours.isEverOpen else {
            diagnostics.append(Diagnostic(.officeHoursNeverOpen, at: reader.location))
            return nil
        }
        return hours
    }

    /// The sessions of one day's value, in order and apart.
    private func sessions(_ node: YAMLNode, key: String, in document: YAMLDocument, diagnostics: inout [Diagnostic])
        -> [Session]?
    {
        var texts: [(String, SourceLocation)] = []
        switch node {
        case .scalar(let scalar):
            let location = document.location(of: node)
            let whole = scalar.string.trimmingCharacters(in: .whitespaces)
            if Self.closedSpellings.contains(whole.lowercased()) || whole.isEmpty { return [] }
            texts = whole.split(separator: ",").map { (String($0), location) }
        case .sequence(let items):
            for item in items.items {
                guard let text = item.string else {
                    diagnostics.append(Diagnostic(.expectedText, at: document.location(of: item), ["key": .text(key)]))
                    return nil
                }
                texts.append((text, document.location(of: item)))
            }
        default:
            diagnostics.append(Diagnostic(.expectedText, at: document.location(of: node), ["key": .text(key)]))
            return nil
        }
        var sessions: [Session] = []
        for (text, location) in texts {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard let session = Session(parsing: trimmed), session.end > session.start else {
                diagnostics.append(Diagnostic(.invalidOfficeHours, at: location, ["key": .text(key), "value": .text(trimmed)]))
                return nil
            }
            if let previous = sessions.last, session.start < previous.end {
                diagnostics.append(
                    Diagnostic(
                        .officeHoursOverlap, at: location,
                        ["key": .text(key), "value": .text(session.description), "previous": .text(previous.description)]))
                return nil
            }
            sessions.append(session)
        }
        return sessions
    }
}
