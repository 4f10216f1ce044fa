import Foundation
import Testing

/// `{"due": ...}` as a script reads it.
private struct DueDocument: Decodable {
    var due: String
}

/// `{"year": ..., "holidays": [...]}` as a script reads it.
private struct HolidaysDocument: Decodable {
    struct Day: Decodable, Equatable {
        var date: String
        var name: String
    }
    var year: Int
    var holidays: [Day]
}

private func decode<T: Decodable>(_ type: T.Type, _ result: CommandResult) throws -> T {
    try JSONDecoder().decode(type, from: Data(result.stdout.utf8))
}

/// The 2024 plan as announced: Tết off 8/2-14/2 (15/2 worked), 29/4 off for Saturday 4/5.
private let calendar2024 = """
    days_off:
      - { date: 2024-02-08, name: Nghỉ Tết Nguyên đán }
      - { date: 2024-04-29, name: Nghỉ hoán đổi }
    working_days:
      - { date: 2024-02-15, name: Đi làm }
      - { date: 2024-05-04, name: Làm bù }
    """

@Suite("niemyet due and niemyet holidays")
struct CalendarCommandTests {
    @Test("due without a project: the law's calendar, JSON with the +07:00 offset")
    func dueWithoutProject() throws {
        let folder = try ProjectFolder(campaigns: false)
        defer { folder.remove() }
        let result = try folder.run("due", "--from", "2024-02-08T16:00", "--turnaround", "01 ngày làm việc", "--format", "json")
        #expect(result.status == 0, "\(result.output)")
        #expect(try decode(DueDocument.self, result).due == "2024-02-16T16:00:00+07:00")
    }

    @Test("due reads Campaigns/calendar.yaml of the project in the current folder")
    func dueWithCalendar() throws {
        let folder = try ProjectFolder()
        defer { folder.remove() }
        try folder.write("Campaigns/calendar.yaml", calendar2024)
        let session = try folder.run("due", "--from", "2024-02-08T16:00", "--turnaround", "01 buổi", "--format", "json")
        #expect(session.status == 0, "\(session.output)")
        #expect(try decode(DueDocument.self, session).due == "2024-02-15T11:30:00+07:00")
        let swap = try folder.run("due", "--from", "2024-04-26T16:00", "--turnaround", "1 working day", "--format", "json")
        #expect(try decode(DueDocument.self, swap).due == "2024-05-02T16:00:00+07:00")
        let makeUp = try folder.run("due", "--from", "2024-05-03T16:00", "--turnaround", "02 giờ", "--format", "json")
        #expect(try decode(DueDocument.self, makeUp).due == "2024-05-04T08:30:00+07:00")
    }

    @Test("due prints the moment the Vietnamese way, or in English with --lang en")
    func dueText() throws {
        let folder = try ProjectFolder()
        defer { folder.remove() }
        try folder.write("Campaigns/calendar.yaml", calendar2024)
        let vietnamese = try folder.run("due", "--from", "2024-02-08T16:00", "--turnaround", "01 buổi")
        #expect(vietnamese.status == 0)
        #expect(vietnamese.stdout == "Hạn trả kết quả: 11:30 thứ Năm, ngày 15 tháng 2 năm 2024\n")
        let english = try folder.run("due", "--from", "2024-03-04T12:00", "--turnaround", "1 hour", "--lang", "en")
        #expect(english.stdout == "Due: 14:00, Monday 4 March 2024\n")
    }

