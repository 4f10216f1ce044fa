import Foundation
import Testing

/// Every file under `folder`, by path relative to it, with its bytes: two snapshots are
/// equal only when the trees are byte-for-byte the same. Nil when the folder is missing.
func treeSnapshot(_ folder: URL) -> [String: Data]? {
    guard FileManager.default.fileExists(atPath: folder.path),
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
    else { return nil }
    var files: [String: Data] = [:]
    let base = folder.standardizedFileURL.path + "/"
    for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
        let path = url.standardizedFileURL.path
        files[path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path] = try? Data(contentsOf: url)
    }
    return files
}

/// Starts `niemyet arguments...` in `folder`, SIGKILLs it after `delay` seconds, and
/// says whether the kill landed (false when the command had already finished).
func killed(_ arguments: [String], in folder: URL, after delay: Double) throws -> Bool {
    let process = Process()
    process.executableURL = Niemyet.binary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: delay)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    return process.terminationReason == .uncaughtSignal
}

@Suite("Builds and checks killed at random points lose nothing")
struct InterruptionTests {
    @Test("a build SIGKILLed at 10 random points leaves public/ whole: the previous site, or the new one once swapped")
    func build() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let arguments = ["build", ".", "--clock", "2021-06-15"]
        let clock = ContinuousClock()
        let started = clock.now
        let first = try project.run(arguments[0], arguments[1], arguments[2], arguments[3])
        #expect(first.status == 0, "\(first.output)")
        let duration = clock.now - started
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        let public_ = project.url.appendingPathComponent("public")
        var published = try #require(treeSnapshot(public_))
        #expect(published.keys.contains("index.html"))
        #expect(published.keys.contains { $0.hasSuffix(".pdf") }, "posters are published in the same swap")

        let campaign = "Campaigns/2021-thang-cao-diem-quan-12/campaign.md"
        // The site each attempt would publish, built to completion elsewhere first: the
        // build is deterministic for a fixed --clock, so a kill after the swap must leave
        // exactly this.
        let reference = FileManager.default.temporaryDirectory.appendingPathComponent("niemyet-ref-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: reference) }
        var generator = SystemRandomNumberGenerator()
        var kills = 0
        var keptPrevious = 0
        // Kills are drawn from [0, window]. A rebuild reuses unchanged pages and posters, so
        // it swaps well before the first, full build's time (and under ThreadSanitizer its
        // exit takes long after the swap): once a kill lands after the swap, or the build
        // has finished, later kills are drawn from before that moment.
        var window = seconds * 1.2
        for attempt in 1...10 {
            try project.write(campaign, try project.read(campaign) + "\nĐoạn thêm lần \(attempt).\n")
            try? FileManager.default.removeItem(at: reference)
            let built = try Niemyet.run(arguments + ["--out", reference.path], in: project.url)
            #expect(built.status == 0, "\(built.output)")
            let next = try #require(treeSnapshot(reference))
            let delay = Double.random(in: 0...window, using: &generator)
            if try killed(arguments, in: project.url, after: delay) {
                kills += 1
                let now = try #require(treeSnapshot(public_), "public/ vanished after a kill at \(delay) s")
                #expect(now == published || now == next, "public/ is neither the previous site nor the new one after a kill at \(delay) s of \(seconds) s")
                if now == published {
                    keptPrevious += 1
                } else {
                    published = now
                    window = delay
                }
            } else {
                // The build finished before the kill: its site is the one to keep from now on.
                let now = try #require(treeSnapshot(public_))
                #expect(now != published, "a finished build publishes the change")
                published = now
                window = delay
            }
        }
        #expect(kills > 0 && keptPrevious > 0, "no kill landed before a swap, in a build of \(seconds) s")

        let last = try project.run(arguments[0], arguments[1], arguments[2], arguments[3])
        #expect(last.status == 0, "\(last.output)")
        let html = try project.read("public/2021-thang-cao-diem-quan-12/index.html")
        #expect(html.contains("Đoạn thêm lần 10."))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.url.path).filter { $0.hasPrefix(".public.") }
        #expect(leftovers.isEmpty, "staging folders of killed builds are cleared: \(leftovers)")
    }

    @Test("a check SIGKILLed while a slow server answers keeps earlier evidence intact")
    func check() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let arguments = ["check", "--campaign", "2021-thang-cao-diem-quan-12", "--format", "json"]
        let first = try Niemyet.run(arguments, in: project.url)
        #expect(first.status == 0, "\(first.output)")
        let evidence = project.url.appendingPathComponent("evidence")
        let kept = try #require(treeSnapshot(evidence))
        #expect(kept.keys.contains("latest.json") && kept.count >= 3)

        let server = try slowServer(seconds: 2)
        defer { server.stop() }
        let units = try project.read("Campaigns/units.yaml").replacingOccurrences(
            of: "posting_url: Campaigns/2021-thang-cao-diem-quan-12/niem-yet/ubnd-quan-12.html",
            with: "posting_url: http://127.0.0.1:\(server.port)/niem-yet.html")
        try project.write("Campaigns/units.yaml", units)
        var generator = SystemRandomNumberGenerator()
        for _ in 1...5 {
            let delay = Double.random(in: 0.05...2.5, using: &generator)
            _ = try killed(arguments, in: project.url, after: delay)
            let now = try #require(treeSnapshot(evidence))
            for (path, data) in kept where path != "latest.json" {
                #expect(now[path] == data, "\(path) changed or vanished after a kill at \(delay) s")
            }
            let latest = try #require(now["latest.json"])
            #expect(throws: Never.self) { try JSONDecoder().decode(CheckDocument.self, from: latest) }
        }
        let finished = try Niemyet.run(arguments + ["--timeout", "10"], in: project.url)
        #expect(finished.status == 0, "\(finished.output)")
        let unit = try #require(
            try JSONDecoder().decode(CheckDocument.self, from: Data(finished.stdout.utf8)).campaigns.first?.units.first)
        #expect(unit.status == "posted" && unit.http_status == 200, "a later check over HTTP still succeeds")
    }
}

/// A python server on 127.0.0.1 that waits `seconds` before answering every request with
/// the sample unit's full posting.
func slowServer(seconds: Double) throws -> LoopbackPythonServer {
    let posting = ProjectFolder.repositoryRoot
        .appendingPathComponent("Campaigns/2021-thang-cao-diem-quan-12/niem-yet/ubnd-quan-12.html")
    return try LoopbackPythonServer(
        script: """
            import time
            body = open(sys.argv[2], "rb").read()
            class Slow(http.server.BaseHTTPRequestHandler):
                def do_GET(self):
                    time.sleep(float(sys.argv[3]))
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                def log_message(self, *args): pass
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Slow)
            publish(server)
            server.serve_forever()
            """,
        arguments: [posting.path, String(seconds)])
}
