import Foundation
import Mustache
import NiemyetCore
import Testing

@testable import NiemyetSite

@Suite("Links, fingerprints and JSON")
struct PublishingTests {
    @Test(
        "relative links resolve to the site's files",
        arguments: [
            ("./", "index.html", "index.html"),
            ("../", "c/index.html", "index.html"),
            ("../assets/site.css", "c/index.html", "assets/site.css"),
            ("../../c/u/", "c/u/index.html", "c/u/index.html"),
            ("ket-qua/", "c/index.html", "c/ket-qua/index.html"),
            ("../data/c.json#top", "c/index.html", "data/c.json"),
            ("/assets/site.css", "404.html", "assets/site.css"),
            ("a%20b.pdf", "index.html", "a b.pdf"),
            // A colon after a slash is part of a path, not a scheme.
            ("x/y:z", "c/index.html", "c/x/y:z"),
        ])
    func resolves(link: String, page: String, expected: String) {
        #expect(LinkCheck.resolve(link, from: page, basePath: "/") == expected)
    }

    @Test("addresses outside the site are not checked", arguments: [
            "https://example.gov.vn/", "mailto:a@b.vn", "#main", "//cdn.example/x.js", "tel:028", "git+ssh://h/r",
            "a.b-c:x", "https://e.vn/?a=1&amp;b=2#k", "HTTP://E.VN", "ftp:",
        ])
    func external(link: String) {
        #expect(LinkCheck.resolve(link, from: "c/index.html", basePath: "/") == nil)
    }

    @Test("the 404 page's absolute links live under the base URL's path")
    func basePath() {
        #expect(LinkCheck.resolve("/cchc/thu-tuc/", from: "404.html", basePath: "/cchc/") == "thu-tuc/index.html")
    }

    @Test("only href and src values are read from a page")
    func targets() {
        let html = #"<a href="../x/">x</a><img alt="y" src="../i.png" /><p data-href="../no/">z</p><a href="https://e.vn/">e</a><a class="k"\#n href="../y.html">y</a>"#
        #expect(LinkCheck.targets(in: html, page: "c/index.html", basePath: "/") == ["i.png", "x/index.html", "y.html"])
    }

    @Test("a fingerprint is stable across runs and changes with any value")
    func fingerprints() {
        func digest(_ context: [String: Any]) -> String {
            var fingerprint = Fingerprint()
            fingerprint.combine(context: context)
            return fingerprint.hex
        }
        let context: [String: Any] = ["a": "x", "b": [["c": 1, "d": true]], "e": ["f": "g"]]
        #expect(digest(context) == digest(["e": ["f": "g"], "b": [["d": true, "c": 1]], "a": "x"]))
        #expect(digest(context) != digest(["a": "x", "b": [["c": 2, "d": true]], "e": ["f": "g"]]))
        #expect(digest(["a": "bc"]) != digest(["ab": "c"]))
        // Rows are read in place as `[[String: Any]]`: the digest is the one a list of any
        // other values would give them.
        let rows: [[String: Any]] = [["c": 1, "d": true], ["c": "x"]]
        #expect(digest(["b": rows]) == digest(["b": rows.map { $0 as Any }]))
        var empty = Fingerprint()
        empty.combine("")
        // FNV-1a of the separator byte alone: a constant, whatever the process.
        #expect(empty.hex.count == 16)
        #expect(empty.hex == { var again = Fingerprint(); again.combine(""); return again.hex }())
    }

    @Test("JSON is written with sorted keys and reads back the same")
    func json() throws {
        let value: [String: Any] = ["z": "Thủ tục \"đặc biệt\"\n", "a": [1, true, "x/y"], "m": ["k": "<script>&"]]
        let text = JSONText.text(value)
        #expect(text.hasPrefix(#"{"a":[1,true,"x/y"],"m":"#))
        let back = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(back["z"] as? String == "Thủ tục \"đặc biệt\"\n")
        let script = JSONText.script(value)
        #expect(!script.contains("<") && !script.contains("&") && !script.contains(">"))
        let fromScript = try #require(try JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any])
        #expect((fromScript["m"] as? [String: String])?["k"] == "<script>&")
    }

