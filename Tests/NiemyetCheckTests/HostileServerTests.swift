import Foundation
import NIOCore
import NIOHTTP1
import NiemyetCore
import NiemyetPosting
import Testing

@testable import NiemyetCheck

/// Servers on 127.0.0.1 that try to hang, exhaust or crash the checker: each posting
/// must end with a clear status within the configured limits.
// Serialized: compressing the gzip bomb keeps a core busy, and the trickle test bounds
// elapsed time, so they must not share the two cores with each other.
@Suite("The checker against hostile servers", .serialized)
struct HostileServerTests {
    func check(_ route: @escaping TestServer.Route, settings: FetchSettings) async throws -> (CheckReport.UnitResult, Duration) {
        let server = try await TestServer.start(route)
        let project = try TestProject(units: [TestUnit(id: "u", url: server.url("/start"))])
        defer { project.remove() }
        let clock = ContinuousClock()
        let started = clock.now
        let report = try await PostingCheck.run(try project.load(), CheckRequest(fetch: settings))
        let elapsed = clock.now - started
        await server.stop()
        return (try #require(report.campaigns.first?.units.first), elapsed)
    }

    @Test("an endless chain of fresh redirects stops at the redirect limit")
    func endlessRedirects() async throws {
        var settings = quickSettings()
        settings.maxRedirects = 5
        let (unit, _) = try await check(
            { path, _ in
                let next = (Int(path.split(separator: "/").last ?? "") ?? 0) + 1
                return Reply(status: .found, headers: [("Location", "/hop/\(next)")])
            }, settings: settings)
        #expect(unit.status == .unreachable)
        #expect(unit.error == "too-many-redirects")
    }

    @Test("a server that trickles one byte a second is cut off by the total timeout")
    func trickle() async throws {
        var settings = quickSettings(timeout: .seconds(2))
        settings.retries = 0
        let (unit, elapsed) = try await check(
            { _, _ in
                var reply = Reply.html(completeTable)
                reply.trickle = .seconds(1)
                return reply
            }, settings: settings)
        #expect(unit.status == .unreachable)
        #expect(unit.error == "timeout")
        #expect(elapsed < .seconds(10), "the read timeout alone would wait for every byte")
    }

    @Test("a gzip bomb is refused at the body cap, not inflated in memory")
    func gzipBomb() async throws {
        let inflated = 256 * 1024 * 1024
        let bomb = try gzip(zeros: inflated)
        #expect(bomb.count < 1024 * 1024)
        var settings = quickSettings(timeout: .seconds(20))
        settings.maxBodyBytes = 1024 * 1024
        let (unit, _) = try await check(
            { _, _ in
                Reply(
                    headers: [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")],
                    body: bomb)
            }, settings: settings)
        #expect(unit.status == .unreachable)
        #expect(unit.error == "body-too-large")
    }

    @Test("HTML nested 100,000 elements deep is read without a crash and ends with a status")
    func deepNesting() async throws {
        let depth = 100_000
        let page = "<!doctype html><html><body>" + String(repeating: "<div>", count: depth) + "Thủ tục sâu"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        // libxml2 stops at its depth limit (no HTML_PARSE_HUGE); the text above it is still read.
        let shallow = "<p>Thủ tục nông</p>" + page
        let blocks = try #require(PostingText.blocks(of: Data(shallow.utf8), kind: .html, contentType: "text/html"))
        #expect(blocks.first == "Thủ tục nông")
        let (unit, _) = try await check({ _, _ in .html(page) }, settings: quickSettings(timeout: .seconds(20)))
        #expect(unit.status == .missing, "a page without the procedures is missing them, whatever its depth")
    }

    /// `count` zero bytes, gzip-compressed by the system's gzip.
    func gzip(zeros count: Int) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "head -c \(count) /dev/zero | gzip -9"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}
