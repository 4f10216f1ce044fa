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
    /// Worked on the UTF-8 bytes: scalar by scalar, with a Unicode property look-up for
    /// each letter beyond ASCII, a procedure's name took 45,000 instructions.
    static func fold(_ text: String) -> String {
        var lowered = text.lowercased()
        return lowered.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                if isSpace(UnsafeBufferPointer(rebasing: bytes[index..<min(index + length, bytes.count)])) {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(UInt8(ascii: " ")) }
                    pendingSpace = false
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<min(index + length, bytes.count)]))
                }
                index += length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether one scalar's UTF-8 bytes are white space: space, tab and line ends in ASCII;
    /// beyond it, the scalars with Unicode's White_Space property, a closed list.
    private static func isSpace(_ scalar: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let lead = scalar.first else { return false }
        if lead < 0x80 { return lead == 0x20 || lead == 0x09 || lead == 0x0A || lead == 0x0D }
        var value = UInt32(lead) & (lead < 0xE0 ? 0x1F : lead < 0xF0 ? 0x0F : 0x07)
        for byte in scalar.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
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
