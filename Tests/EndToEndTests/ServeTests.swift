import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite("niemyet serve: the local preview with live reload")
struct ServeTests {
    static let campaignPage = "/2021-thang-cao-diem-quan-12/"
    static let campaignFile = "Campaigns/2021-thang-cao-diem-quan-12/campaign.md"
    static let campaignTitle = "Tháng cao điểm thực hiện chủ đề năm 2021"

    /// The sample project with a few more asset types for the content-type checks.
    static func project() throws -> ProjectFolder {
        let project = try ProjectFolder.samples()
        // A 1x1 PNG, a small SVG and a one-page PDF, copied into assets/ by the build.
        let png = Data(
            base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
        try project.write("Site/assets/logo.png", try #require(png))
        try project.write(
            "Site/assets/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"><rect width=\"1\" height=\"1\"/></svg>\n")
        try project.write("Site/assets/guide.pdf", "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
        return project
    }

    /// The build version a page was served from, read from its reload script's address.
    static func version(of page: PreviewProcess.Fetched) throws -> String {
        let tree = XMLTree(data: page.body)
        if let error = tree.error { throw error }
        let scripts = tree.all("script").compactMap { $0["src"] }.filter { $0.hasPrefix("/_niemyet/reload.js?v=") }
        try #require(scripts.count == 1, "one reload script per page: \(scripts)")
        return String(scripts[0].dropFirst("/_niemyet/reload.js?v=".count))
    }

    /// The local addresses of sockets listening on the port, from the kernel's table.
    static func listeningAddresses(table: String, hexPort: String) throws -> [String] {
        var addresses: [String] = []
        for line in try String(contentsOfFile: table, encoding: .utf8).split(separator: "\n").dropFirst() {
            let fields = line.split(separator: " ")
            guard fields.count > 3, fields[3] == "0A" else { continue }
            let local = String(fields[1])
            if local.hasSuffix(":" + hexPort) { addresses.append(local) }
        }
        return addresses
    }

    @Test("serves the built site on 127.0.0.1 only, with the reload script and the right types")
    func servesSite() async throws {
        let project = try Self.project()
        defer { project.remove() }
        let server = try PreviewProcess(project: project)
        defer { server.finish() }

        #expect(server.url.absoluteString == "http://127.0.0.1:\(server.port)/")
        #expect(server.standardOutput == server.url.absoluteString + "\n", "only the address on standard output")

        // The listening socket is bound to 127.0.0.1, and to no IPv6 or wildcard address.
        let hexPort = String(format: "%04X", server.port)
        #expect(try Self.listeningAddresses(table: "/proc/net/tcp", hexPort: hexPort) == ["0100007F:" + hexPort])
        if FileManager.default.fileExists(atPath: "/proc/net/tcp6") {
            #expect(try Self.listeningAddresses(table: "/proc/net/tcp6", hexPort: hexPort).isEmpty)
        }

        let home = try await server.fetch("/")
        #expect(home.status == 200)
        #expect(home.contentType == "text/html; charset=utf-8")
        _ = try Self.version(of: home)

        let script = try await server.fetch("/_niemyet/reload.js")
        #expect(script.status == 200)
        #expect(script.contentType.hasPrefix("text/javascript"))
        #expect(script.text.contains("new EventSource(\"/_niemyet/events"))

        // A folder without its slash is redirected, so its relative links resolve.
        let redirect = try LoopbackConnection.get(String(Self.campaignPage.dropLast()), port: server.port)
        #expect(redirect.status == 301)
        #expect(redirect.head.contains("\r\nLocation: \(Self.campaignPage)"))
        let campaign = try await server.fetch(Self.campaignPage)
        #expect(campaign.status == 200)
        let heading = XMLTree(data: campaign.body).all("h1").map(\.allText)
        #expect(heading == [Self.campaignTitle])

        let types: [(String, String)] = [
            ("/assets/site.css", "text/css; charset=utf-8"),
            ("/assets/filter.js", "text/javascript; charset=utf-8"),
            ("/data/campaigns.json", "application/json; charset=utf-8"),
            ("/feed.xml", "application/xml; charset=utf-8"),
            ("/sitemap.xml", "application/xml; charset=utf-8"),
            ("/assets/logo.png", "image/png"),
            ("/assets/map.svg", "image/svg+xml; charset=utf-8"),
            ("/assets/guide.pdf", "application/pdf"),
            ("/thu-tuc/", "text/html; charset=utf-8"),
            ("/thu-tuc/thu-tuc-cap-ban-sao-trich-luc-ho-tich/", "text/html; charset=utf-8"),
        ]
        for (path, type) in types {
            let file = try await server.fetch(path)
            #expect(file.status == 200, "\(path)")
            #expect(file.contentType == type, "\(path)")
        }
        let served = try await server.fetch("/assets/logo.png")
        #expect(served.body == (try Data(contentsOf: project.url.appendingPathComponent("Site/assets/logo.png"))))

        // An unknown address gets the site's own 404 page, with status 404.
        let missing = try await server.fetch("/khong-co-trang-nay/")
        #expect(missing.status == 404)
        #expect(missing.contentType == "text/html; charset=utf-8")
        let notFound = try String(contentsOf: try server.siteFolder().appendingPathComponent("404.html"), encoding: .utf8)
        let withoutScript = missing.text.replacingOccurrences(
            of: "<script src=\"/_niemyet/reload.js?v=\(try Self.version(of: missing))\" defer=\"defer\"></script>\n", with: "")
        #expect(withoutScript == notFound)

        // A second preview on the same port says so and exits 1.
        let second = try Niemyet.run(["serve", "--port", "\(server.port)"], in: project.url)
        #expect(second.status == 1)
        #expect(second.stderr.contains("127.0.0.1:\(server.port)"))
        #expect(second.stdout.isEmpty)
    }

    @Test("an edit reloads open pages; a broken file shows its problems; fixing it recovers")
    func reloadErrorAndRecovery() async throws {
        let project = try Self.project()
        defer { project.remove() }
        let server = try PreviewProcess(project: project)
        defer { server.finish() }

        let before = try await server.fetch(Self.campaignPage)
        let version = try Self.version(of: before)

        // A page of an older build is told to reload at once; a current one is not.
        let stale = try EventListener(port: server.port, version: "older-build")
        #expect(stale.head().hasPrefix("HTTP/1.1 200"))
        #expect(stale.next(within: 5)?.name == "reload")
        let listener = try EventListener(port: server.port, version: version)
        let head = listener.head()
        #expect(head.lowercased().contains("content-type: text/event-stream"))
        #expect(listener.next(within: 0.5) == nil)

        // Edit the title: one reload, and the page has the new title.
        let original = try project.read(Self.campaignFile)
        let edited = original.replacingOccurrences(
            of: "title: \(Self.campaignTitle)", with: "title: Tháng cao điểm năm 2021 (đã sửa)")
        #expect(edited != original)
        try project.write(Self.campaignFile, edited)
        let reload = try #require(listener.next(within: 15), "no reload after an edit; stderr: \(server.stderr)")
        #expect(reload.name == "reload")
        #expect(reload.data != version)
        let after = try await server.fetch(Self.campaignPage)
        #expect(after.status == 200)
        #expect(XMLTree(data: after.body).all("h1").map(\.allText) == ["Tháng cao điểm năm 2021 (đã sửa)"])
        #expect(try Self.version(of: after) == reload.data)

        // Break it, with markup in the bad value: the pages list the problems instead.
        let broken = edited.replacingOccurrences(of: "start: 2021-06-01", with: "start: \"<b>2021-13-45</b>\"")
        #expect(broken != edited)
        try project.write(Self.campaignFile, broken)
        #expect(listener.next(within: 15)?.name == "reload", "no reload after breaking; stderr: \(server.stderr)")
        let expected = try project.diagnostics(lang: "vi")
        #expect(expected.status == 1)
        try #require(!expected.diagnostics.isEmpty)
        for path in [Self.campaignPage, "/", "/khong-co-trang-nay/"] {
            let page = try await server.fetch(path)
            #expect(page.status == 500, "\(path)")
            #expect(page.contentType == "text/html; charset=utf-8")
            #expect(!page.text.contains("<b>"), "the bad value must be escaped")
            let tree = XMLTree(data: page.body)
            #expect(tree.error == nil, "the problems page is well-formed")
            #expect(tree.all("html").first?["lang"] == "vi")
            let items = tree.all("li")
            let places = items.compactMap { $0.all("code").first?.allText }
            for diagnostic in expected.diagnostics {
                #expect(places.contains("\(diagnostic.file):\(diagnostic.line):\(diagnostic.column)"), "\(places)")
                #expect(items.contains { $0.allText.contains(diagnostic.message) }, "\(diagnostic.message)")
            }
            #expect(items.contains { $0.allText.contains("'<b>2021-13-45</b>'") })
            _ = try Self.version(of: page)
        }
        // The stylesheet of the last good build stays available meanwhile.
        #expect(try await server.fetch("/assets/site.css").status == 200)

        // Fix it: the open page reloads into the real page.
        try project.write(Self.campaignFile, original)
        #expect(listener.next(within: 15)?.name == "reload", "no reload after fixing; stderr: \(server.stderr)")
        let fixed = try await server.fetch(Self.campaignPage)
        #expect(fixed.status == 200)
        #expect(XMLTree(data: fixed.body).all("h1").map(\.allText) == [Self.campaignTitle])
    }

    @Test("an edit of one campaign, then of the shared units.yaml, reaches every page it shows on; each build says its time")
    func campaignThenRegistry() async throws {
        let project = try Self.project()
        defer { project.remove() }
        let server = try PreviewProcess(project: project)
        defer { server.finish() }
        let cityPage = "/2022-thang-hanh-dong-thanh-pho/khoi-cap-xa/"
        let block = "Khối cấp xã (phường, xã, thị trấn)"
        let before = try await server.fetch(cityPage)
        #expect(before.text.contains(block))
        let listener = try EventListener(port: server.port, version: try Self.version(of: before))
        _ = listener.head()

        // Only the 2021 campaign's files change: the preview loads it alone again, and the
        // other campaign's pages stay as they were.
        let original = try project.read(Self.campaignFile)
        try project.write(Self.campaignFile, original.replacingOccurrences(of: Self.campaignTitle, with: "Tháng cao điểm (sửa 1)"))
        #expect(listener.next(within: 15)?.name == "reload", "no reload after an edit; stderr: \(server.stderr)")
        let campaign = try await server.fetch(Self.campaignPage)
        #expect(XMLTree(data: campaign.body).all("h1").map(\.allText) == ["Tháng cao điểm (sửa 1)"])
        #expect(try await server.fetch(cityPage).text.contains(block))

        // The shared registry changes: every campaign is loaded again, and the unit the
        // city's campaign takes from it shows its new name.
        let units = try project.read("Campaigns/units.yaml")
        try project.write("Campaigns/units.yaml", units.replacingOccurrences(of: block, with: "Khối phường, xã (đã đổi tên)"))
        #expect(listener.next(within: 15)?.name == "reload", "no reload after units.yaml; stderr: \(server.stderr)")
        let city = try await server.fetch(cityPage)
        #expect(city.text.contains("Khối phường, xã (đã đổi tên)"))
        #expect(!city.text.contains(block))
        #expect(XMLTree(data: try await server.fetch(Self.campaignPage).body).all("h1").map(\.allText) == ["Tháng cao điểm (sửa 1)"])

        // The first build and the two after the edits each report how long they took.
        let times = server.stderr.matches(of: /\(dựng trong (\d+) ms\)/).count
        #expect(times >= 3, "\(server.stderr)")
    }

    @Test("a campaign folder copied in piece by piece, new subfolder included, is served whole once it stops changing")
    func newFolderCopiedSlowly() async throws {
        let project = try Self.project()
        defer { project.remove() }
        let server = try PreviewProcess(project: project)
        defer { server.finish() }
        _ = try await server.fetch("/")

        // A folder nothing watches yet: the campaign first, its unit a moment later in a
        // folder of its own, as a slow copy would write them.
        try project.write(
            "Campaigns/2024-dot-moi/campaign.md",
            """
            ---
            title: Đợt cao điểm mới
            organizer: Ủy ban nhân dân Quận 12
            start: 2024-06-03
            end: 2024-06-28
            ---

            Thông báo.
            """)
        try await Task.sleep(for: .milliseconds(150))
        try project.write("Campaigns/2024-dot-moi/units/phuong-moi.md", ProjectFolder.unitFile(name: "Phường Mới", reduced: "01 buổi"))

        var served = ""
        for _ in 0..<75 {
            let page = try await server.fetch("/2024-dot-moi/phuong-moi/")
            if page.status == 200, page.text.contains("Phường Mới") {
                served = page.text
                break
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        #expect(served.contains("Phường Mới"), "the new unit's page was never served; stderr: \(server.stderr)")
    }

    @Test("a project broken from the start shows its problems in the language asked for")
    func brokenAtStart() async throws {
        let project = try Self.project()
        defer { project.remove() }
        let campaign = try project.read(Self.campaignFile)
        try project.write(Self.campaignFile, campaign.replacingOccurrences(of: "end: 2021-07-01", with: "end: 2021-05-01"))
        let server = try PreviewProcess(project: project, arguments: ["--lang", "en"])
        defer { server.finish() }

        let expected = try project.diagnostics(lang: "en")
        try #require(!expected.diagnostics.isEmpty)
        let page = try await server.fetch("/")
        #expect(page.status == 500)
        let tree = XMLTree(data: page.body)
        #expect(tree.all("html").first?["lang"] == "en")
        let items = tree.all("li").map(\.allText)
        for diagnostic in expected.diagnostics {
            #expect(items.contains { $0.contains("\(diagnostic.file):\(diagnostic.line):\(diagnostic.column)") && $0.contains(diagnostic.message) })
        }
        let first = expected.diagnostics[0]
        #expect(server.stderr.contains("\(first.file):\(first.line):\(first.column)"), "the terminal lists the problems too")
    }

    @Test("requests outside the site folder are refused, symbolic links out included")
    func traversal() throws {
        let project = try Self.project()
        defer { project.remove() }
        let server = try PreviewProcess(project: project)
        defer { server.finish() }
        let site = try server.siteFolder()
        // Links placed in the served folder that point out of it.
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("leak").path, withDestinationPath: "/etc")
        try FileManager.default.createSymbolicLink(
            atPath: site.appendingPathComponent("settings.html").path,
            withDestinationPath: project.url.appendingPathComponent("Site/site.yaml").path)
        try FileManager.default.createSymbolicLink(
            atPath: site.appendingPathComponent("home.html").path, withDestinationPath: "index.html")

        let attempts = [
            "/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2e%2e%2fSite/site.yaml", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
            "/..%2f..%2f..%2fetc%2fpasswd", "/%2fetc%2fpasswd", "/..%5c..%5cetc%5cpasswd", "/a%00b", "/index.html%00.css",
            "/.niemyet-manifest", "/etc/passwd", "//etc/passwd", "http://127.0.0.1/../etc/passwd",
            "/leak/passwd", "/leak/", "/settings.html", "/assets/../../etc/passwd",
        ]
        for attempt in attempts {
            let answer = try LoopbackConnection.get(attempt, port: server.port)
            #expect([403, 404].contains(answer.status), "\(attempt) answered \(answer.status)")
            #expect(!answer.body.contains("root:"), "\(attempt) leaked /etc/passwd")
            #expect(!answer.body.contains("base_url"), "\(attempt) leaked site.yaml")
        }
        // A link that stays inside the folder is served.
        #expect(try LoopbackConnection.get("/home.html", port: server.port).status == 200)

        // Stopping with a page still listening ends the stream, and the private folder goes.
        let listener = try EventListener(port: server.port, version: "any")
        #expect(listener.head().hasPrefix("HTTP/1.1 200"))
        #expect(server.stop(within: 10), "the server did not stop on SIGTERM with a page listening")
        #expect(server.process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: site.deletingLastPathComponent().path))
    }

    @Test("completion scripts name every subcommand and match the committed ones; the man page too")
    func completions() throws {
        let dump = try Niemyet.run(["--experimental-dump-help"])
        struct Dump: Decodable {
            struct Command: Decodable {
                var commandName: String
                var subcommands: [Command]?
            }
            var command: Command
        }
        let names = try JSONDecoder().decode(Dump.self, from: Data(dump.stdout.utf8)).command.subcommands?.map(\.commandName) ?? []
        #expect(names.contains("serve"))
        let bash = try Niemyet.run(["--generate-completion-script", "bash"])
        #expect(bash.status == 0)
        for name in names {
            #expect(bash.stdout.contains(name), "\(name) missing from the bash completions")
        }
        let committed = ProjectFolder.repositoryRoot.appendingPathComponent("docs/completions")
        for (shell, file) in [("bash", "niemyet.bash"), ("zsh", "_niemyet"), ("fish", "niemyet.fish")] {
            let generated = try Niemyet.run(["--generate-completion-script", shell]).stdout
            let saved = try String(contentsOf: committed.appendingPathComponent(file), encoding: .utf8)
            #expect(generated == saved, "docs/completions/\(file) is out of date: run make completions")
        }
        let manual = try String(
            contentsOf: ProjectFolder.repositoryRoot.appendingPathComponent("docs/man/niemyet.1"), encoding: .utf8)
        for name in names where name != "help" {
            #expect(manual.contains(".It Em \(name)\n"), "\(name) missing from docs/man/niemyet.1: run make man")
        }
    }
}