    @Test("JSON escapes every control character and keeps the text around each escape")
    func jsonEscapes() throws {
        let texts = ["\u{1}Việt\t\"", "a\u{1F}b\\c\r", "<>&", "\"", "", "Tiếng Việt"]
        let rows: [[String: Any]] = texts.map { ["t": $0] }
        for forScript in [false, true] {
            let written = forScript ? JSONText.script(["rows": rows]) : JSONText.text(["rows": rows])
            #expect(!written.unicodeScalars.contains { $0.value < 0x20 })
            let back = try #require(try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any])
            #expect((back["rows"] as? [[String: String]])?.map { $0["t"] } == texts)
        }
        #expect(JSONText.text("\u{1}") == #""\u0001""#)
    }

    @Test("XML escaping keeps markup characters as text and drops control characters")
    func xmlEscape() {
        #expect(Feeds.escape("a<b>&\"'\u{1}") == "a&lt;b&gt;&amp;&quot;&apos;")
        #expect(Feeds.escape("Tiếng Việt <b>\u{7}\t\r\n\u{1F}😀") == "Tiếng Việt &lt;b&gt;\t\r\n😀")
    }

    @Test("the manifest reads back what it wrote, and carries unread campaign sections over byte for byte")
    func manifest() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var site = Manifest.Section()
        site.entries["index.html"] = .init(fingerprint: "fedcba9876543210", targets: ["assets/site.css", "c/index.html"])
        site.files = ["index.html", "feed.xml", "assets/site.css"]
        var c = Manifest.Section()
        c.entries["c/index.html"] = .init(fingerprint: "0123456789abcdef", targets: ["assets/site.css", "index.html"])
        c.entries["c/u/index.html"] = .init(fingerprint: "0000000000000001", targets: ["index.html", "c/index.html"])
        c.files = ["c/index.html", "c/u/index.html", "data/c.json"]
        var d = Manifest.Section()
        // Enough targets to number them with two digits.
        d.entries["d/index.html"] = .init(fingerprint: "0000000000000002", targets: (0..<12).map { "posters/d/\($0).pdf" })
        d.files = Set(["d/index.html"] + (0..<12).map { "posters/d/\($0).pdf" })
        var manifest = Manifest()
        manifest.site = site
        manifest.campaigns = ["c": .init(key: "00000000000000aa", section: c), "d": .init(key: "", section: d)]
        let bytes = manifest.bytes
        try Data(bytes).write(to: folder.appendingPathComponent(Manifest.fileName))
        let read = Manifest.read(from: folder)
        #expect(read.site == site)
        #expect(read.campaigns["c"]?.key == "00000000000000aa" && read.campaigns["c"]?.section == c)
        #expect(read.campaigns["d"]?.key == "" && read.campaigns["d"]?.section == d)
        #expect(Set(read.campaigns.keys) == ["c", "d"])
        // Written again unread, and with one section made anew: the same bytes.
        #expect(read.bytes == bytes)
        var remade = read
        remade.campaigns["c"] = .init(key: "00000000000000aa", section: c)
        #expect(remade.bytes == bytes)
        #expect(Manifest.describes(folder))
        #expect(Manifest.read(from: folder.appendingPathComponent("missing")).campaigns.isEmpty)

        // A section that names a target its table lacks reads as empty: its pages are made
        // again. A file cut short, or of another format (an older niemyet's), is no
        // manifest at all.
        let text = String(decoding: bytes, as: UTF8.self)
        // The first such line is c's (campaigns come first): same length, unknown target.
        let first = try #require(text.range(of: "\t0,1\n"))
        let damaged = text.replacingCharacters(in: first, with: "\t0,7\n")
        #expect(Manifest.parse(Array(damaged.utf8))?.campaigns["c"]?.section == Manifest.Section())
        #expect(Manifest.parse(Array(bytes.dropLast(3))) == nil)
        #expect(Manifest.parse(Array(bytes.prefix { $0 != UInt8(ascii: "S") })) == nil)
        try Data("niemyet-manifest 4\nP\tindex.html\tfedcba9876543210\t\n".utf8).write(
            to: folder.appendingPathComponent(Manifest.fileName))
        #expect(Manifest.read(from: folder).site.entries.isEmpty && !Manifest.describes(folder))
    }
}

