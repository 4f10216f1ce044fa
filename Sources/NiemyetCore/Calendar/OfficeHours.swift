import Foundation

/// One block of office hours in a day, such as the morning 07:30-11:30: the "buổi"
/// (session) that turnarounds count in.
public struct Session: Hashable, Sendable, CustomStringConvertible {
    /// Seconds since midnight.
    public let start: Int
    public let end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public init(_ startHour: Int, _ startMinute: Int, _ endHour: Int, _ endMinute: Int) {
        self.init(start: startHour * 3600 + startMinute * 60, end: endHour * 3600 + endMinute * 60)
    }

    public var length: Int { end - start }

    /// `07:30-11:30`.
    public var description: String {
        func clock(_ s: Int) -> String { "\(String(pad2: s / 3600)):\(String(pad2: s % 3600 / 60))" }
        return "\(clock(start))-\(clock(end))"
    }

    /// Parses `HH:MM-HH:MM` (also `7:30 - 11:30`, `7h30-11h30`), or nil.
    public init?(parsing text: String) {
        let halves = text.split(separator: "-", omittingEmptySubsequences: false)
        guard halves.count == 2, let start = Session.clockSeconds(halves[0]), let end = Session.clockSeconds(halves[1])
        else { return nil }
        self.init(start: start, end: end)
    }

    /// Seconds since midnight of `H:MM`, `HH:MM` or `HHhMM`, up to `24:00`.
    static func clockSeconds(_ text: Substring) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let parts = trimmed.split(omittingEmptySubsequences: false) { $0 == ":" || $0 == "h" }
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), let hour = Int(parts[0]), let minute = Int(parts[1]),
            minute < 60, hour * 60 + minute <= 24 * 60
        else { return nil }
        return hour * 3600 + minute * 60
    }
}

/// When a unit's reception desk is open, day by day of the week.
///
/// The default is the civil service's: 07:30-11:30 and 13:00-17:00 from Monday to
/// Friday. Units that also receive on Saturday morning say so in `office_hours`.
public struct OfficeHours: Hashable, Sendable {
    /// The sessions of each ISO weekday (1 = Monday ... 7 = Sunday), in order.
    public private(set) var week: [[Session]]

    /// Monday to Friday 07:30-11:30 and 13:00-17:00; Saturday and Sunday closed.
    public static let standard = OfficeHours(
        weekdays: [Session(7, 30, 11, 30), Session(13, 0, 17, 0)], saturday: [], sunday: [])

    /// The standard hours plus Saturday morning 07:30-11:30.
    public static let withSaturdayMorning = OfficeHours(
        weekdays: [Session(7, 30, 11, 30), Session(13, 0, 17, 0)], saturday: [Session(7, 30, 11, 30)], sunday: [])

    public init(weekdays: [Session], saturday: [Session], sunday: [Session]) {
        week = Array(repeating: weekdays, count: 5) + [saturday, sunday]
    }

    /// The sessions on ISO weekday `weekday` (1 = Monday).
    public func sessions(onWeekday weekday: Int) -> [Session] { week[weekday - 1] }

    /// Replaces the sessions of one weekday.
    public mutating func set(_ sessions: [Session], onWeekday weekday: Int) {
        week[weekday - 1] = sessions.sorted { $0.start < $1.start }
    }

    /// The hours kept on an announced make-up working day (ngày làm bù) that is normally
    /// closed, such as a Saturday: those of the first open weekday, usually Monday's.
    public var makeUpDaySessions: [Session] { week.first { !$0.isEmpty } ?? [] }

    /// Whether the office is open at least once a week; due dates need it.
    public var isEverOpen: Bool { week.contains { !$0.isEmpty } }
}
