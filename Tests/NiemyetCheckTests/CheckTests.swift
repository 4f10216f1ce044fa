import Foundation
import NIOHTTP1
import NIOSSL
import NiemyetCore
import Synchronization
import Testing

@testable import NiemyetCheck

@Suite("Checking postings against real HTTP servers on 127.0.0.1")
struct CheckTests {
    /// Runs a check of `units`, served by `route`, and decodes the JSON report as a script would.
    func check(
        _ route: @escaping TestServer.Route, units: (TestServer) -> [TestUnit], settings: FetchSettings = quickSettings()
    ) async throws -> (CheckReport, TestProject, TestServer) {
        let server = try await TestServer.start(route)
        let project = try TestProject(units: units(server))
        let report = try await PostingCheck.run(try project.load(), CheckRequest(fetch: settings))
        let decoded = try JSONDecoder().decode(CheckReport.self, from: Data(report.json().utf8))
        #expect(decoded == report)
        return (decoded, project, server)
    }

    func status(_ report: CheckReport, _ unit: String) -> CheckReport.Status? {
        report.campaigns.flatMap(\.units).first { $0.id == unit }?.status
    }

    @Test("complete, partial and empty postings in tables, lists and paragraphs")
    func postings() async throws {
        let pages: [String: String] = [
            "/table": completeTable,
            "/list": """
                <ul><li>Tạm ngừng hoạt động hộ kinh doanh: 1 ngày làm việc</li>
                <li>Cấp bản sao trích lục hộ tịch – 01 buổi</li></ul>
                """,
            "/paragraphs": """
                <p>Thủ tục tạm ngừng hoạt động hộ kinh doanh: 01 ngày làm việc.</p>
                <p>Thủ tục cấp bản sao trích lục hộ tịch: 01 buổi.</p>
                <p>Thủ tục chuyển trường đối với học sinh trung học cơ sở: 60 phút.</p>
                """,
            "/empty": "<p>Trang đang cập nhật.</p>",
        ]
        let (report, project, server) = try await check(
            { path, _ in .html(pages[path] ?? "") },
            units: { server in pages.keys.sorted().map { TestUnit(id: String($0.dropFirst()), url: server.url($0)) } })
        defer { project.remove() }
        await server.stop()
        #expect(status(report, "table") == .posted)
        #expect(status(report, "paragraphs") == .posted)
        #expect(status(report, "list") == .partial)
        #expect(status(report, "empty") == .missing)
        #expect(report.summary.units == 4 && report.summary.posted == 2)
        #expect(report.summary.partial == 1 && report.summary.missing == 1)
        let list = try #require(report.campaigns.first?.units.first { $0.id == "list" })
        #expect(list.httpStatus == 200)
        #expect(list.procedures.map(\.turnaroundFound) == [true, true, false])
        #expect(list.procedures[0].reduced == "01 ngày làm việc")
    }

    @Test("NFD text, old-style tone marks, no-break spaces and windows-1258 are posted")
    func spellings() async throws {
        let name = "Thủ tục hòa giải tranh chấp đất đai thuộc thủy lợi"
        let nfd = "<p>\(name.decomposedStringWithCanonicalMapping): 01\u{00A0}giờ</p>"
        let oldStyle = "<p>Thủ tục hoà giải tranh chấp đất đai thuộc thuỷ lợi&nbsp;&nbsp;1 tiếng</p>"
        // windows-1258 as Word saves it: the tone as a combining mark after the vowel.
        // ("<p>Thủ tục hòa giải ...: 60 phút</p>", encoded by Python's cp1258 codec.)
        let cp1258: [UInt8] = [60, 112, 62, 84, 104, 117, 210, 32, 116, 117, 242, 99, 32, 104, 111, 204, 97, 32, 103, 105, 97, 210, 105, 32, 116, 114, 97, 110, 104, 32, 99, 104, 226, 236, 112, 32, 240, 226, 236, 116, 32, 240, 97, 105, 32, 116, 104, 117, 244, 242, 99, 32, 116, 104, 117, 210, 121, 32, 108, 245, 242, 105, 58, 32, 54, 48, 32, 112, 104, 117, 236, 116, 60, 47, 112, 62]
        let procedures = [(name, "01 ngày làm việc", "01 giờ")]
        let (report, project, server) = try await check(
            { path, _ in
                switch path {
                case "/nfd": .html(nfd)
                case "/old": .html(oldStyle)
                default: Reply(headers: [("Content-Type", "text/html; charset=windows-1258")], body: cp1258)
                }
            },
            units: { server in
                ["nfd", "old", "cp1258"].map { TestUnit(id: $0, url: server.url("/\($0)"), procedures: procedures) }
            })
        defer { project.remove() }
        await server.stop()
        for unit in ["nfd", "old", "cp1258"] {
            #expect(status(report, unit) == .posted, "\(unit): \(report.json())")
        }
    }

