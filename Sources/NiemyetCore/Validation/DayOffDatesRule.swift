/// Campaign and activity dates against the working-day calendar (warnings only).
///
/// An activity (a same-day week, a courtesy drive) is work at the reception desk: it is
/// warned when it starts or ends on a day the desk is closed, weekends included, and
/// when it holds no working day at all. A campaign is a calendar period ("15/5 to
/// 15/6") that often begins on a weekend by design, so it is warned only when it starts
/// or ends on a public holiday, a compensatory day or an announced day off.
struct DayOffDatesRule: ValidationRule {
    func check(_ project: Project) -> [Diagnostic] {
        let calendar = (project.calendar ?? ProjectCalendar()).working()
        var days = WorkingDays(calendar: calendar)
        var holidays: [Int: [LocalDate: DayOff]] = [:]
        func holiday(on date: LocalDate) -> DayOff? {
            if holidays[date.year] == nil {
                holidays[date.year] = Dictionary(
                    calendar.daysOff(in: date.year).map { ($0.date, $0) }, uniquingKeysWith: { first, _ in first })
            }
            return holidays[date.year]?[date]
        }
        func warning(_ code: DiagnosticCode, _ date: Located<LocalDate>, title: String) -> Diagnostic {
            var arguments: [String: DiagnosticArgument] = ["title": .text(title), "date": .date(date.value)]
            if let day = holiday(on: date.value) { arguments["holiday"] = .text(day.name) }
            return Diagnostic(code, at: date.location, arguments)
        }

        var diagnostics: [Diagnostic] = []
        for campaign in project.campaigns {
            for (code, date) in [(DiagnosticCode.startsOnDayOff, campaign.start), (.endsOnDayOff, campaign.end)]
            where holiday(on: date.value) != nil && !days.isWorkingDay(date.value) {
                diagnostics.append(warning(code, date, title: campaign.title))
            }
            for activity in campaign.activities {
                if let start = activity.start, let end = activity.end, start.value <= end.value,
                    !holdsWorkingDay(from: start.value, to: end.value, in: &days)
                {
                    diagnostics.append(
                        Diagnostic(
                            .activityWithoutWorkingDay, at: start.location,
                            ["title": .text(activity.title), "start": .date(start.value), "end": .date(end.value)]))
                    continue
                }
                if let start = activity.start, !days.isWorkingDay(start.value) {
                    diagnostics.append(warning(.startsOnDayOff, start, title: activity.title))
                }
                if let end = activity.end, !days.isWorkingDay(end.value) {
                    diagnostics.append(warning(.endsOnDayOff, end, title: activity.title))
                }
            }
        }
        return diagnostics
    }

    /// Whether any day from `start` to `end` is a working day.
    private func holdsWorkingDay(from start: LocalDate, to end: LocalDate, in days: inout WorkingDays) -> Bool {
        var day = start
        while day <= end {
            if days.isWorkingDay(day) { return true }
            day = day.adding(days: 1)
        }
        return false
    }
}
