import Foundation
import Testing

/// `niemyet new` and `niemyet import registrations` through the built binary.
@Suite("Scaffolding and spreadsheet import")
struct AuthoringTests {
    static let campaign = "thang-hanh-dong-2026"

    /// A project with one folder campaign made by `niemyet new campaign`.
    func project() throws -> ProjectFolder {
        let project = try ProjectFolder()
        let made = try project.run(
            "new", "campaign", "Tháng hành động 2026", "--start", "2026-05-15", "--end", "2026-06-15", "--lang", "en")
        #expect(made.status == 0, "\(made.output)")
        return project
    }

    @Test("the '...' that new campaign and new unit leave to fill in are pointed out, at their value, as warnings")
    func placeholdersPointedOut() throws {
        let project = try project()
        defer { project.remove() }
        #expect(try project.run("new", "unit", "phuong-a", "--campaign", Self.campaign).status == 0)
        let (status, diagnostics) = try project.diagnostics()
        #expect(status == 0, "warnings only: \(diagnostics)")
        let placeholders = diagnostics.filter { $0.code == "placeholder-text" }
        let campaignFile = "Campaigns/\(Self.campaign)/campaign.md"
        let unitFile = "Campaigns/\(Self.campaign)/units/phuong-a.md"
        let organizerLine = try #require(
            try project.read(campaignFile).split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.hasPrefix("organizer:") }) + 1
        #expect(placeholders.contains { $0.file == campaignFile && $0.line == organizerLine && $0.column == 12 }, "\(placeholders)")
        #expect(placeholders.contains { $0.file == unitFile && $0.message.contains("'name'") }, "\(placeholders)")
        #expect(placeholders.allSatisfy { $0.severity == "warning" })
        // Written out in full, the warnings go.
        for file in [campaignFile, unitFile] {
            let text = try project.read(file)
                .replacingOccurrences(of: "Ủy ban nhân dân phường ...", with: "Ủy ban nhân dân phường A")
                .replacingOccurrences(of: "Ủy ban nhân dân ...", with: "Ủy ban nhân dân Quận 12")
                .replacingOccurrences(of: "Thủ tục ...", with: "Thủ tục đăng ký khai sinh")
            try project.write(file, text)
        }
        #expect(try project.diagnostics().diagnostics.allSatisfy { $0.code != "placeholder-text" })
    }

    static let header = "Mã đơn vị;Tên đơn vị;Khối;Thủ tục;Lĩnh vực;Thời gian thường;Thời gian rút ngắn"
    static let goodRows = [
        "phuong-thanh-loc;Ủy ban nhân dân phường Thạnh Lộc;ward;Thủ tục đăng ký khai sinh;Hộ tịch;01 ngày làm việc;01 buổi",
        "",
        // NFD text, as some programs write it.
        "phuong-thanh-loc;Ủy ban nhân dân phường Thạnh Lộc;ward;Thu\u{309} tu\u{323}c đăng ký kết hôn;Hộ tịch;03 ngày làm việc;trong ngày",
        "phuong-thanh-xuan;Ủy ban nhân dân phường Thạnh Xuân;ward;Thủ tục chứng thực bản sao;Chứng thực;01 ngày làm việc;02 giờ",
    ]
    static let badRow = "phuong-an-loc;Ủy ban nhân dân phường An Lộc;ward;Thủ tục chứng thực chữ ký;Chứng thực;01 ngày làm việc;2 ngày làm việc"

    @Test("new campaign writes a valid, commented folder with a transliterated slug")
    func newCampaign() throws {
        let project = try project()
        defer { project.remove() }
        let text = try project.read("Campaigns/\(Self.campaign)/campaign.md")
        #expect(text.contains("# "), "commented")
        #expect(text.contains("start: 2026-05-15"))
        #expect(try project.run("validate").status == 0)
        let again = try project.run("new", "campaign", "Tháng hành động 2026", "--lang", "en")
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
        let unit = try project.run("new", "unit", "phuong-an-phu-dong", "--campaign", Self.campaign, "--name", "UBND phường An Phú Đông")
        #expect(unit.status == 0, "\(unit.output)")
        #expect(project.exists("Campaigns/\(Self.campaign)/units/phuong-an-phu-dong.md"))
        #expect(try project.run("validate").status == 0)
        let badID = try project.run("new", "unit", "Phường X", "--campaign", Self.campaign, "--lang", "en")
        #expect(badID.status == 1)
        #expect(badID.stderr.contains("'phuong-x'"))
    }

    @Test("a CSV with Vietnamese headers, BOM, semicolons, empty and NFD rows imports into valid files")
    func importCSV() throws {
        let project = try project()
        defer { project.remove() }
        let csv = "\u{FEFF}" + ([Self.header] + Self.goodRows).joined(separator: "\r\n") + "\r\n"
        try project.write("dang-ky.csv", csv)
        let result = try project.run("import", "registrations", "dang-ky.csv", "--campaign", Self.campaign, "--lang", "en")
        #expect(result.status == 0, "\(result.output)")
        let file = try project.read("Campaigns/\(Self.campaign)/units/phuong-thanh-loc.md")
        #expect(file.contains("Thủ tục đăng ký kết hôn"), "NFC on the way in: \(file)")
        #expect(project.exists("Campaigns/\(Self.campaign)/units/phuong-thanh-xuan.md"))
        let validated = try project.run("validate")
        #expect(validated.status == 0, "\(validated.output)")
    }

    @Test("a bad row is reported with its row and column, and nothing is written")
    func badRow() throws {
        let project = try project()
        defer { project.remove() }
        try project.write("dang-ky.csv", ([Self.header] + Self.goodRows + [Self.badRow]).joined(separator: "\n"))
        let result = try project.run(
            "import", "registrations", "dang-ky.csv", "--campaign", Self.campaign, "--format", "json", "--lang", "en")
        #expect(result.status == 1)
        struct Document: Decodable { var diagnostics: [ReportedDiagnostic] }
        let document = try JSONDecoder().decode(Document.self, from: Data(result.stdout.utf8))
        #expect(document.diagnostics.map { "\($0.file):\($0.line):\($0.column) \($0.code)" } == [
            "dang-ky.csv:6:7 reduced-not-shorter"
        ])
        #expect(!project.exists("Campaigns/\(Self.campaign)/units/phuong-thanh-loc.md"), "nothing written")
        let skipping = try project.run("import", "registrations", "dang-ky.csv", "--campaign", Self.campaign, "--skip-bad")
        #expect(skipping.status == 0, "\(skipping.output)")
        #expect(project.exists("Campaigns/\(Self.campaign)/units/phuong-thanh-loc.md"))
        #expect(!project.exists("Campaigns/\(Self.campaign)/units/phuong-an-loc.md"))
    }

    @Test("missing columns, unknown campaigns and units already registered are refused")
    func refusals() throws {
        let project = try project()
        defer { project.remove() }
        try project.write("thieu.csv", "unit,procedure\nphuong-a,Thủ tục\n")
        let missing = try project.run("import", "registrations", "thieu.csv", "--campaign", Self.campaign, "--lang", "en")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("[import-missing-column]"))
        let unknown = try project.run("import", "registrations", "thieu.csv", "--campaign", "khong-co", "--lang", "en")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("[import-unknown-campaign]"))
        try project.write("dang-ky.csv", ([Self.header] + Self.goodRows).joined(separator: "\n"))
        #expect(try project.run("import", "registrations", "dang-ky.csv", "--campaign", Self.campaign).status == 0)
        let twice = try project.run("import", "registrations", "dang-ky.csv", "--campaign", Self.campaign, "--lang", "en")
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("[import-unit-already-registered]"))
        let replaced = try project.run("import", "registrations", "dang-ky.csv", "--campaign", Self.campaign, "--replace")
        #expect(replaced.status == 0, "\(replaced.output)")
    }

    @Test("an XLSX written by LibreOffice imports the same, bad rows at their spreadsheet row")
    func importXLSX() throws {
        let project = try project()
        defer { project.remove() }
        try project.write("dang-ky.csv", ([Self.header] + Self.goodRows + [Self.badRow]).joined(separator: "\n") + "\n")
        let office = Process()
        office.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
        office.arguments = [
            "--headless", "-env:UserInstallation=file://\(project.url.path)/.lo-profile",
            "--infilter=CSV:59,34,76,1", "--convert-to", "xlsx", "--outdir", project.url.path,
            project.url.appendingPathComponent("dang-ky.csv").path,
        ]
        office.standardOutput = FileHandle.nullDevice
        office.standardError = FileHandle.nullDevice
        try office.run()
        office.waitUntilExit()
        #expect(office.terminationStatus == 0)
        try #require(project.exists("dang-ky.xlsx"), "LibreOffice wrote the workbook")
        let bad = try project.run(
            "import", "registrations", "dang-ky.xlsx", "--campaign", Self.campaign, "--format", "json", "--lang", "en")
        #expect(bad.status == 1)
        #expect(bad.stdout.contains(#""line":6"#) && bad.stdout.contains("reduced-not-shorter"), "\(bad.stdout)")
        let result = try project.run("import", "registrations", "dang-ky.xlsx", "--campaign", Self.campaign, "--skip-bad")
        #expect(result.status == 0, "\(result.output)")
        let file = try project.read("Campaigns/\(Self.campaign)/units/phuong-thanh-loc.md")
        #expect(file.contains("Ủy ban nhân dân phường Thạnh Lộc") && file.contains("Thủ tục đăng ký kết hôn"))
        #expect(try project.run("validate").status == 0)
    }
}