    @Test("content only in a comment or a script is not posted; a wrong turnaround is reported")
    func hiddenAndWrong() async throws {
        let hidden = "<!-- \(completeTable) --><script>var t = `\(completeTable)`;</script><p>Xem bảng</p>"
        let wrong = "<table><tr><td>Thủ tục cấp bản sao trích lục hộ tịch</td><td>01 ngày làm việc</td></tr></table>"
        let (report, project, server) = try await check(
            { path, _ in .html(path == "/hidden" ? hidden : wrong) },
            units: { server in
                [
                    TestUnit(id: "hidden", url: server.url("/hidden")),
                    TestUnit(id: "wrong", url: server.url("/wrong"), procedures: [TestUnit.quan12[1]]),
                ]
            })
        defer { project.remove() }
        await server.stop()
        #expect(status(report, "hidden") == .missing)
        let wrongUnit = try #require(report.campaigns.first?.units.first { $0.id == "wrong" })
        #expect(wrongUnit.status == .missing)
        #expect(wrongUnit.procedures.first?.nameFound == true)
        #expect(wrongUnit.procedures.first?.turnaroundFound == false)
        #expect(wrongUnit.procedures.first?.foundTurnaround == "01 ngày làm việc")
    }

    @Test("404 is unreachable; 500 then 200 is retried and posted; a redirect loop is unreachable")
    func httpErrors() async throws {
        let (report, project, server) = try await check(
            { path, attempt in
                switch path {
                case "/flaky": attempt == 1 ? Reply(status: .internalServerError) : .html(completeTable)
                case "/busy":
                    attempt == 1 ? Reply(status: .tooManyRequests, headers: [("Retry-After", "1")]) : .html(completeTable)
                case "/loop-a": Reply(status: .found, headers: [("Location", "/loop-b")])
                case "/loop-b": Reply(status: .found, headers: [("Location", "/loop-a")])
                case "/redirected": Reply(status: .movedPermanently, headers: [("Location", "/flaky-target")])
                case "/flaky-target": .html(completeTable)
                default: Reply(status: .notFound, body: Array("không tìm thấy".utf8))
                }
            },
            units: { server in
                [
                    TestUnit(id: "gone", url: server.url("/gone")),
                    TestUnit(id: "flaky", url: server.url("/flaky")),
                    TestUnit(id: "busy", url: server.url("/busy")),
                    TestUnit(id: "loop", url: server.url("/loop-a")),
                    TestUnit(id: "redirected", url: server.url("/redirected")),
                    TestUnit(id: "none", url: nil),
                ]
            })
        defer { project.remove() }
        let units = try #require(report.campaigns.first?.units)
        let gone = try #require(units.first { $0.id == "gone" })
        #expect(gone.status == .unreachable)
        #expect(gone.httpStatus == 404)
        #expect(gone.error == "http-404")
        #expect(gone.evidence != nil, "the error page is kept as evidence")
        #expect(status(report, "flaky") == .posted)
        #expect(server.requests("/flaky") == 2)
        #expect(status(report, "busy") == .posted)
        #expect(server.requests("/busy") == 2)
        let loop = try #require(units.first { $0.id == "loop" })
        #expect(loop.status == .unreachable)
        #expect(loop.error == "redirect-loop")
        #expect(status(report, "redirected") == .posted)
        let none = try #require(units.first { $0.id == "none" })
        #expect(none.status == .noURL && none.postingURL == nil && none.evidence == nil)
        #expect(report.summary.noURL == 1 && report.summary.unreachable == 2)
        await server.stop()
    }