@Suite("The spare copy a build starts from")
struct SpareTests {
    @Test("a site's spare is made of hard links, whole, only when there is none and only for a site niemyet built")
    func prepared() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("spare-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appendingPathComponent("public", isDirectory: true)
        let spare = parent.appendingPathComponent(".niemyet/site-spare/public", isDirectory: true)
        let files = ["index.html", "a/index.html", "a/b/index.html", "assets/site.css"]
        for file in files {
            let url = site.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.utf8).write(to: url)
        }
        // Not built by niemyet (no manifest): no spare.
        SiteBuilder.prepareSpare(for: site)
        #expect(!FileManager.default.fileExists(atPath: spare.path))

        var manifest = Manifest()
        manifest.site.files = Set(files)
        try Data(manifest.bytes).write(to: site.appendingPathComponent(Manifest.fileName))
        SiteBuilder.prepareSpare(for: site)
        for file in files + [Manifest.fileName] {
            var original = stat()
            var copy = stat()
            #expect(stat(site.appendingPathComponent(file).path, &original) == 0)
            #expect(stat(spare.appendingPathComponent(file).path, &copy) == 0, "\(file)")
            #expect(original.st_ino == copy.st_ino, "\(file) is not a hard link")
        }
        #expect(Manifest.describes(spare))
        // Nothing left under another name, and .niemyet/ kept out of git.
        #expect(try FileManager.default.contentsOfDirectory(atPath: spare.deletingLastPathComponent().path) == ["public"])
        #expect(FileManager.default.fileExists(atPath: parent.appendingPathComponent(".niemyet/.gitignore").path))

        // An existing spare is left as it is.
        try Data("kept".utf8).write(to: spare.appendingPathComponent("mine.txt"))
        SiteBuilder.prepareSpare(for: site)
        #expect(FileManager.default.fileExists(atPath: spare.appendingPathComponent("mine.txt").path))
    }
}

@Suite("Labels, dates and the build's day")
struct LabelTests {
    @Test("numbers take the reader's thousands separator")
    func numbers() {
        #expect(SiteLabels.table(for: .vi).number(229_642) == "229.642")
        #expect(SiteLabels.table(for: .en).number(1_234_567) == "1,234,567")
        #expect(SiteLabels.table(for: .vi).number(999) == "999")
        #expect(SiteLabels.table(for: .vi).number(0) == "0")
    }

    @Test("periods are written the Vietnamese way")
    func periods() throws {
        let start = try #require(LocalDate(iso: "2021-06-01"))
        let end = try #require(LocalDate(iso: "2021-07-01"))
        #expect(SiteLabels.table(for: .vi).period(start, end) == "Từ ngày 1 tháng 6 năm 2021 đến ngày 1 tháng 7 năm 2021")
        #expect(SiteLabels.table(for: .en).period(start, end) == "From 1 June 2021 to 1 July 2021")
    }

    @Test("both languages have the same labels")
    func sameKeys() {
        #expect(Set(SiteLabels.vietnamese.keys) == Set(SiteLabels.english.keys))
    }

    @Test("a campaign is upcoming before its start, running through its end day, then past")
    func status() throws {
        let start = try #require(LocalDate(iso: "2022-05-15"))
        let end = try #require(LocalDate(iso: "2022-06-15"))
        #expect(CampaignStatus(start: start, end: end, today: start.adding(days: -1)) == .upcoming)
        #expect(CampaignStatus(start: start, end: end, today: start) == .running)
        #expect(CampaignStatus(start: start, end: end, today: end) == .running)
        #expect(CampaignStatus(start: start, end: end, today: end.adding(days: 1)) == .past)
    }

    @Test("today is the day in Vietnam, UTC+7")
    func clock() {
        // 2024-06-01 18:00 UTC is already 2 June in Hà Nội.
        #expect(LocalDate.today(now: Date(timeIntervalSince1970: 1_717_264_800)).iso == "2024-06-02")
        #expect(LocalDate.today(now: Date(timeIntervalSince1970: 1_717_200_000)).iso == "2024-06-01")
    }

    @Test(
        "templates escape exactly as swift-mustache's own HTML escaping, only faster",
        arguments: [
            "Thủ tục đăng ký khai sinh", "<script>alert('x')</script>", "a & b \"c\" <d> 'e'", "", "&amp;", "Phường 1 > 2",
            "nga\u{300}y <b>", "😀 & 👍🏽",
        ])
    func escaping(text: String) throws {
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        let plain = try MustacheTemplate(string: "{{value}}")
        let ours = try MustacheTemplate(string: HTMLEscaping.pragma + "{{value}}")
        #expect(HTMLEscaping().escapeText(text) == plain.render(["value": text]))
        #expect(ours.render(["value": text]) == plain.render(["value": text]))
    }

