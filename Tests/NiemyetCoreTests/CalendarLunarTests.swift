import NiemyetCore
import Testing

/// Published dates of Tết Nguyên đán (1/1 lunar) and Giỗ Tổ Hùng Vương (10/3 lunar),
/// typed from the tables of python-holidays (vacanza/holidays, MIT licence), file
/// holidays/calendars/chinese.py, commit 0d3079bdc9eedeba4a3d3b3203731a8ed01b4b03:
/// `LUNAR_NEW_YEAR_DATES` and `HUNG_KINGS_DATES` (the Chinese calendar) with their
/// `VIETNAMESE_CALENDAR_LUNAR_NEW_YEAR_DATES` and `VIETNAMESE_CALENDAR_HUNG_KINGS_DATES`
/// corrections already applied (marked "VN" below), as that library serves Vietnam's
/// holidays. The differences with China agree with the Vietnamese press: Tết 1985 on
/// 21/1 (China 20/2), 2007 on 17/2 (China 18/2), 2030 on 2/2 (China 3/2).
enum PublishedLunarDates {
    /// Tết, as (year, month, day).
    static let tet: [(Int, Int, Int)] = [
        (1985, 1, 21),  // VN; China 1985-02-20
        (1990, 1, 27), (1991, 2, 15), (1992, 2, 4), (1993, 1, 23), (1994, 2, 10), (1995, 1, 31),
        (1996, 2, 19), (1997, 2, 7), (1998, 1, 28), (1999, 2, 16), (2000, 2, 5), (2001, 1, 24),
        (2002, 2, 12), (2003, 2, 1), (2004, 1, 22), (2005, 2, 9), (2006, 1, 29),
        (2007, 2, 17),  // VN; China 2007-02-18
        (2008, 2, 7), (2009, 1, 26), (2010, 2, 14), (2011, 2, 3), (2012, 1, 23), (2013, 2, 10),
        (2014, 1, 31), (2015, 2, 19), (2016, 2, 8), (2017, 1, 28), (2018, 2, 16), (2019, 2, 5),
        (2020, 1, 25), (2021, 2, 12), (2022, 2, 1), (2023, 1, 22), (2024, 2, 10), (2025, 1, 29),
        (2026, 2, 17), (2027, 2, 6), (2028, 1, 26), (2029, 2, 13),
        (2030, 2, 2),  // VN; China 2030-02-03
        (2031, 1, 23), (2032, 2, 11), (2033, 1, 31), (2034, 2, 19), (2035, 2, 8),
        // Every other Vietnamese correction of the same table, 1900-2100.
        (1903, 1, 28), (1916, 2, 3), (1935, 2, 3), (1965, 2, 1), (1968, 1, 29), (1969, 2, 16), (2053, 2, 18),
    ]

    /// Giỗ Tổ Hùng Vương, as (year, month, day).
    static let hungKings: [(Int, Int, Int)] = [
        (1985, 4, 29),
        (1990, 4, 5), (1991, 4, 24), (1992, 4, 12), (1993, 4, 1), (1994, 4, 20), (1995, 4, 9),
        (1996, 4, 27), (1997, 4, 16), (1998, 4, 6), (1999, 4, 25), (2000, 4, 14), (2001, 4, 3),
        (2002, 4, 22), (2003, 4, 11), (2004, 4, 28), (2005, 4, 18), (2006, 4, 7), (2007, 4, 26),
        (2008, 4, 15),
        (2009, 4, 4),  // VN; China 2009-04-05
        (2010, 4, 23), (2011, 4, 12), (2012, 3, 31), (2013, 4, 19), (2014, 4, 9), (2015, 4, 28),
        (2016, 4, 16), (2017, 4, 6), (2018, 4, 25), (2019, 4, 14), (2020, 4, 2), (2021, 4, 21),
        (2022, 4, 10), (2023, 4, 29), (2024, 4, 18), (2025, 4, 7), (2026, 4, 26), (2027, 4, 16),
        (2028, 4, 4), (2029, 4, 23), (2030, 4, 12), (2031, 4, 1), (2032, 4, 19), (2033, 4, 9),
        (2034, 4, 28), (2035, 4, 17),
        // Every other Vietnamese correction of the same table, 1900-2100 (1917 falls a
        // whole month before China's 30/4), and 1947, when 10/3 fell on 30/4.
        (1916, 4, 11), (1917, 4, 1), (1939, 4, 28), (1975, 4, 20), (2037, 4, 24), (2038, 4, 13),
        (2085, 4, 3), (2086, 4, 22), (2095, 4, 13), (2100, 4, 18), (1947, 4, 30),
    ]
}

