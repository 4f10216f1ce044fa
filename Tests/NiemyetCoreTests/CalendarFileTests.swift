import Foundation
import NiemyetCore
import Testing

/// A project folder on disk, written for one test and removed after it.
private struct TemporaryProject {
    let url: URL

    init(_ files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("niemyet-calendar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: url.appendingPathComponent("Campaigns"), withIntermediateDirectories: true)
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
    }

    func validate() -> (Project, [Diagnostic]) {
        let (loaded, diagnostics) = Validator.validate(path: url.path)
        return (loaded.project, diagnostics)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

private func located(_ diagnostic: Diagnostic) -> String {
    "\(diagnostic.location.file.split(separator: "/").suffix(2).joined(separator: "/")):\(diagnostic.location.line):\(diagnostic.location.column) \(diagnostic.code.rawValue)"
}

@Suite("calendar.yaml, office hours and the day-off warnings")
struct CalendarFileTests {
    @Test("calendar.yaml days off and working days are read with their names")
    func reads() throws {
        let project = try TemporaryProject([
            "Campaigns/calendar.yaml": """
            days_off:
              - { date: 2024-02-08, name: Nghỉ Tết Nguyên đán }
              - 2024-04-29
            working_days:
              - date: 2024-05-04
                name: Làm bù
            """
        ])
        defer { project.remove() }
        let (loaded, diagnostics) = project.validate()
        #expect(diagnostics.filter { $0.code != .campaignsFolderMissing }.isEmpty, "\(diagnostics.map(located))")
        let calendar = try #require(loaded.calendar)
        #expect(calendar.daysOff.map(\.date.value.iso) == ["2024-02-08", "2024-04-29"])
        #expect(calendar.daysOff.map(\.name) == ["Nghỉ Tết Nguyên đán", "Ngày nghỉ theo thông báo"])
        #expect(calendar.workingDays.map(\.name) == ["Làm bù"])
        let names = Dictionary(uniqueKeysWithValues: calendar.working().daysOff(in: 2024).map { ($0.date.iso, $0.name) })
        #expect(names["2024-02-08"] == "Nghỉ Tết Nguyên đán")
        #expect(calendar.working().isWorkingDay(try #require(LocalDate(iso: "2024-05-04"))))
    }

    @Test("bad dates, repeated dates and unknown keys are reported where they are written")
    func problems() throws {
        let project = try TemporaryProject([
            "Campaigns/calendar.yaml": """
            days_off:
              - { date: 2024-02-30, name: Sai ngày }
              - { date: 2024-04-29, name: Nghỉ }
            working_days:
              - { date: 2024-04-29, name: Làm bù }
              - { date: 2201-01-01 }
            holidays: []
            """
        ])
        defer { project.remove() }
        let (_, diagnostics) = project.validate()
        let found = Set(diagnostics.map(located))
        #expect(found.contains("Campaigns/calendar.yaml:2:13 invalid-date"), "\(found)")
        #expect(found.contains("Campaigns/calendar.yaml:5:13 calendar-duplicate-date"), "\(found)")
        #expect(found.contains("Campaigns/calendar.yaml:6:13 calendar-date-out-of-range"), "\(found)")
        #expect(found.contains("Campaigns/calendar.yaml:7:1 unknown-key"), "\(found)")
        let invalid = try #require(diagnostics.first { $0.code == .invalidDate })
        #expect(invalid.message(in: .vi).contains("'2024-02-30' không phải là ngày hợp lệ"))
    }

    @Test("office hours from site.yaml, and a unit's own from units.yaml")
    func officeHours() throws {
        let project = try TemporaryProject([
            "Site/site.yaml": """
            title: Thử
            office_hours:
              weekdays: 07:00-11:00, 13:30-17:30
              saturday: [07:30-11:30]
            """,
            "Campaigns/units.yaml": """
            - id: phuong-a
              name: Phường A
              office_hours:
                saturday: closed
                friday: 07:00-11:00
            - id: phuong-b
              name: Phường B
            """,
        ])
        defer { project.remove() }
        let (loaded, diagnostics) = project.validate()
        #expect(!diagnostics.hasErrors, "\(diagnostics.map(located))")
        let calendar = try #require(loaded.calendar)
        #expect(calendar.officeHours.sessions(onWeekday: 1).map(\.description) == ["07:00-11:00", "13:30-17:30"])
        #expect(calendar.officeHours.sessions(onWeekday: 6).map(\.description) == ["07:30-11:30"])
        let unit = try #require(calendar.unitOfficeHours["phuong-a"])
        #expect(unit.sessions(onWeekday: 5).map(\.description) == ["07:00-11:00"])
        #expect(unit.sessions(onWeekday: 6).isEmpty)
        #expect(unit.sessions(onWeekday: 1).map(\.description) == ["07:00-11:00", "13:30-17:30"])
        #expect(calendar.unitOfficeHours["phuong-b"] == nil)
        // Friday 2024-03-08 at 10:00 with one session: the unit's Friday ends at 11:00.
        let filing = try #require(LocalDateTime(parsing: "2024-03-08T10:00"))
        let unitDue = try DueDate.due(from: filing, turnaround: .sameDay, calendar: calendar.working(unit: "phuong-a"))
        #expect(unitDue.iso == "2024-03-08T11:00:00+07:00")
        let siteDue = try DueDate.due(from: filing, turnaround: .sameDay, calendar: calendar.working(unit: "phuong-b"))
        #expect(siteDue.iso == "2024-03-08T17:30:00+07:00")
    }

    @Test("unreadable, overlapping and never-open office hours are errors at their place")
    func badOfficeHours() throws {
        let project = try TemporaryProject([
            "Site/site.yaml": """
            office_hours:
              weekdays: 07:30-11:30, 11:00-17:00
              saturday: 7:30 đến 11:30
            """,
            "Campaigns/units.yaml": """
            - id: phuong-a
              name: Phường A
              office_hours:
                weekdays: closed
            - id: phuong-b
              name: Phường B
              office_hours:
                monday: 17:00-13:00
            """,
        ])
        defer { project.remove() }
        let (_, diagnostics) = project.validate()
        let found = Set(diagnostics.map(located))
        #expect(found.contains("Site/site.yaml:2:13 office-hours-overlap"), "\(found)")
        #expect(found.contains("Site/site.yaml:3:13 invalid-office-hours"), "\(found)")
        #expect(found.contains("Campaigns/units.yaml:4:5 office-hours-never-open"), "\(found)")
        #expect(found.contains("Campaigns/units.yaml:8:13 invalid-office-hours"), "\(found)")
        #expect(diagnostics.hasErrors)
    }

    @Test("warnings: an activity on a holiday or weekend, one with no working day, a campaign on Tết")
    func dayOffWarnings() throws {
        let project = try TemporaryProject([
            "Campaigns/tet.md": """
            ---
            title: Tháng cao điểm mùa xuân
            organizer: UBND Phường A
            start: 2024-02-10
            end: 2024-03-10
            activities:
              - title: Tuần lễ Tết
                start: 2024-02-12
                end: 2024-02-14
              - title: Tuần lễ trong ngày
                start: 2024-02-17
                end: 2024-02-24
              - title: Tuần lễ bình thường
                start: 2024-02-19
                end: 2024-02-23
            ---
            """
        ])
        defer { project.remove() }
        let (_, diagnostics) = project.validate()
        let warnings = diagnostics.filter { $0.severity == .warning }.map(located)
        #expect(
            Set(warnings) == [
                "Campaigns/tet.md:4:8 starts-on-day-off",
                "Campaigns/tet.md:8:12 activity-without-working-day",
                "Campaigns/tet.md:11:12 starts-on-day-off",
                "Campaigns/tet.md:12:10 ends-on-day-off",
            ], "\(warnings)")
        #expect(!diagnostics.hasErrors)
        let start = try #require(diagnostics.first { $0.code == .startsOnDayOff && $0.location.line == 4 })
        #expect(start.message(in: .vi).contains("là ngày nghỉ (Tết Nguyên đán)"))
        #expect(start.message(in: .en).contains("a day off (Tết Nguyên đán)"))
    }

    @Test("an announced working day silences the warning")
    func announcedWorkingDay() throws {
        let project = try TemporaryProject([
            "Campaigns/calendar.yaml": "working_days:\n  - { date: 2024-02-17, name: Làm bù }\n",
            "Campaigns/tuan-le.md": """
            ---
            title: Tuần lễ
            organizer: UBND Phường A
            start: 2024-02-17
            end: 2024-02-23
            activities:
              - title: Tuần lễ trong ngày
                start: 2024-02-17
                end: 2024-02-23
            ---
            """,
        ])
        defer { project.remove() }
        let (_, diagnostics) = project.validate()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(located))")
    }
}