    @Test("a response slower than the timeout is unreachable after its retries")
    func slow() async throws {
        var settings = quickSettings(timeout: .milliseconds(300))
        settings.retries = 1
        let (report, project, server) = try await check(
            { _, _ in
                var reply = Reply.html(completeTable)
                reply.delay = .seconds(2)
                return reply
            }, units: { [TestUnit(id: "slow", url: $0.url("/slow"))] }, settings: settings)
        defer { project.remove() }
        let unit = try #require(report.campaigns.first?.units.first)
        #expect(unit.status == .unreachable)
        #expect(unit.error == "timeout")
        #expect(server.requests("/slow") == 2, "one retry after the timeout")
        await server.stop()
    }

    @Test("a 100 MB body is cut at the cap and reported unreachable")
    func hugeBody() async throws {
        var settings = quickSettings(timeout: .seconds(20))
        settings.maxBodyBytes = 1024 * 1024
        let (report, project, server) = try await check(
            { _, _ in Reply(streamBytes: 100 * 1024 * 1024) },
            units: { [TestUnit(id: "huge", url: $0.url("/huge"))] }, settings: settings)
        defer { project.remove() }
        await server.stop()
        let unit = try #require(report.campaigns.first?.units.first)
        #expect(unit.status == .unreachable)
        #expect(unit.error == "body-too-large")
        let evidence = try #require(unit.evidence)
        let size = try FileManager.default.attributesOfItem(atPath: project.root.appendingPathComponent(evidence).path)[.size]
        #expect((size as? Int) == 1024 * 1024)
    }

    @Test("a PDF posting is read through poppler")
    func pdfPosting() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("niemyet-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(completeTable.utf8).write(to: folder.appendingPathComponent("p.html"))
        try PDFMaker.make(html: folder.appendingPathComponent("p.html"), pdf: folder.appendingPathComponent("p.pdf"))
        let pdf = try [UInt8](Data(contentsOf: folder.appendingPathComponent("p.pdf")))
        let (report, project, server) = try await check(
            { _, _ in Reply(headers: [("Content-Type", "application/pdf")], body: pdf) },
            units: { [TestUnit(id: "pdf", url: $0.url("/niem-yet.pdf"))] })
        defer { project.remove() }
        await server.stop()
        let unit = try #require(report.campaigns.first?.units.first)
        #expect(unit.status == .posted, "\(report.json())")
        #expect(unit.evidence?.hasSuffix("/pdf.pdf") == true)
    }

    @Test("evidence and sidecars are kept, never overwritten; a changed page is reported")
    func evidence() async throws {
        let server = try await TestServer.start { _, attempt in
            .html(attempt < 3 ? completeTable : completeTable.replacingOccurrences(of: "01 giờ", with: "02 giờ"))
        }
        let project = try TestProject(units: [TestUnit(id: "u", url: server.url("/u"))])
        defer { project.remove() }
        let loaded = try project.load()
        let date = ISO8601DateFormatter().date(from: "2026-11-22T03:00:00Z") ?? Date()
        let first = try await PostingCheck.run(loaded, CheckRequest(fetch: quickSettings(), checkedAt: date))
        let firstUnit = try #require(first.campaigns.first?.units.first)
        #expect(firstUnit.evidence == "evidence/2026-11-22/c/u.html")
        #expect(firstUnit.changed == nil)
        let sidecarURL = project.root.appendingPathComponent("evidence/2026-11-22/c/u.html.json")
        let record = try JSONDecoder().decode(EvidenceRecord.self, from: Data(contentsOf: sidecarURL))
        #expect(record.httpStatus == 200 && record.url == server.url("/u") && record.sha256.count == 64)
        let original = try Data(contentsOf: project.root.appendingPathComponent("evidence/2026-11-22/c/u.html"))

        let second = try await PostingCheck.run(loaded, CheckRequest(fetch: quickSettings(), checkedAt: date))
        let secondUnit = try #require(second.campaigns.first?.units.first)
        #expect(secondUnit.changed == false)
        #expect(secondUnit.evidence == firstUnit.evidence)

        let third = try await PostingCheck.run(loaded, CheckRequest(fetch: quickSettings(), checkedAt: date))
        let thirdUnit = try #require(third.campaigns.first?.units.first)
        #expect(thirdUnit.changed == true)
        #expect(thirdUnit.evidence == "evidence/2026-11-22/c/u.2.html")
        #expect(thirdUnit.status == .partial)
        #expect(try Data(contentsOf: project.root.appendingPathComponent("evidence/2026-11-22/c/u.html")) == original)
        let latest = try JSONDecoder().decode(
            CheckReport.self, from: Data(contentsOf: project.root.appendingPathComponent("evidence/latest.json")))
        #expect(latest == third)
        await server.stop()
    }

