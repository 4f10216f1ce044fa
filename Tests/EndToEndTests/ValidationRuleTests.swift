import Foundation
import Testing

/// Each validation rule on a real file, through the built binary: the exact file, line,
/// column and code of every problem.
@Suite("Validation rules, one real file each")
struct ValidationRuleTests {
    /// A valid campaign front matter to break one line at a time.
    static func campaign(
        title: String = "title: Tháng cao điểm 2021", start: String = "start: 2021-06-01",
        end: String = "end: 2021-07-01", extra: String = "", units: String = """
            units:
              - unit: ubnd-quan-12
                name: Ủy ban nhân dân Quận 12
                block: district
                posting_url: https://example.gov.vn/niem-yet
                procedures:
                  - name: Thủ tục tạm ngừng hoạt động hộ kinh doanh
                    standard: 03 ngày làm việc
                    reduced: 01 ngày làm việc
            """
    ) -> String {
        """
        ---
        \(title)
        organizer: Ủy ban nhân dân Quận 12
        \(start)
        \(end)
        \(extra.isEmpty ? "theme: Năm xây dựng chính quyền đô thị" : extra)
        \(units)
        ---

        Nội dung thông báo.

        """
    }

    func problems(_ files: [String: String]) throws -> (Int32, [ReportedDiagnostic]) {
        let project = try ProjectFolder()
        defer { project.remove() }
        for (path, text) in files { try project.write(path, text) }
        return try project.diagnostics()
    }

    /// Asserts that validation reports exactly `expected` (file, line, column, code) as errors.
    func expectErrors(
        _ files: [String: String], _ expected: [(String, Int, Int, String)], warnings: Bool = false,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let (status, diagnostics) = try problems(files)
        let relevant = diagnostics.filter { warnings || $0.severity == "error" }
        let found = relevant.map { "\($0.file):\($0.line):\($0.column) [\($0.code)]" }
        let wanted = expected.map { "\($0.0):\($0.1):\($0.2) [\($0.3)]" }
        #expect(found == wanted, "\(diagnostics)", sourceLocation: sourceLocation)
        let hasErrors = diagnostics.contains { $0.severity == "error" }
        #expect(status == (hasErrors ? 1 : 0), sourceLocation: sourceLocation)
        for diagnostic in relevant {
            #expect(!diagnostic.message.isEmpty, sourceLocation: sourceLocation)
        }
    }

    static let file = "Campaigns/2021-thang-cao-diem.md"