    @Test("text renders as itself: escaped, unescaped, and as a section, empty text included")
    func textValues() throws {
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        let template = try MustacheTemplate(
            string: HTMLEscaping.pragma + "{{v}}|{{{v}}}|{{#v}}[{{.}}]{{/v}}|{{^v}}none{{/v}}|{{#e}}[{{.}}]{{/e}}|{{^e}}none{{/e}}|{{n}}")
        let rendered = template.render(["v": "<b>'Việt'", "e": "", "n": 3] as [String: Any])
        #expect(rendered == "&lt;b&gt;&#39;Việt&#39;|<b>'Việt'|[&lt;b&gt;&#39;Việt&#39;]||[]||3")
    }


    @Test("inside a section opened by text, names come from the enclosing values: text has no named parts")
    func namesInsideTextSections() throws {
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        // `count`, `isEmpty` and `first` are properties of a Swift String, not values.
        let template = try MustacheTemplate(
            string: HTMLEscaping.pragma + "{{#rows}}{{#code}}{{name}} ({{.}}) [{{count}}{{isEmpty}}{{first}}]; {{/code}}{{/rows}}")
        let rows: [[String: Any]] = [["code": "1.001", "name": "A & B"], ["code": "", "name": "C"], ["name": "D"]]
        let rendered = template.render(["rows": rows, "count": "n"] as [String: Any])
        #expect(rendered == "A &amp; B (1.001) [n]; C () [n]; ")
    }
    @Test("templates specialized to the labels and site values render as the templates do, and are left alone where they must be")
    func specialized() throws {
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        let labels = ["nav_home": "Trang chủ <a> & 'b'", "braces": "x {{y}}", "empty": ""]
        let site = ["title": "Phường \"Mẫu\""]
        let constants = ["labels": labels, "site": site]
        let context: [String: Any] = ["labels": labels, "site": site, "rows": [["name": "r1"], ["name": "r2"]]]
        let templates = [
            "<a>{{labels.nav_home}}</a>|{{{labels.nav_home}}}|{{& labels.nav_home }}|{{ site.title }}",
            "{{#rows}}{{name}}: {{labels.nav_home}};{{/rows}}{{^rows}}none{{/rows}}",
            "{{labels.braces}}|{{labels.missing}}|{{labels.empty}}|{{other.title}}|{{labels.a.b}}|{{#site.title}}yes{{/site.title}}",
            "{{! a comment naming {{labels.nav_home}} }}{{=<% %>=}}<% labels.nav_home %>{{labels.nav_home}}",
            "unclosed {{labels.nav_home",
            "{{{labels.nav_home}}|{{&site.title}}|x}}{{site.title}}}{{labels.empty}}|Phường {{ labels.nav_home\t}} cuối",
        ]
        for text in templates {
            let special = Theme.specialize(text, with: constants)
            let rendered = try? MustacheTemplate(string: HTMLEscaping.pragma + special).render(context)
            let original = try? MustacheTemplate(string: HTMLEscaping.pragma + text).render(context)
            #expect(rendered == original, "\(text)")
        }
        // Constants are written in; a value with braces, an unknown name and a section stay tags.
        #expect(Theme.specialize(templates[0], with: constants) == "<a>Trang chủ &lt;a&gt; &amp; &#39;b&#39;</a>|Trang chủ <a> & 'b'|Trang chủ <a> & 'b'|Phường &quot;Mẫu&quot;")
        #expect(Theme.specialize(templates[2], with: constants).hasPrefix("{{labels.braces}}|{{labels.missing}}||{{other.title}}|{{labels.a.b}}|{{#site.title}}"))
        #expect(Theme.specialize(templates[4], with: constants) == templates[4])
        #expect(Theme.specialize("", with: constants) == "" && Theme.specialize("{{", with: constants) == "{{")
        // A template that changes its delimiters is left whole.
        #expect(Theme.specialize(templates[3], with: constants) == templates[3])
    }
}
