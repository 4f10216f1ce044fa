/// A promised turnaround time, as written on a notice: "03 ngày làm việc", "01 buổi",
/// "01 giờ", "trong ngày".
///
/// Parsing accepts every spelling of FORMAT.md (Vietnamese or English, any case, spacing,
/// Unicode normalization or zero-padding); comparing works across units
/// (1 working day = 2 sessions = 8 working hours).
public struct Turnaround: Hashable, Sendable, CustomStringConvertible {
    /// The unit a turnaround is counted in.
    public enum Unit: String, Hashable, Sendable, Codable, CaseIterable {
        case workingDays, calendarDays, sessions, hours, minutes
    }

    /// What the turnaround is: an amount of some unit, or "within the same day".
    public enum Kind: Hashable, Sendable {
        case amount(Int, Unit)
        case sameDay
    }

    public let kind: Kind

    public init(_ amount: Int, _ unit: Unit) { kind = .amount(amount, unit) }
    public static let sameDay = Turnaround(kind: .sameDay)
    private init(kind: Kind) { self.kind = kind }

    /// Working minutes in one working day, one session (buổi) and one hour.
    public static let minutesPerWorkingDay = 480
    public static let minutesPerSession = 240

    /// Parses a turnaround as staff write it, or returns nil.
    public init?(parsing text: String) {
        // Nearly every value is already written canonically ("01 ngày làm việc"): a byte
        // comparison settles it without folding case, spaces and normalization.
        if let known = Turnaround.canonicalSpellings[ExactText(text)] {
            self = known
            return
        }
        guard let parsed = Turnaround.parsingFolded(text) else { return nil }
        self = parsed
    }

    /// The general path of `init?(parsing:)`: case, spaces and normalization folded.
    static func parsingFolded(_ text: String) -> Turnaround? {
        let folded = Turnaround.fold(text)
        // Dictionary and set lookups compare canonically, so NFD input needs no NFC pass.
        if Turnaround.sameDaySpellings.contains(folded) { return .sameDay }
        let digits = folded.prefix { $0.isASCIIDigit }
        guard !digits.isEmpty, digits.count <= 6, let amount = Int(digits) else { return nil }
        let rest = folded.dropFirst(digits.count).trimmingLeadingSpaces()
        guard let unit = Turnaround.unitSpellings[rest] else { return nil }
        return Turnaround(amount, unit)
    }

    /// The length in working minutes, used to compare and order turnarounds.
    ///
    /// Calendar days count the working days they hold at the least (a week of 7 days
    /// holds 5), since "N ngày" is measured on the working-day calendar.
    public var workingMinutes: Int {
        switch kind {
        case .sameDay: Turnaround.minutesPerWorkingDay
        case .amount(let n, let unit):
            switch unit {
            case .workingDays: n * Turnaround.minutesPerWorkingDay
            case .calendarDays: Turnaround.workingDays(inCalendarDays: n) * Turnaround.minutesPerWorkingDay
            case .sessions: n * Turnaround.minutesPerSession
            case .hours: n * 60
            case .minutes: n
            }
        }
    }

    /// Whether `self` promises strictly less time than `other`.
    ///
    /// "trong ngày" is at most one working day and counts as shorter than "01 ngày làm
    /// việc", which may end the next day.
    public func isShorter(than other: Turnaround) -> Bool {
        (workingMinutes, rank) < (other.workingMinutes, other.rank)
    }

    /// Whether both promise the same time ("01 giờ" = "1 tiếng" = "60 phút").
    public func isEquivalent(to other: Turnaround) -> Bool {
        workingMinutes == other.workingMinutes && rank == other.rank
    }

    private var rank: Int { kind == .sameDay ? 0 : 1 }

    /// The canonical Vietnamese form: "01 ngày làm việc", "02 buổi", "trong ngày".
    public var description: String { vietnamese }

    public var vietnamese: String {
        switch kind {
        case .sameDay: return "trong ngày"
        case .amount(let n, let unit):
            let word =
                switch unit {
                case .workingDays: "ngày làm việc"
                case .calendarDays: "ngày"
                case .sessions: "buổi"
                case .hours: "giờ"
                case .minutes: "phút"
                }
            return "\(String(pad2: n)) \(word)"
        }
    }

    /// The English form: "1 working day", "2 sessions", "same day".
    public var english: String {
        switch kind {
        case .sameDay: return "same day"
        case .amount(let n, let unit):
            let word =
                switch unit {
                case .workingDays: "working day"
                case .calendarDays: "day"
                case .sessions: "session"
                case .hours: "hour"
                case .minutes: "minute"
                }
            return "\(n) \(word)\(n == 1 ? "" : "s")"
        }
    }

    /// Working days in `n` consecutive calendar days, counted from a Monday.
    static func workingDays(inCalendarDays n: Int) -> Int {
        let weeks = n / 7
        let rest = n % 7
        return weeks * 5 + min(rest, 5)
    }

    /// Lower case, every run of white space (including no-break space) as one space.
    static func fold(_ text: String) -> String {
        let lowered = text.lowercased()
        var out = ""
        var pendingSpace = false
        for scalar in lowered.unicodeScalars {
            let isSpace =
                scalar.isASCII
                ? scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The turnarounds most often written, by their exact UTF-8 spelling: the canonical
    /// Vietnamese and English forms, zero-padded or not, of amounts up to 99.
    static let canonicalSpellings: [ExactText: Turnaround] = {
        var table: [ExactText: Turnaround] = [
            ExactText("trong ngày"): .sameDay, ExactText("same day"): .sameDay,
        ]
        for unit in Unit.allCases {
            for amount in 0...99 {
                let turnaround = Turnaround(amount, unit)
                let word = turnaround.vietnamese.drop { $0 != " " }
                for spelling in [turnaround.vietnamese, "\(amount)" + word, turnaround.english] {
                    table[ExactText(spelling)] = turnaround
                }
            }
        }
        return table
    }()

    static let sameDaySpellings: Set<String> = [
        "trong ngày", "ngay trong ngày", "trong ngày làm việc", "trong ngay", "ngay trong ngay", "same day", "same-day",
        "within the day", "the same day",
    ]

    static let unitSpellings: [Substring: Unit] = {
        var table: [Substring: Unit] = [:]
        let spellings: [(Unit, [String])] = [
            (.workingDays, ["ngày làm việc", "ngay lam viec", "working day", "working days", "business day", "business days"]),
            (.calendarDays, ["ngày", "ngay", "day", "days", "calendar day", "calendar days"]),
            (.sessions, ["buổi", "buoi", "buổi làm việc", "session", "sessions", "half-day", "half-days", "half day", "half days"]),
            (.hours, ["giờ", "gio", "tiếng", "tieng", "giờ làm việc", "hour", "hours", "working hour", "working hours"]),
            (.minutes, ["phút", "phut", "minute", "minutes"]),
        ]
        for (unit, words) in spellings {
            for word in words { table[Substring(word)] = unit }
        }
        return table
    }()
}

extension Substring {
    func trimmingLeadingSpaces() -> Substring { drop { $0 == " " } }
}
