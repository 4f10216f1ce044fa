/// A day off and why: a public holiday, a compensatory day, or an announced day off.
public struct DayOff: Hashable, Sendable {
    /// What kind of day off this is; the kind gives the English name.
    public indirect enum Kind: Hashable, Sendable {
        case newYear, lunarNewYear, hungKings, victory, labour, nationalDay
        /// The next working day given in place of a holiday that fell on a weekly day off.
        case compensatory(for: Kind)
        /// A day off announced in `Campaigns/calendar.yaml`.
        case announced
    }

    public let date: LocalDate
    public let kind: Kind
    /// The Vietnamese name, as on official notices.
    public let name: String

    public init(date: LocalDate, kind: Kind, name: String) {
        self.date = date
        self.kind = kind
        self.name = name
    }

    init(date: LocalDate, kind: Kind) {
        self.init(date: date, kind: kind, name: kind.vietnamese)
    }

    /// The name for readers of `language`: the Vietnamese name, with an English
    /// gloss for English readers.
    public func name(in language: Language) -> String {
        guard language == .en, let english = kind.english else { return name }
        return "\(name) (\(english))"
    }
}

extension DayOff.Kind {
    var vietnamese: String {
        switch self {
        case .newYear: "Tết Dương lịch"
        case .lunarNewYear: "Tết Nguyên đán"
        case .hungKings: "Giỗ Tổ Hùng Vương"
        case .victory: "Ngày Chiến thắng"
        case .labour: "Ngày Quốc tế Lao động"
        case .nationalDay: "Quốc khánh"
        case .compensatory(let holiday): "Nghỉ bù \(holiday.vietnamese)"
        case .announced: "Ngày nghỉ theo thông báo"
        }
    }

    var english: String? {
        switch self {
        case .newYear: "New Year's Day"
        case .lunarNewYear: "Lunar New Year"
        case .hungKings: "Hùng Kings' Commemoration Day"
        case .victory: "Victory Day"
        case .labour: "International Labour Day"
        case .nationalDay: "National Day"
        case .compensatory(let holiday): holiday.english.map { "day off in lieu of \($0)" }
        case .announced: nil
        }
    }
}

/// Vietnam's public holidays, by the Labor Code 2019 (Bộ luật Lao động 45/2019/QH14),
/// article 112, applied alike to every year from 1900 to 2100:
///
/// - 1/1 Tết Dương lịch;
/// - Tết Nguyên đán, 5 days: the last day of the lunar year and the first 4 days of the
///   new one (the arrangement the government most often announces; each year's actual
///   plan, which may shift a day, goes in `Campaigns/calendar.yaml`);
/// - 10/3 lunar Giỗ Tổ Hùng Vương;
/// - 30/4 Ngày Chiến thắng and 1/5 Ngày Quốc tế Lao động;
/// - 2/9 Quốc khánh and one adjacent day: 1/9 or 3/9, whichever is a weekday that joins
///   the break to the weekend; when neither does, 1/9. So 2/9 on a Monday, Thursday or
///   Sunday gives 3/9, on any other day 1/9 (as announced for 2021-2025);
/// - art. 112(3): a holiday on a weekly day off (Saturday, Sunday) is replaced by the
///   next working day that is not itself a holiday, in date order. Two holidays on the
///   same date (10/3 lunar fell on 30/4 in 1947) count the later-listed one as falling
///   on a day off.
public enum PublicHolidays {
    /// The statutory holidays and compensatory days of `year`, by date; empty outside
    /// the supported years.
    public static func days(in year: Int) -> [DayOff] {
        guard LunarCalendar.supportedYears.contains(year) else { return [] }
        var holidays: [DayOff] = []
        func add(_ month: Int, _ day: Int, _ kind: DayOff.Kind) {
            if let date = LocalDate(year: year, month: month, day: day) { holidays.append(DayOff(date: date, kind: kind)) }
        }
        add(1, 1, .newYear)
        if let tet = LunarCalendar.newYear(year) {
            for offset in -1...3 { holidays.append(DayOff(date: tet.adding(days: offset), kind: .lunarNewYear)) }
        }
        if let hungKings = LunarCalendar.solarDate(of: LunarDate(day: 10, month: 3, year: year)) {
            holidays.append(DayOff(date: hungKings, kind: .hungKings))
        }
        add(4, 30, .victory)
        add(5, 1, .labour)
        add(9, 2, .nationalDay)
        if let adjacent = nationalDayCompanion(year) { holidays.append(DayOff(date: adjacent, kind: .nationalDay)) }
        return withCompensatoryDays(holidays)
    }

    /// Saturday and Sunday: the weekly days off of the civil service.
    public static func isWeeklyDayOff(_ date: LocalDate) -> Bool { date.weekday >= 6 }

    /// The day joined to 2/9: 3/9 when 2/9 is a Monday, Thursday or Sunday, else 1/9.
    static func nationalDayCompanion(_ year: Int) -> LocalDate? {
        guard let national = LocalDate(year: year, month: 9, day: 2) else { return nil }
        let before = national.adding(days: -1)
        let after = national.adding(days: 1)
        func joinsWeekend(_ day: LocalDate) -> Bool {
            isWeeklyDayOff(day.adding(days: -1)) || isWeeklyDayOff(day.adding(days: 1))
        }
        if isWeeklyDayOff(before) { return after }
        if isWeeklyDayOff(after) { return before }
        return joinsWeekend(after) && !joinsWeekend(before) ? after : before
    }

    /// Adds a compensatory day for each holiday on a weekly day off, or on a date that
    /// already holds a holiday; returns one entry a date, sorted.
    static func withCompensatoryDays(_ holidays: [DayOff]) -> [DayOff] {
        var byDate: [LocalDate: DayOff] = [:]
        var owed: [DayOff] = []
        let ordered = holidays.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
        for holiday in ordered.map(\.element) {
            if byDate[holiday.date] != nil || isWeeklyDayOff(holiday.date) {
                owed.append(holiday)
            }
            if byDate[holiday.date] == nil { byDate[holiday.date] = holiday }
        }
        for holiday in owed {
            var candidate = holiday.date.adding(days: 1)
            while isWeeklyDayOff(candidate) || byDate[candidate] != nil { candidate = candidate.adding(days: 1) }
            byDate[candidate] = DayOff(date: candidate, kind: .compensatory(for: holiday.kind))
        }
        return byDate.values.sorted { $0.date < $1.date }
    }
}