    @Test("a valid campaign has no problems")
    func valid() throws {
        let (status, diagnostics) = try problems([Self.file: Self.campaign()])
        #expect(status == 0)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test("missing required keys: title, organizer, start, end")
    func missingKeys() throws {
        try expectErrors(
            [Self.file: "---\nslogan: Cam kết\n---\n"],
            [
                (Self.file, 2, 1, "missing-key"), (Self.file, 2, 1, "missing-key"), (Self.file, 2, 1, "missing-key"),
                (Self.file, 2, 1, "missing-key"),
            ])
    }

    @Test("an unknown key is a warning with a suggestion")
    func unknownKey() throws {
        let (status, diagnostics) = try problems([Self.file: Self.campaign(extra: "slogna: Cam kết")])
        #expect(status == 0)
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect((warning.file, warning.line, warning.column, warning.code) == (Self.file, 6, 1, "unknown-key"))
        #expect(warning.severity == "warning")
        #expect(warning.message.contains("'slogan'"), "\(warning.message)")
    }

    @Test("a date that is not a date")
    func invalidDate() throws {
        try expectErrors(
            [Self.file: Self.campaign(start: "start: 2021-02-30")], [(Self.file, 4, 8, "invalid-date")])
        try expectErrors([Self.file: Self.campaign(end: "end: mùng 1 tháng 7")], [(Self.file, 5, 6, "invalid-date")])
    }

    @Test("end before start")
    func endBeforeStart() throws {
        try expectErrors([Self.file: Self.campaign(end: "end: 2021-05-31")], [(Self.file, 5, 6, "end-before-start")])
    }

    @Test("an activity outside the campaign")
    func activityOutside() throws {
        let activities = """
            activities:
              - title: Tuần lễ ngay trong ngày
                start: 2021-06-07
                end: 2021-07-11
            """
        try expectErrors(
            [Self.file: Self.campaign(extra: activities)], [(Self.file, 9, 10, "activity-outside-campaign")])
    }

    @Test("a turnaround that cannot be read")
    func invalidTurnaround() throws {
        let text = Self.campaign().replacingOccurrences(of: "reduced: 01 ngày làm việc", with: "reduced: một ngày")
        try expectErrors([Self.file: text], [(Self.file, 15, 18, "invalid-turnaround")])
    }

    @Test("reduced not shorter than standard")
    func reducedNotShorter() throws {
        let text = Self.campaign().replacingOccurrences(of: "reduced: 01 ngày làm việc", with: "reduced: 6 buổi")
        try expectErrors([Self.file: text], [(Self.file, 15, 18, "reduced-not-shorter")])
    }

    @Test("standard above eligibility.max_standard")
    func standardAboveMaximum() throws {
        let extra = "eligibility:\n  max_standard: 02 ngày làm việc"
        try expectErrors([Self.file: Self.campaign(extra: extra)], [(Self.file, 15, 19, "standard-above-maximum")])
    }

    @Test("standard that disagrees with procedures.yaml, and an unknown code")
    func catalogue() throws {
        let units = """
            units:
              - unit: ubnd-quan-12
                name: Ủy ban nhân dân Quận 12
                procedures:
                  - code: "2.000575"
                    standard: 05 ngày làm việc
                    reduced: 01 ngày làm việc
                  - code: "9.999999"
                    name: Thủ tục không có trong danh mục
                    reduced: 01 giờ
            """
        let catalogue = """
            - code: "2.000575"
              name: Thủ tục tạm ngừng hoạt động hộ kinh doanh
              standard: 03 ngày làm việc
            """
        try expectErrors(
            [Self.file: Self.campaign(units: units), "Campaigns/procedures.yaml": catalogue],
            [(Self.file, 12, 19, "standard-disagrees-with-catalogue"), (Self.file, 14, 15, "unknown-procedure-code")])
    }

    @Test("a code from procedures.yaml supplies name and standard")
    func catalogueSupplies() throws {
        let units = """
            units:
              - unit: ubnd-quan-12
                name: Ủy ban nhân dân Quận 12
                procedures:
                  - code: "2.000575"
                    reduced: 04 ngày làm việc
            """
        let catalogue = "- code: \"2.000575\"\n  name: Thủ tục tạm ngừng\n  standard: 03 ngày làm việc\n"
        try expectErrors(
            [Self.file: Self.campaign(units: units), "Campaigns/procedures.yaml": catalogue],
            [(Self.file, 12, 18, "reduced-not-shorter")])
    }

    @Test("an unknown unit id, with a suggestion from units.yaml")
    func unknownUnit() throws {
        let units = """
            units:
              - unit: phuong-an-phu-dongg
                procedures: []
            """
        let registry = "- id: phuong-an-phu-dong\n  name: Ủy ban nhân dân phường An Phú Đông\n  block: ward\n"
        let (status, diagnostics) = try problems([
            Self.file: Self.campaign(units: units), "Campaigns/units.yaml": registry,
        ])
        #expect(status == 1)
        let error = try #require(diagnostics.first)
        #expect((error.file, error.line, error.column, error.code) == (Self.file, 8, 11, "unknown-unit"))
        #expect(error.message.contains("'phuong-an-phu-dong'"), "\(error.message)")
    }

    @Test("the same unit twice, and the same procedure twice for one unit")
    func duplicates() throws {
        let units = """
            units:
              - unit: ubnd-quan-12
                name: Ủy ban nhân dân Quận 12
                procedures:
                  - name: Thủ tục cấp bản sao trích lục hộ tịch
                    standard: 01 ngày làm việc
                    reduced: 01 buổi
                  - name: "Thủ tục cấp bản sao  trích lục HỘ TỊCH"
                    standard: 01 ngày làm việc
                    reduced: 01 buổi
              - unit: ubnd-quan-12
                name: Ủy ban nhân dân Quận 12
            """
        try expectErrors(
            [Self.file: Self.campaign(units: units)],
            [(Self.file, 14, 9, "duplicate-procedure"), (Self.file, 17, 11, "duplicate-unit")])
    }

    @Test("a unit registered both in campaign.md and units/<id>.md is a duplicate")
    func duplicateAcrossFiles() throws {
        let unitFile = """
            ---
            name: Ủy ban nhân dân Quận 12
            procedures:
              - name: Thủ tục đăng ký khai sinh
                standard: 01 ngày làm việc
                reduced: 01 buổi
            ---
            """
        try expectErrors(
            [
                "Campaigns/c/campaign.md": Self.campaign(), "Campaigns/c/units/ubnd-quan-12.md": unitFile,
            ],
            [("Campaigns/c/units/ubnd-quan-12.md", 1, 1, "duplicate-unit")])
    }

    @Test("posting_url: other schemes, missing offline copies, paths leaving the project")
    func postingURL() throws {
        func units(_ url: String) -> String {
            "units:\n  - unit: ubnd-quan-12\n    name: UBND Quận 12\n    posting_url: \(url)"
        }
        try expectErrors(
            [Self.file: Self.campaign(units: units("javascript:alert(1)"))], [(Self.file, 10, 18, "invalid-posting-url")])
        try expectErrors(
            [Self.file: Self.campaign(units: units("ftp://example.gov.vn/x"))], [(Self.file, 10, 18, "invalid-posting-url")])
        try expectErrors(
            [Self.file: Self.campaign(units: units("niem-yet/khong-co.html"))], [(Self.file, 10, 18, "posting-file-missing")])
        try expectErrors(
            [Self.file: Self.campaign(units: units("../../etc/passwd"))], [(Self.file, 10, 18, "invalid-posting-url")])
        try expectErrors(
            [Self.file: Self.campaign(units: units("niem-yet/q12.html")), "niem-yet/q12.html": "<p>x</p>"], [])
        try expectErrors([Self.file: Self.campaign(units: units("file:///etc/hostname"))], [])
        // An address from units.yaml that many campaigns take is reported once, where
        // units.yaml writes it (the campaigns are checked in slices, each of which meets it).
        var files = [
            "Campaigns/units.yaml": "- id: ubnd-quan-12\n  name: UBND Quận 12\n  posting_url: ftp://example.gov.vn/x\n"
        ]
        let inherited = """
            units:
              - unit: ubnd-quan-12
                procedures:
                  - name: Thủ tục tạm ngừng hoạt động hộ kinh doanh
                    standard: 03 ngày làm việc
                    reduced: 01 ngày làm việc
            """
        for number in 1...20 { files["Campaigns/c\(number).md"] = Self.campaign(units: inherited) }
        try expectErrors(files, [("Campaigns/units.yaml", 3, 16, "invalid-posting-url")])
    }

    @Test("ids that are not slugs: unit ids, unit files and campaign folders")
    func slugs() throws {
        let units = "units:\n  - unit: Phường An Phú Đông\n    name: UBND phường An Phú Đông"
        let (_, diagnostics) = try problems([Self.file: Self.campaign(units: units)])
        let error = try #require(diagnostics.first { $0.code == "invalid-slug" })
        #expect((error.line, error.column) == (8, 11))
        #expect(error.message.contains("phuong-an-phu-dong"), "\(error.message)")
        try expectErrors(
            ["Campaigns/Tháng 6/campaign.md": Self.campaign()], [("Campaigns/Tháng 6", 1, 1, "invalid-slug")])
    }

    @Test("ids the site uses itself: a campaign called 'posters', a unit called 'ket-qua'")
    func reservedIDs() throws {
        try expectErrors(["Campaigns/posters.md": Self.campaign()], [("Campaigns/posters.md", 1, 1, "reserved-id")])
        let units = "units:\n  - unit: ket-qua\n    name: Kết quả"
        try expectErrors([Self.file: Self.campaign(units: units)], [(Self.file, 8, 11, "reserved-id")])
    }

    @Test("results.csv: unknown units, impossible counts, numbers, header; BOM and semicolons fine")
    func results() throws {
        let csv = "\u{FEFF}unit;received;same_day;on_time;late\r\nubnd-quan-12;10;5;5;1\r\nphuong-x;3;1;1;1\r\nubnd-quan-12;abc;1;1;1\r\n"
        let file = "Campaigns/c/results.csv"
        try expectErrors(
            ["Campaigns/c/campaign.md": Self.campaign(), file: csv],
            [(file, 2, 1, "results-impossible-counts"), (file, 3, 1, "results-unknown-unit"), (file, 4, 14, "results-not-a-number")])
        try expectErrors(
            ["Campaigns/c/campaign.md": Self.campaign(), file: "don_vi,tiep_nhan\n"], [(file, 1, 1, "results-header")])
    }

    @Test("an unknown block is a warning")
    func unknownBlock() throws {
        let units = "units:\n  - unit: ubnd-quan-12\n    name: UBND Quận 12\n    block: khu-pho"
        try expectErrors(
            [Self.file: Self.campaign(units: units)], [(Self.file, 10, 12, "unknown-block")], warnings: true)
    }

    @Test("front matter: missing, unclosed; YAML syntax errors at YAML's position; duplicate keys")
    func frontMatter() throws {
        try expectErrors([Self.file: "# Tháng cao điểm\n"], [(Self.file, 1, 1, "front-matter-missing")])
        try expectErrors([Self.file: "---\ntitle: x\n"], [(Self.file, 1, 1, "front-matter-unclosed")])
        try expectErrors(
            [Self.file: "---\ntitle: Tháng cao điểm\norganizer: \"UBND Quận 12\nstart: 2021-06-01\n---\n"],
            [(Self.file, 3, 12, "yaml-syntax")])
        try expectErrors(
            [Self.file: "---\ntitle: a\n  - b: [\n---\n"], [(Self.file, 3, 6, "yaml-syntax")])
        try expectErrors(
            [Self.file: Self.campaign(extra: "title: Lần hai")], [(Self.file, 6, 1, "duplicate-key")])
    }

    @Test("invalid UTF-8 is reported at its line and column")
    func invalidUTF8() throws {
        let project = try ProjectFolder()
        defer { project.remove() }
        var bytes = Data("---\ntitle: Tháng cao điểm\norganizer: UBND ".utf8)
        bytes.append(contentsOf: [0xC3, 0x28])
        bytes.append(Data("\n---\n".utf8))
        try project.write(Self.file, bytes)
        let (status, diagnostics) = try project.diagnostics()
        #expect(status == 1)
        #expect(diagnostics.map { "\($0.line):\($0.column) \($0.code)" } == ["3:17 invalid-utf8"])
    }

    @Test("a BOM and CRLF line endings are fine and keep positions")
    func bomAndCRLF() throws {
        let text = "\u{FEFF}" + Self.campaign(start: "start: 2021-13-01").replacingOccurrences(of: "\n", with: "\r\n")
        try expectErrors([Self.file: text], [(Self.file, 4, 8, "invalid-date")])
    }

    @Test("no Campaigns folder")
    func noCampaigns() throws {
        let project = try ProjectFolder(campaigns: false)
        defer { project.remove() }
        let (status, diagnostics) = try project.diagnostics()
        #expect(status == 1)
        #expect(diagnostics.map(\.code) == ["campaigns-folder-missing"])
    }

    @Test("site.yaml: base_url and language are checked")
    func siteSettings() throws {
        try expectErrors(
            [Self.file: Self.campaign(), "Site/site.yaml": "title: CCHC\nbase_url: cchc.example.gov.vn\nlanguage: fr\n"],
            [("Site/site.yaml", 2, 11, "invalid-url"), ("Site/site.yaml", 3, 11, "invalid-language")])
    }

    @Test("every problem of every file is reported at once, sorted by file and line")
    func everyProblemAtOnce() throws {
        let broken = Self.campaign(start: "start: 2021-02-30", end: "end: nope")
            .replacingOccurrences(of: "reduced: 01 ngày làm việc", with: "reduced: sớm")
        let (status, diagnostics) = try problems([
            "Campaigns/a.md": broken, "Campaigns/b.md": "---\ntitle: x\n", "Campaigns/units.yaml": "- id: X\n",
        ])
        #expect(status == 1)
        #expect(
            diagnostics.map { "\($0.file):\($0.line) \($0.code)" } == [
                "Campaigns/a.md:4 invalid-date", "Campaigns/a.md:5 invalid-date", "Campaigns/a.md:15 invalid-turnaround",
                "Campaigns/b.md:1 front-matter-unclosed", "Campaigns/units.yaml:1 missing-key",
                "Campaigns/units.yaml:1 invalid-slug",
            ])
    }
}
