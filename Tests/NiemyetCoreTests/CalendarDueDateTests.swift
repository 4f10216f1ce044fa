import NiemyetCore
import Testing

@Suite("Due dates by the working-day calendar")
struct CalendarDueDateTests {
    /// Vietnam's announced 2024 plan: Tết off 8/2-14/2 (so 15/2 is worked) and 29/4 off
    /// in exchange for Saturday 4/5, as a project writes it in calendar.yaml.
    static let announced2024 = WorkingCalendar(
        daysOff: [(date("2024-02-08"), "Nghỉ Tết Nguyên đán"), (date("2024-04-29"), "Nghỉ hoán đổi")],
        workingDays: [(date("2024-02-15"), "Đi làm"), (date("2024-05-04"), "Làm bù")])

    static func date(_ text: String) -> LocalDate { LocalDate(iso: text) ?? LocalDate(julianDay: 0) }

    private func due(
        _ from: String, _ turnaround: String, _ calendar: WorkingCalendar = WorkingCalendar()
    ) throws -> String {
        let filing = try #require(LocalDateTime(parsing: from))
        let promise = try #require(Turnaround(parsing: turnaround))
        return try DueDate.due(from: filing, turnaround: promise, calendar: calendar).iso
    }

    @Test(
        "working days, sessions, hours and minutes on ordinary weeks (2024-03-04 is a Monday)",
        arguments: [
            // Same point of working time on the next working day.
            ("2024-03-04T16:00", "01 ngày làm việc", "2024-03-05T16:00:00+07:00"),
            ("2024-03-04T13:00", "01 ngày làm việc", "2024-03-05T11:30:00+07:00"),
            ("2024-03-04T07:30", "01 ngày làm việc", "2024-03-04T17:00:00+07:00"),
            ("2024-03-04T09:15", "03 ngày làm việc", "2024-03-07T09:15:00+07:00"),
            // Across the weekend.
            ("2024-03-08T16:00", "01 ngày làm việc", "2024-03-11T16:00:00+07:00"),
            ("2024-03-07T10:00", "03 ngày làm việc", "2024-03-12T10:00:00+07:00"),
            // Sessions.
            ("2024-03-04T10:00", "01 buổi", "2024-03-04T15:30:00+07:00"),
            ("2024-03-04T07:30", "01 buổi", "2024-03-04T11:30:00+07:00"),
            ("2024-03-08T16:00", "02 buổi", "2024-03-11T16:00:00+07:00"),
            ("2024-03-08T16:00", "01 buổi", "2024-03-11T10:30:00+07:00"),
            // Hours and minutes skip the lunch break; time that ends a session ends there.
            ("2024-03-04T10:00", "02 giờ", "2024-03-04T13:30:00+07:00"),
            ("2024-03-04T10:30", "01 giờ", "2024-03-04T11:30:00+07:00"),
            ("2024-03-04T11:00", "45 phút", "2024-03-04T13:15:00+07:00"),
            ("2024-03-08T16:30", "01 giờ", "2024-03-11T08:00:00+07:00"),
            ("2024-03-04T07:30", "8 giờ", "2024-03-04T17:00:00+07:00"),
            // Same day, and calendar days (the last day moved to a working day).
            ("2024-03-04T16:59", "trong ngày", "2024-03-04T17:00:00+07:00"),
            ("2024-03-04T07:00", "trong ngày", "2024-03-04T17:00:00+07:00"),
            ("2024-03-04T08:00", "07 ngày", "2024-03-11T17:00:00+07:00"),
            ("2024-03-04T08:00", "05 ngày", "2024-03-11T17:00:00+07:00"),
        ])
    func ordinary(from: String, turnaround: String, expected: String) throws {
        #expect(try due(from, turnaround) == expected)
    }

    @Test(
        "a filing during lunch or after office hours counts from the next session",
        arguments: [
            ("2024-03-04T12:00", "01 giờ", "2024-03-04T14:00:00+07:00"),
            ("2024-03-04T11:30", "01 buổi", "2024-03-04T17:00:00+07:00"),
            ("2024-03-04T17:30", "trong ngày", "2024-03-05T17:00:00+07:00"),
            ("2024-03-04T17:00", "01 ngày làm việc", "2024-03-05T17:00:00+07:00"),
            ("2024-03-08T18:00", "01 buổi", "2024-03-11T11:30:00+07:00"),
            ("2024-03-09T09:00", "trong ngày", "2024-03-11T17:00:00+07:00"),
            ("2024-03-04T22:00", "30 phút", "2024-03-05T08:00:00+07:00"),
        ])
    func outsideOfficeHours(from: String, turnaround: String, expected: String) throws {
        #expect(try due(from, turnaround) == expected)
    }

    @Test(
        "Tết by the law alone: 9/2-15/2/2024 are off",
        arguments: [
            ("2024-02-08T16:00", "01 ngày làm việc", "2024-02-16T16:00:00+07:00"),
            ("2024-02-08T16:00", "01 buổi", "2024-02-16T10:30:00+07:00"),
            ("2024-02-08T16:00", "trong ngày", "2024-02-08T17:00:00+07:00"),
            ("2024-02-07T07:30", "03 ngày làm việc", "2024-02-16T17:00:00+07:00"),
            ("2024-02-07T08:00", "03 ngày làm việc", "2024-02-19T08:00:00+07:00"),
            ("2024-02-08T08:00", "03 ngày", "2024-02-16T17:00:00+07:00"),
        ])
    func tetByLaw(from: String, turnaround: String, expected: String) throws {
        #expect(try due(from, turnaround) == expected)
    }

