import NiemyetCore
import Testing

@Suite("Public holidays by the Labor Code 2019, art. 112")
struct CalendarHolidayTests {
    private func days(_ year: Int) -> [String: String] {
        Dictionary(uniqueKeysWithValues: PublicHolidays.days(in: year).map { ($0.date.iso, $0.name) })
    }

    @Test("2024: every holiday and its Vietnamese name, Tết with two compensatory days")
    func year2024() {
        #expect(
            days(2024) == [
                "2024-01-01": "Tết Dương lịch",
                // 30 Tết (9/2) and mùng 1-4; Saturday 10/2 and Sunday 11/2 give 14/2 and 15/2.
                "2024-02-09": "Tết Nguyên đán", "2024-02-10": "Tết Nguyên đán", "2024-02-11": "Tết Nguyên đán",
                "2024-02-12": "Tết Nguyên đán", "2024-02-13": "Tết Nguyên đán",
                "2024-02-14": "Nghỉ bù Tết Nguyên đán", "2024-02-15": "Nghỉ bù Tết Nguyên đán",
                "2024-04-18": "Giỗ Tổ Hùng Vương", "2024-04-30": "Ngày Chiến thắng",
                "2024-05-01": "Ngày Quốc tế Lao động", "2024-09-02": "Quốc khánh", "2024-09-03": "Quốc khánh",
            ])
    }

    /// The days off around 2/9 that the government announced for 2021-2025 (notices of
    /// the Ministry of Labour - Invalids and Social Affairs for each year).
    @Test(
        "2/9 and its adjacent day follow the announced years",
        arguments: [
            (2021, ["2021-09-02", "2021-09-03"]),
            (2022, ["2022-09-01", "2022-09-02"]),
            (2023, ["2023-09-01", "2023-09-02", "2023-09-04"]),
            (2024, ["2024-09-02", "2024-09-03"]),
            (2025, ["2025-09-01", "2025-09-02"]),
        ])
    func nationalDay(year: Int, expected: [String]) {
        let september = days(year).keys.filter { $0.hasPrefix("\(year)-09") }.sorted()
        #expect(september == expected)
    }

    @Test("30/4 and 1/5 on a weekend give the next working days (2022: 2/5 and 3/5)")
    func mayCompensation() {
        let may = days(2022).filter { $0.key >= "2022-04-29" && $0.key <= "2022-05-06" }
        #expect(
            may == [
                "2022-04-30": "Ngày Chiến thắng", "2022-05-01": "Ngày Quốc tế Lao động",
                "2022-05-02": "Nghỉ bù Ngày Chiến thắng", "2022-05-03": "Nghỉ bù Ngày Quốc tế Lao động",
            ])
    }

    @Test("1/1 on a Sunday gives Monday 2/1 (2023)")
    func newYearCompensation() {
        #expect(days(2023)["2023-01-02"] == "Nghỉ bù Tết Dương lịch")
    }

    @Test("every year 1900-2100 has its 11 statutory days, and a weekday off for each on a weekend")
    func everyYear() {
        for year in 1900...2100 where year != 1947 {
            let all = PublicHolidays.days(in: year)
            let statutory = all.filter { !$0.name.hasPrefix("Nghỉ bù") }
            let compensatory = all.filter { $0.name.hasPrefix("Nghỉ bù") }
            #expect(statutory.count == 11, "\(year)")
            #expect(compensatory.count == statutory.filter { PublicHolidays.isWeeklyDayOff($0.date) }.count, "\(year)")
            #expect(compensatory.allSatisfy { !PublicHolidays.isWeeklyDayOff($0.date) }, "\(year)")
        }
    }

    @Test("two holidays on one date: 10/3 lunar fell on 30/4 in 1947, and Ngày Chiến thắng moves to 2/5")
    func coincidence() {
        let may = days(1947).filter { $0.key >= "1947-04-30" && $0.key <= "1947-05-05" }
        #expect(
            may == [
                "1947-04-30": "Giỗ Tổ Hùng Vương", "1947-05-01": "Ngày Quốc tế Lao động",
                "1947-05-02": "Nghỉ bù Ngày Chiến thắng",
            ])
    }

    @Test("announced days off are added and announced working days removed")
    func announced() throws {
        let calendar = WorkingCalendar(
            daysOff: [(try #require(LocalDate(year: 2024, month: 4, day: 29)), "Nghỉ hoán đổi")],
            workingDays: [(try #require(LocalDate(year: 2024, month: 2, day: 15)), "Đi làm")])
        let list = Dictionary(uniqueKeysWithValues: calendar.daysOff(in: 2024).map { ($0.date.iso, $0.name) })
        #expect(list["2024-04-29"] == "Nghỉ hoán đổi")
        #expect(list["2024-02-15"] == nil)
        #expect(list["2024-02-14"] == "Nghỉ bù Tết Nguyên đán")
    }
}
