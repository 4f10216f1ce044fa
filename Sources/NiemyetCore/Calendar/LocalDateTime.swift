import Foundation

/// A moment in Vietnam time (UTC+7): a calendar day and the seconds since its midnight.
///
/// Due dates are promises made at a Vietnamese reception desk, so they are reckoned in
/// local time with no time-zone rules (Vietnam keeps UTC+7 all year).
public struct LocalDateTime: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let date: LocalDate
    /// Seconds since midnight, 0 ... 86 400 (86 400 is the midnight ending the day).
    public let second: Int

    public init(date: LocalDate, second: Int) {
        self.date = date
        self.second = second
    }

    public init(date: LocalDate, hour: Int, minute: Int) {
        self.init(date: date, second: hour * 3600 + minute * 60)
    }

    /// Vietnam's offset from UTC.
    public static let offsetSeconds = 7 * 3600

    /// Parses `YYYY-MM-DDTHH:MM[:SS]` (a space may replace the `T`), optionally followed
    /// by `Z` or an offset `±HH:MM`, which is converted to UTC+7; a date alone means its
    /// midnight. Without an offset the time is Vietnam time.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 10, let date = LocalDate(iso: String(trimmed.prefix(10))) else { return nil }
        var rest = trimmed.dropFirst(10)
        if rest.isEmpty {
            self.init(date: date, second: 0)
            return
        }
        guard rest.first == "T" || rest.first == "t" || rest.first == " " else { return nil }
        rest = rest.dropFirst()
        var offset = LocalDateTime.offsetSeconds
        if rest.hasSuffix("Z") || rest.hasSuffix("z") {
            offset = 0
            rest = rest.dropLast()
        } else if let sign = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = rest[rest.index(after: sign)...].split(separator: ":", omittingEmptySubsequences: false)
            let digits = zone.count == 1 && zone[0].count == 4 ? [zone[0].prefix(2), zone[0].suffix(2)] : zone
            guard digits.count == 2, digits.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
                let hours = Int(digits[0]), let minutes = Int(digits[1]), hours <= 14, minutes < 60
            else { return nil }
            offset = (hours * 3600 + minutes * 60) * (rest[sign] == "-" ? -1 : 1)
            rest = rest[..<sign]
        }
        let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
        else { return nil }
        let seconds = parts.count == 3 ? Int(parts[2]) ?? 60 : 0
        guard seconds < 60 else { return nil }
        let local = hour * 3600 + minute * 60 + seconds - offset + LocalDateTime.offsetSeconds
        let dayShift = local >= 0 ? local / 86400 : -((86399 - local) / 86400)
        self.init(date: date.adding(days: dayShift), second: local - dayShift * 86400)
    }

    /// `2024-02-15T11:30:00+07:00`; the midnight ending a day is written as the next
    /// day's `T00:00:00`.
    public var iso: String {
        if second >= 86400 { return LocalDateTime(date: date.adding(days: 1), second: second - 86400).iso }
        return "\(date.iso)T\(clock):\(String(pad2: second % 60))+07:00"
    }

    /// `11:30` (24-hour clock); the end of a day prints as `24:00`.
    public var clock: String { "\(String(pad2: second / 3600)):\(String(pad2: second % 3600 / 60))" }

    public var description: String { iso }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.second) < (rhs.date, rhs.second)
    }
}