@Suite("The Vietnamese lunar calendar")
struct CalendarLunarTests {
    @Test("Tết Nguyên đán matches the published table: 1985, 1990-2035 and every Vietnamese correction", arguments: PublishedLunarDates.tet)
    func tet(year: Int, month: Int, day: Int) throws {
        let expected = try #require(LocalDate(year: year, month: month, day: day))
        #expect(LunarCalendar.newYear(year) == expected)
        #expect(LunarCalendar.lunarDate(of: expected) == LunarDate(day: 1, month: 1, year: year))
    }

    @Test("Giỗ Tổ Hùng Vương matches the published table: 1985, 1990-2035 and every Vietnamese correction", arguments: PublishedLunarDates.hungKings)
    func hungKings(year: Int, month: Int, day: Int) throws {
        let expected = try #require(LocalDate(year: year, month: month, day: day))
        #expect(LunarCalendar.solarDate(of: LunarDate(day: 10, month: 3, year: year)) == expected)
        #expect(LunarCalendar.lunarDate(of: expected) == LunarDate(day: 10, month: 3, year: year))
    }

    @Test("the day before Tết is the last day of the old lunar year")
    func lastDayOfYear() throws {
        // Tết Ất Tỵ was 29/1/2025 and that year had no "30 Tết": tháng Chạp of Giáp Thìn
        // had 29 days. Tết Giáp Thìn (10/2/2024) did have its 30 Tết.
        let noThirtieth = try #require(LocalDate(year: 2025, month: 1, day: 28))
        #expect(LunarCalendar.lunarDate(of: noThirtieth) == LunarDate(day: 29, month: 12, year: 2024))
        #expect(LunarCalendar.solarDate(of: LunarDate(day: 30, month: 12, year: 2024)) == nil)
        let thirtieth = try #require(LocalDate(year: 2024, month: 2, day: 9))
        #expect(LunarCalendar.lunarDate(of: thirtieth) == LunarDate(day: 30, month: 12, year: 2023))
    }

    @Test("a leap month: 2023 repeated month 2 (tháng 2 nhuận began on 22/3/2023)")
    func leapMonth() throws {
        let start = try #require(LocalDate(year: 2023, month: 3, day: 22))
        #expect(LunarCalendar.solarDate(of: LunarDate(day: 1, month: 2, year: 2023, isLeapMonth: true)) == start)
        #expect(LunarCalendar.lunarDate(of: start) == LunarDate(day: 1, month: 2, year: 2023, isLeapMonth: true))
        #expect(LunarCalendar.solarDate(of: LunarDate(day: 1, month: 5, year: 2023, isLeapMonth: true)) == nil)
    }

    @Test("every day of 1900-2100 converts to a lunar date and back")
    func roundTrip() throws {
        var date = try #require(LocalDate(year: 1900, month: 2, day: 1))
        let last = try #require(LocalDate(year: 2100, month: 12, day: 31))
        while date <= last {
            let lunar = try #require(LunarCalendar.lunarDate(of: date))
            #expect(LunarCalendar.solarDate(of: lunar) == date, "\(date) -> \(lunar)")
            date = date.adding(days: 1)
        }
    }

    @Test("years outside 1900-2100 are refused")
    func outOfRange() {
        #expect(LunarCalendar.newYear(1899) == nil)
        #expect(LunarCalendar.newYear(2101) == nil)
    }
}
