/// A worked example of a turnaround for notices and posters: "Ví dụ: nộp hồ sơ lúc
/// 08:00 thứ Hai, hẹn trả kết quả lúc 17:00 thứ Hai." It shows citizens what a promise
/// means in their week, without naming dates that would age.
public struct WorkedExample: Hashable, Sendable {
    /// The filing: 08:00 on the Monday of an ordinary week (4/3/2024, no holiday near).
    public let filed: LocalDateTime
    public let due: LocalDateTime

    /// The example for `turnaround` with `officeHours`, or nil when the result would be
    /// more than three weeks later (an example would not help) or cannot be computed.
    public init?(turnaround: Turnaround, officeHours: OfficeHours = .standard) {
        guard let monday = LocalDate(year: 2024, month: 3, day: 4) else { return nil }
        let filed = LocalDateTime(date: monday, hour: 8, minute: 0)
        guard let due = try? DueDate.due(from: filed, turnaround: turnaround, calendar: WorkingCalendar(officeHours: officeHours)),
            monday.days(to: due.date) < 21
        else { return nil }
        self.filed = filed
        self.due = due
    }

    /// The sentence in `language`.
    public func sentence(in language: Language) -> String {
        let table = Messages.table(for: language)
        let weeks = filed.date.days(to: due.date) / 7
        let dueDay = table.label("weekday.\(due.date.weekday)")
        let week: String =
            switch weeks {
            case 0: dueDay
            case 1: table.fill(table.label("calendar.example.nextWeek"), ["weekday": dueDay])
            default: table.fill(table.label("calendar.example.weeksLater"), ["weekday": dueDay, "weeks": "\(weeks)"])
            }
        return table.fill(
            table.label("calendar.example.sentence"),
            [
                "filedTime": filed.clock, "filedDay": table.label("weekday.\(filed.date.weekday)"),
                "dueTime": due.clock, "dueDay": week,
            ])
    }
}
