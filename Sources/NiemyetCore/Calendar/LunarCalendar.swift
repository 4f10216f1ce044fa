import Foundation

/// A date of the Vietnamese lunar calendar (âm lịch): day, month, year, and whether the
/// month is the leap month (tháng nhuận) that repeats the month before it.
public struct LunarDate: Hashable, Sendable, CustomStringConvertible {
    public let day: Int
    public let month: Int
    /// The lunar year, numbered as the solar year in which it mostly falls.
    public let year: Int
    public let isLeapMonth: Bool

    public init(day: Int, month: Int, year: Int, isLeapMonth: Bool = false) {
        self.day = day
        self.month = month
        self.year = year
        self.isLeapMonth = isLeapMonth
    }

    /// `10/3/2024 âm lịch`, with `nhuận` after a leap month.
    public var description: String {
        "\(day)/\(month)\(isLeapMonth ? " nhuận" : "")/\(year) âm lịch"
    }
}

/// The Vietnamese lunar calendar, computed rather than tabled.
///
/// Months begin on the day (in Vietnam's time zone, UTC+7) of an astronomical new moon;
/// month 11 holds the winter solstice; a year with 13 months repeats the first month
/// that holds no major solar term (trung khí). This is the published algorithm of Hồ
/// Ngọc Đức ("Âm lịch Việt Nam"), with mean new moons corrected by the main periodic
/// terms and the sun's longitude from its mean anomaly. Working at UTC+7 rather than
/// China's UTC+8 is what makes Tết 1985, 2007 and 2030 fall a day or a month apart from
/// the Chinese new year. Every integer part is a floor: before 2000 the intermediate
/// values are negative, and truncation toward zero would give wrong months.
public enum LunarCalendar {
    /// The years this calendar answers for.
    public static let supportedYears = 1900...2100

    /// Vietnam's offset from UTC, in hours.
    static let timeZone = 7.0

    /// The solar date of a lunar date, or nil when it does not exist (a leap month the
    /// year lacks, a 30th day of a 29-day month) or the year is out of range.
    public static func solarDate(of lunar: LunarDate) -> LocalDate? {
        guard supportedYears.contains(lunar.year), (1...12).contains(lunar.month), (1...30).contains(lunar.day)
        else { return nil }
        let a11: Int
        let b11: Int
        if lunar.month < 11 {
            a11 = month11(of: lunar.year - 1)
            b11 = month11(of: lunar.year)
        } else {
            a11 = month11(of: lunar.year)
            b11 = month11(of: lunar.year + 1)
        }
        let k = lunationIndex(near: a11)
        var offset = lunar.month - 11
        if offset < 0 { offset += 12 }
        if b11 - a11 > 365 {
            let leapOffset = leapMonthOffset(after: a11)
            var leapMonth = leapOffset - 2
            if leapMonth <= 0 { leapMonth += 12 }
            if lunar.isLeapMonth && lunar.month != leapMonth { return nil }
            if lunar.isLeapMonth || offset >= leapOffset { offset += 1 }
        } else if lunar.isLeapMonth {
            return nil
        }
        let monthStart = newMoonDay(k + offset)
        let nextMonthStart = newMoonDay(k + offset + 1)
        guard lunar.day <= nextMonthStart - monthStart else { return nil }
        return LocalDate(julianDay: monthStart + lunar.day - 1)
    }

    /// The lunar date of a solar date, or nil outside the supported years.
    public static func lunarDate(of date: LocalDate) -> LunarDate? {
        guard supportedYears.contains(date.year) else { return nil }
        let dayNumber = date.julianDay
        // The last new moon on or before the day: the estimate may be one month early
        // or, near a new moon, one or two months late.
        var k = Int(floor((Double(dayNumber) - 2_415_021.076998695) / synodicMonth)) + 1
        while newMoonDay(k) > dayNumber { k -= 1 }
        let monthStart = newMoonDay(k)
        var a11 = month11(of: date.year)
        var b11 = a11
        var lunarYear: Int
        if a11 >= monthStart {
            lunarYear = date.year
            a11 = month11(of: date.year - 1)
        } else {
            lunarYear = date.year + 1
            b11 = month11(of: date.year + 1)
        }
        let day = dayNumber - monthStart + 1
        let difference = Int(floor(Double(monthStart - a11) / 29))
        var isLeap = false
        var month = difference + 11
        if b11 - a11 > 365 {
            let leapDifference = leapMonthOffset(after: a11)
            if difference >= leapDifference {
                month = difference + 10
                if difference == leapDifference { isLeap = true }
            }
        }
        if month > 12 { month -= 12 }
        if month >= 11 && difference < 4 { lunarYear -= 1 }
        return LunarDate(day: day, month: month, year: lunarYear, isLeapMonth: isLeap)
    }