    @Test(
        "the announced 2024 plan: 8/2 off, 15/2 worked, 29/4 off for Saturday 4/5",
        arguments: [
            ("2024-02-08T16:00", "01 buổi", "2024-02-15T11:30:00+07:00"),
            ("2024-02-07T16:00", "01 ngày làm việc", "2024-02-15T16:00:00+07:00"),
            ("2024-04-26T16:00", "01 ngày làm việc", "2024-05-02T16:00:00+07:00"),
            ("2024-05-03T16:00", "01 ngày làm việc", "2024-05-04T16:00:00+07:00"),
            ("2024-05-03T16:00", "02 giờ", "2024-05-04T08:30:00+07:00"),
        ])
    func announcedPlan(from: String, turnaround: String, expected: String) throws {
        #expect(try due(from, turnaround, Self.announced2024) == expected)
    }

    @Test("Saturday-morning hours count as a short working day")
    func saturdayMorning() throws {
        let calendar = WorkingCalendar(officeHours: .withSaturdayMorning)
        #expect(try due("2024-03-08T16:00", "01 buổi", calendar) == "2024-03-09T10:30:00+07:00")
        // Seven working hours into Friday is past the end of Saturday's four.
        #expect(try due("2024-03-08T16:00", "01 ngày làm việc", calendar) == "2024-03-09T11:30:00+07:00")
        #expect(try due("2024-03-08T16:00", "02 ngày làm việc", calendar) == "2024-03-11T16:00:00+07:00")
        #expect(try due("2024-03-09T12:00", "trong ngày", calendar) == "2024-03-11T17:00:00+07:00")
    }

    @Test(
        "worked examples for notices and posters",
        arguments: [
            ("trong ngày", "Ví dụ: nộp hồ sơ lúc 08:00 thứ Hai, hẹn trả kết quả lúc 17:00 thứ Hai."),
            ("01 buổi", "Ví dụ: nộp hồ sơ lúc 08:00 thứ Hai, hẹn trả kết quả lúc 13:30 thứ Hai."),
            ("01 ngày làm việc", "Ví dụ: nộp hồ sơ lúc 08:00 thứ Hai, hẹn trả kết quả lúc 08:00 thứ Ba."),
            ("05 ngày làm việc", "Ví dụ: nộp hồ sơ lúc 08:00 thứ Hai, hẹn trả kết quả lúc 08:00 thứ Hai tuần sau."),
            ("10 ngày làm việc", "Ví dụ: nộp hồ sơ lúc 08:00 thứ Hai, hẹn trả kết quả lúc 08:00 thứ Hai, 2 tuần sau."),
        ])
    func workedExample(turnaround: String, sentence: String) throws {
        let promise = try #require(Turnaround(parsing: turnaround))
        let example = try #require(WorkedExample(turnaround: promise))
        #expect(example.sentence(in: .vi) == sentence)
    }

    @Test("worked examples in English, with Saturday hours, and none for long turnarounds")
    func workedExampleVariants() throws {
        let day = try #require(WorkedExample(turnaround: Turnaround(1, .workingDays)))
        #expect(day.sentence(in: .en) == "For example: filed at 08:00 on Monday, due back at 08:00 on Tuesday.")
        let saturday = try #require(WorkedExample(turnaround: Turnaround(10, .sessions), officeHours: .withSaturdayMorning))
        #expect(saturday.due.iso == "2024-03-09T08:00:00+07:00")
        #expect(WorkedExample(turnaround: Turnaround(20, .workingDays)) == nil)
    }

    @Test("a session ending at midnight is due at the next day's 00:00")
    func midnight() throws {
        let allDay = OfficeHours(weekdays: [Session(0, 0, 24, 0)], saturday: [], sunday: [])
        let calendar = WorkingCalendar(officeHours: allDay)
        #expect(try due("2024-03-04T10:00", "trong ngày", calendar) == "2024-03-05T00:00:00+07:00")
        #expect(try due("2024-03-04T10:00", "14 giờ", calendar) == "2024-03-05T00:00:00+07:00")
    }

    @Test("times with an offset are converted to Vietnam time")
    func offsets() throws {
        #expect(try due("2024-03-04T09:00Z", "01 ngày làm việc") == "2024-03-05T16:00:00+07:00")
        #expect(try due("2024-03-04T17:00+08:00", "01 ngày làm việc") == "2024-03-05T16:00:00+07:00")
        #expect(LocalDateTime(parsing: "2024-03-04T23:30-02:00")?.iso == "2024-03-05T08:30:00+07:00")
        #expect(LocalDateTime(parsing: "2024-03-04 16:00")?.iso == "2024-03-04T16:00:00+07:00")
        for bad in ["2024-03-04T25:00", "2024-02-30T10:00", "04/03/2024 10:00", "2024-03-04T10", "tomorrow"] {
            #expect(LocalDateTime(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test("beyond 2100 there is no answer")
    func outOfRange() throws {
        let late = try #require(LocalDateTime(parsing: "2100-12-31T18:00"))
        #expect(throws: DueDateError.outOfRange) {
            try DueDate.due(from: late, turnaround: Turnaround(1, .workingDays), calendar: WorkingCalendar())
        }
        let early = try #require(LocalDateTime(parsing: "1899-12-29T08:00"))
        #expect(throws: DueDateError.outOfRange) {
            try DueDate.due(from: early, turnaround: Turnaround(1, .hours), calendar: WorkingCalendar())
        }
        let huge = try #require(LocalDateTime(parsing: "2024-03-04T08:00"))
        #expect(throws: DueDateError.outOfRange) {
            try DueDate.due(from: huge, turnaround: Turnaround(999_999, .workingDays), calendar: WorkingCalendar())
        }
    }
}
