import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `check --format json` as a script reads it (FORMAT.md).
struct CheckDocument: Decodable {
    struct Campaign: Decodable {
        var id: String
        var units: [Unit]
    }
    struct Unit: Decodable {
        var id: String
        var posting_url: String?
        var status: String
        var http_status: Int?
        var evidence: String?
        var procedures: [Procedure]
    }
    struct Procedure: Decodable {
        var name: String
        var reduced: String?
        var name_found: Bool
        var turnaround_found: Bool
    }
    struct Summary: Decodable, Equatable {
        var units, posted, partial, missing, unreachable, no_url: Int
    }
    var checked_at: String
    var campaigns: [Campaign]
    var summary: Summary
}

/// Python's http.server on 127.0.0.1 and a free port, serving a folder.
func staticServer(serving folder: URL) throws -> LoopbackPythonServer {
    try LoopbackPythonServer(
        script: """
            import functools
            handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[2])
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
            publish(server)
            server.serve_forever()
            """,
        arguments: [folder.path])
}

@Suite("niemyet check, through the built binary")
struct CheckCommandTests {
    func decode(_ result: CommandResult) throws -> CheckDocument {
        try JSONDecoder().decode(CheckDocument.self, from: Data(result.stdout.utf8))
    }

    @Test("the sample project's offline posting is posted; the campaign alone exits 0")
    func samples() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let result = try project.run("check", "--campaign", "2021-thang-cao-diem-quan-12", "--format", "json")
        #expect(result.status == 0, "\(result.output)")
        let document = try decode(result)
        let unit = try #require(document.campaigns.first?.units.first)
        #expect(unit.id == "ubnd-quan-12" && unit.status == "posted")
        #expect(unit.procedures.count == 4 && unit.procedures.allSatisfy { $0.name_found && $0.turnaround_found })
        #expect(document.summary == .init(units: 1, posted: 1, partial: 0, missing: 0, unreachable: 0, no_url: 0))
        let evidence = try #require(unit.evidence)
        #expect(project.exists(evidence) && project.exists(evidence + ".json"))
        #expect(project.exists("evidence/latest.json"))

        // The whole sample: the city's reporting blocks have no posting_url, so not all are posted.
        let all = try project.run("check", "--format", "json")
        #expect(all.status == 1)
        #expect(try decode(all).summary.no_url == 4)

        // A run limited to one campaign updates only its units in evidence/latest.json.
        #expect(try project.run("check", "--campaign", "2021-thang-cao-diem-quan-12").status == 0)
        let latest = try JSONDecoder().decode(CheckDocument.self, from: Data(project.read("evidence/latest.json").utf8))
        #expect(latest.summary == .init(units: 5, posted: 1, partial: 0, missing: 0, unreachable: 0, no_url: 4))
    }

    @Test("a unit checks itself over HTTP and reads what is missing; exit 1")
    func unitOverHTTP() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let site = try ProjectFolder(campaigns: false)
        defer { site.remove() }
        try site.write(
            "niem-yet.html",
            """
            <html><head><meta charset="utf-8"></head><body><table>
            <tr><td>Thủ tục tạm ngừng hoạt động hộ kinh doanh</td><td>01 ngày làm việc</td></tr>
            <tr><td>Thủ tục chấm dứt hoạt động hộ kinh doanh</td><td>03 ngày làm việc</td></tr>
            </table></body></html>
            """)
        let server = try staticServer(serving: site.url)
        defer { server.stop() }
        let units = try project.read("Campaigns/units.yaml").replacingOccurrences(
            of: "posting_url: Campaigns/2021-thang-cao-diem-quan-12/niem-yet/ubnd-quan-12.html",
            with: "posting_url: http://127.0.0.1:\(server.port)/niem-yet.html")
        try project.write("Campaigns/units.yaml", units)

        let json = try project.run("check", "--unit", "ubnd-quan-12", "--format", "json")
        #expect(json.status == 1, "\(json.output)")
        let unit = try #require(try decode(json).campaigns.first?.units.first)
        #expect(unit.status == "partial" && unit.http_status == 200)
        #expect(unit.procedures.map(\.turnaround_found) == [true, false, false, false])

        let text = try project.run("check", "--unit", "ubnd-quan-12", "--lang", "en")
        #expect(text.status == 1)
        #expect(text.stdout.contains("the page says 03 ngày làm việc, the registration says 01 ngày làm việc"), "\(text.stdout)")
        #expect(text.stdout.contains("“Thủ tục cấp bản sao trích lục hộ tịch” is not on the page"))
        #expect(!text.stdout.contains("\u{1B}["), "no colour when piped")
    }

    @Test("junit and markdown reports")
    func otherFormats() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let junit = try project.run("check", "--format", "junit")
        #expect(junit.status == 1)
        let parser = XMLParser(data: Data(junit.stdout.utf8))
        #expect(parser.parse(), "well-formed JUnit XML")
        #expect(junit.stdout.contains("failures=\"4\""))
        let markdown = try project.run("check", "--campaign", "2021-thang-cao-diem-quan-12", "--format", "markdown")
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("| ubnd-quan-12") || markdown.stdout.contains("[ubnd-quan-12]"))
    }

    @Test("usage errors and invalid projects exit 2")
    func usage() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let unknownUnit = try project.run("check", "--unit", "khong-co", "--lang", "en")
        #expect(unknownUnit.status == 2)
        #expect(unknownUnit.stderr.contains("No unit 'khong-co'"), "\(unknownUnit.stderr)")
        #expect(try project.run("check", "--campaign", "khong-co").status == 2)
        #expect(try project.run("check", "--format", "yaml").status == 2)
        #expect(try project.run("check", "--max-per-host", "0").status == 2)
        try project.write("Campaigns/2021-thang-cao-diem-quan-12/campaign.md", "---\ntitle: x\n---\n")
        let invalid = try project.run("check")
        #expect(invalid.status == 2)
        #expect(!project.exists("evidence"), "nothing fetched or written for an invalid project")
    }
}