    /// Tết Nguyên đán: the first day of the first month of lunar year `year`.
    public static func newYear(_ year: Int) -> LocalDate? {
        solarDate(of: LunarDate(day: 1, month: 1, year: year))
    }

    // MARK: Astronomy

    static let synodicMonth = 29.530588853

    /// The Julian day number of the day (at UTC+7) of new moon number `k`, counted
    /// from the new moon of 1 January 1900.
    static func newMoonDay(_ k: Int) -> Int {
        Int(floor(newMoon(k) + 0.5 + timeZone / 24))
    }

    /// The moment (Julian date, UT) of new moon number `k`.
    static func newMoon(_ k: Int) -> Double {
        let kk = Double(k)
        let t = kk / 1236.85
        let t2 = t * t
        let t3 = t2 * t
        let rad = Double.pi / 180
        var mean = 2_415_020.75933 + 29.53058868 * kk + 0.0001178 * t2 - 0.000000155 * t3
        mean += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * rad)
        let sunAnomaly = 359.2242 + 29.10535608 * kk - 0.0000333 * t2 - 0.00000347 * t3
        let moonAnomaly = 306.0253 + 385.81691806 * kk + 0.0107306 * t2 + 0.00001236 * t3
        let latitude = 21.2964 + 390.67050646 * kk - 0.0016528 * t2 - 0.00000239 * t3
        var correction = (0.1734 - 0.000393 * t) * sin(sunAnomaly * rad) + 0.0021 * sin(2 * rad * sunAnomaly)
        correction -= 0.4068 * sin(moonAnomaly * rad) - 0.0161 * sin(rad * 2 * moonAnomaly)
        correction -= 0.0004 * sin(rad * 3 * moonAnomaly)
        correction += 0.0104 * sin(rad * 2 * latitude) - 0.0051 * sin(rad * (sunAnomaly + moonAnomaly))
        correction -= 0.0074 * sin(rad * (sunAnomaly - moonAnomaly)) - 0.0004 * sin(rad * (2 * latitude + sunAnomaly))
        correction -= 0.0004 * sin(rad * (2 * latitude - sunAnomaly)) + 0.0006 * sin(rad * (2 * latitude + moonAnomaly))
        correction += 0.0010 * sin(rad * (2 * latitude - moonAnomaly)) + 0.0005 * sin(rad * (2 * moonAnomaly + sunAnomaly))
        let deltaT =
            t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2
        return mean + correction - deltaT
    }

    /// The sun's apparent longitude, in radians within [0, 2π), at Julian date `jd` (UT).
    static func sunLongitude(_ jd: Double) -> Double {
        let t = (jd - 2_451_545.0) / 36525
        let t2 = t * t
        let rad = Double.pi / 180
        let anomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
        let meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2
        var center = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(rad * anomaly)
        center += (0.019993 - 0.000101 * t) * sin(rad * 2 * anomaly) + 0.000290 * sin(rad * 3 * anomaly)
        let longitude = (meanLongitude + center) * rad
        return longitude - 2 * Double.pi * floor(longitude / (2 * Double.pi))
    }

    /// Which of the 12 major solar terms (0 ... 11, each 30° of longitude) the sun is in
    /// at the start of day `dayNumber` in Vietnam.
    static func solarTerm(ofDay dayNumber: Int) -> Int {
        Int(floor(sunLongitude(Double(dayNumber) - 0.5 - timeZone / 24) / Double.pi * 6))
    }

    /// The first day of lunar month 11 (the month holding the winter solstice) that
    /// begins in solar year `year`.
    static func month11(of year: Int) -> Int {
        guard let lastDay = LocalDate(year: year, month: 12, day: 31) else { return 0 }
        let offset = lastDay.julianDay - 2_415_021
        let k = Int(floor(Double(offset) / synodicMonth))
        let start = newMoonDay(k)
        return solarTerm(ofDay: start) >= 9 ? newMoonDay(k - 1) : start
    }

    /// The new-moon number of the month starting on day `dayNumber`.
    static func lunationIndex(near dayNumber: Int) -> Int {
        Int(floor(0.5 + (Double(dayNumber) - 2_415_021.076998695) / synodicMonth))
    }

    /// In a 13-month year starting at month 11 on day `a11`, how many months after it
    /// the leap month comes: the first month that holds no major solar term.
    static func leapMonthOffset(after a11: Int) -> Int {
        let k = lunationIndex(near: a11)
        var index = 1
        var term = solarTerm(ofDay: newMoonDay(k + index))
        var last = term
        repeat {
            last = term
            index += 1
            term = solarTerm(ofDay: newMoonDay(k + index))
        } while term != last && index < 14
        return index - 1
    }
}