    @Test("due --unit uses the unit's office hours from units.yaml; --project names the folder")
    func dueForUnit() throws {
        let project = try ProjectFolder()
        defer { project.remove() }
        try project.write(
            "Campaigns/units.yaml",
            """
            - id: phuong-a
              name: Phường A
              office_hours:
                saturday: 07:30-11:30
            """)
        let elsewhere = try ProjectFolder(campaigns: false)
        defer { elsewhere.remove() }
        let arguments = ["due", "--from", "2024-03-08T16:00", "--turnaround", "01 buổi", "--format", "json"]
        let unit = try Niemyet.run(arguments + ["--unit", "phuong-a", "--project", project.url.path], in: elsewhere.url)
        #expect(unit.status == 0, "\(unit.output)")
        #expect(try decode(DueDocument.self, unit).due == "2024-03-09T10:30:00+07:00")
        let office = try Niemyet.run(arguments + ["--project", project.url.path], in: elsewhere.url)
        #expect(try decode(DueDocument.self, office).due == "2024-03-11T10:30:00+07:00")
        let unknown = try Niemyet.run(arguments + ["--unit", "phuong-b", "--project", project.url.path, "--lang", "en"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("There is no unit 'phuong-b'"), "\(unknown.stderr)")
    }

    @Test("holidays YEAR --format json lists the law's days off with Vietnamese names")
    func holidaysJSON() throws {
        let folder = try ProjectFolder(campaigns: false)
        defer { folder.remove() }
        let result = try folder.run("holidays", "2024", "--format", "json")
        #expect(result.status == 0, "\(result.output)")
        let document = try decode(HolidaysDocument.self, result)
        #expect(document.year == 2024)
        #expect(document.holidays.first == .init(date: "2024-01-01", name: "Tết Dương lịch"))
        #expect(document.holidays.map(\.date) == document.holidays.map(\.date).sorted())
        let names = Dictionary(uniqueKeysWithValues: document.holidays.map { ($0.date, $0.name) })
        #expect(names["2024-02-10"] == "Tết Nguyên đán")
        #expect(names["2024-02-15"] == "Nghỉ bù Tết Nguyên đán")
        #expect(names["2024-04-18"] == "Giỗ Tổ Hùng Vương")
        #expect(names["2024-04-30"] == "Ngày Chiến thắng")
        #expect(names["2024-05-01"] == "Ngày Quốc tế Lao động")
        #expect(names["2024-09-02"] == "Quốc khánh")
        #expect(names["2024-09-03"] == "Quốc khánh")
        #expect(document.holidays.count == 13)
    }

    @Test("holidays follows calendar.yaml and prints dates the Vietnamese way")
    func holidaysWithCalendar() throws {
        let folder = try ProjectFolder()
        defer { folder.remove() }
        try folder.write("Campaigns/calendar.yaml", calendar2024)
        let json = try decode(HolidaysDocument.self, try folder.run("holidays", "2024", "--format", "json"))
        let names = Dictionary(uniqueKeysWithValues: json.holidays.map { ($0.date, $0.name) })
        #expect(names["2024-02-08"] == "Nghỉ Tết Nguyên đán")
        #expect(names["2024-02-15"] == nil)
        #expect(names["2024-04-29"] == "Nghỉ hoán đổi")
        let text = try folder.run("holidays", "2024")
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Các ngày nghỉ năm 2024 (ngoài ngày nghỉ hằng tuần):")
        #expect(lines.contains("  Thứ Hai, 01/01/2024: Tết Dương lịch"))
        #expect(lines.contains("  Thứ Năm, 08/02/2024: Nghỉ Tết Nguyên đán"))
        #expect(lines.contains("Ngày làm bù:"))
        #expect(lines.contains("  Thứ Bảy, 04/05/2024: Làm bù"))
    }

    @Test("a bad date in calendar.yaml is reported at file:line:column; due then exits 1")
    func badCalendar() throws {
        let folder = try ProjectFolder()
        defer { folder.remove() }
        try folder.write(
            "Campaigns/calendar.yaml",
            """
            days_off:
              - { date: 2024-02-08, name: Nghỉ Tết }
              - { date: 2024-02-30, name: Sai }
            """)
        let (status, diagnostics) = try folder.diagnostics()
        #expect(status == 1)
        let problem = try #require(diagnostics.first { $0.code == "invalid-date" })
        #expect(problem.file == "Campaigns/calendar.yaml")
        #expect((problem.line, problem.column) == (3, 13))
        let due = try folder.run("due", "--from", "2024-02-08T16:00", "--turnaround", "01 buổi")
        #expect(due.status == 1)
        #expect(due.stdout.isEmpty)
        #expect(due.stderr.contains("Campaigns/calendar.yaml:3:13: lỗi: '2024-02-30' không phải là ngày hợp lệ"), "\(due.stderr)")
        let holidays = try folder.run("holidays", "2024", "--lang", "en")
        #expect(holidays.status == 1)
        #expect(holidays.stderr.contains("Campaigns/calendar.yaml:3:13: error:"), "\(holidays.stderr)")
    }

    @Test(
        "usage errors exit 2",
        arguments: [
            ["due", "--from", "2024-02-30T10:00", "--turnaround", "01 buổi"],
            ["due", "--from", "hôm nay", "--turnaround", "01 buổi"],
            ["due", "--from", "2024-03-04T10:00", "--turnaround", "ba ngày"],
            ["due", "--turnaround", "01 buổi"],
            ["due", "--from", "2100-12-31T18:00", "--turnaround", "01 ngày làm việc"],
            ["due", "--from", "2024-03-04T10:00", "--turnaround", "01 buổi", "--format", "xml"],
            ["due", "--from", "2024-03-04T10:00", "--turnaround", "01 buổi", "--project", "/nonexistent/niemyet"],
            ["holidays", "1899"],
            ["holidays", "hai nghìn"],
            ["holidays"],
        ])
    func usage(arguments: [String]) throws {
        let folder = try ProjectFolder(campaigns: false)
        defer { folder.remove() }
        let result = try Niemyet.run(arguments, in: folder.url)
        #expect(result.status == 2, "\(result.output)")
        #expect(result.stdout.isEmpty)
    }

    @Test("usage messages say what to write, in the user's language")
    func usageMessages() throws {
        let folder = try ProjectFolder(campaigns: false)
        defer { folder.remove() }
        let vietnamese = try folder.run("due", "--from", "hôm nay", "--turnaround", "01 buổi")
        #expect(vietnamese.stderr.contains("'hôm nay' không phải là thời điểm hợp lệ"), "\(vietnamese.stderr)")
        let english = try folder.run("due", "--from", "2024-03-04T10:00", "--turnaround", "three days", "--lang", "en")
        #expect(english.stderr.contains("The turnaround 'three days' of '--turnaround' cannot be read"), "\(english.stderr)")
        let range = try folder.run("holidays", "2101", environment: ["LANG": "en_US.UTF-8"])
        #expect(range.stderr.contains("1900 to 2100"), "\(range.stderr)")
    }

    @Test("the sample project answers due and holidays")
    func samples() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let due = try project.run("due", "--from", "2021-06-07T08:00", "--turnaround", "trong ngày", "--format", "json")
        #expect(due.status == 0, "\(due.output)")
        #expect(try decode(DueDocument.self, due).due == "2021-06-07T17:00:00+07:00")
        let holidays = try project.run("holidays", "2021", "--format", "json")
        #expect(try decode(HolidaysDocument.self, holidays).year == 2021)
    }
}