    @Test("no more connections to one host than the per-host limit")
    func perHostLimit() async throws {
        let inFlight = InFlight()
        let server = try await TestServer.start { _, _ in
            var reply = Reply.html(completeTable)
            reply.delay = .milliseconds(50)
            return reply
        }
        let project = try TestProject(units: (0..<12).map { TestUnit(id: "u\($0)", url: server.url("/u\($0)")) })
        defer { project.remove() }
        let slots = ConnectionSlots(total: 64, perHost: 3)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<12 {
                group.addTask {
                    await slots.acquire("h")
                    inFlight.enter()
                    try? await Task.sleep(for: .milliseconds(20))
                    inFlight.leave()
                    await slots.release("h")
                }
            }
        }
        #expect(inFlight.peak == 3)
        var settings = quickSettings()
        settings.maxPerHost = 2
        settings.userAgent = FetchSettings.userAgent(version: "0.1.0", contact: ["cchc@example.gov.vn", "028 1234 5678"])
        let report = try await PostingCheck.run(try project.load(), CheckRequest(fetch: settings))
        #expect(report.summary.posted == 12)
        #expect(server.peakInFlight == 2, "the server never answered more than 2 at once")
        #expect(server.userAgents == ["niemyet/0.1.0 (posting checker; cchc@example.gov.vn; 028 1234 5678)"])
        await server.stop()
    }
}

extension CheckTests {
    @Test("a self-signed certificate is refused unless --insecure")
    func certificates() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("niemyet-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = folder.appendingPathComponent("key.pem").path
        let cert = folder.appendingPathComponent("cert.pem").path
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        openssl.arguments = [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
        ]
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        let tls = TLSConfiguration.makeServerConfiguration(
            certificateChain: try NIOSSLCertificate.fromPEMFile(cert).map { .certificate($0) },
            privateKey: .privateKey(try NIOSSLPrivateKey(file: key, format: .pem)))
        let server = try await TestServer.start(tls: tls) { _, _ in .html(completeTable) }
        let project = try TestProject(units: [TestUnit(id: "tls", url: server.url("/tls"))])
        defer { project.remove() }
        let refused = try await PostingCheck.run(try project.load(), CheckRequest(fetch: quickSettings()))
        #expect(refused.campaigns.first?.units.first?.status == .unreachable)
        #expect(refused.campaigns.first?.units.first?.error == "certificate-invalid")
        var insecure = quickSettings()
        insecure.insecure = true
        let accepted = try await PostingCheck.run(try project.load(), CheckRequest(fetch: insecure))
        #expect(accepted.campaigns.first?.units.first?.status == .posted)
        await server.stop()
    }
}

/// Counts tasks inside a section and the most seen at once.
final class InFlight: Sendable {
    private let state = Mutex<(now: Int, peak: Int)>((0, 0))
    func enter() { state.withLock { $0.now += 1; $0.peak = max($0.peak, $0.now) } }
    func leave() { state.withLock { $0.now -= 1 } }
    var peak: Int { state.withLock { $0.peak } }
}
