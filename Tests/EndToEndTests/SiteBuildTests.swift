import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// A parsed XML or XHTML document: the built pages are XHTML-clean, so Foundation's
/// XMLParser reads them as a real parser would, and tests ask about elements, not text.
final class XMLTree: NSObject, XMLParserDelegate {
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""
        weak var parent: Element?

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// Every element below this one (itself included) named `name`, in document order.
        func all(_ name: String) -> [Element] {
            (self.name == name ? [self] : []) + children.flatMap { $0.all(name) }
        }

        /// The text of this element and everything in it, white space collapsed.
        var allText: String {
            var parts: [String] = []
            func walk(_ element: Element) {
                parts.append(element.text)
                element.children.forEach(walk)
            }
            walk(self)
            return parts.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }

        subscript(_ attribute: String) -> String? { attributes[attribute] }
    }

    let root = Element(name: "#document", attributes: [:])
    private var current: Element
    private(set) var error: Error?

    init(data: Data) {
        current = root
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        if !parser.parse() { error = parser.parserError ?? CocoaError(.coderReadCorrupt) }
    }

    static func read(_ url: URL) throws -> XMLTree {
        let tree = XMLTree(data: try Data(contentsOf: url))
        if let error = tree.error { throw error }
        return tree
    }

    func all(_ name: String) -> [Element] { root.all(name) }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let element = Element(name: name, attributes: attributes)
        element.parent = current
        current.children.append(element)
        current = element
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        current = current.parent ?? root
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current.text += string }
}

/// A small project written for these tests: one campaign with two unit files.
extension ProjectFolder {
    static func siteFixture(title: String = "Tháng hành động năm 2024", body: String = "Nội dung thông báo.") throws
        -> ProjectFolder
    {
        let project = try ProjectFolder()
        try project.write(
            "Site/site.yaml",
            """
            title: Cải cách hành chính Phường Mẫu
            base_url: https://cchc.example.gov.vn/
            language: vi
            organization: Ủy ban nhân dân Phường Mẫu
            """)
        try project.write(
            "Campaigns/2024-thang-hanh-dong/campaign.md",
            """
            ---
            title: \(yamlQuoted(title))
            theme: Năm đẩy mạnh chuyển đổi số
            slogan: Cam kết, trách nhiệm và hành động
            organizer: Ủy ban nhân dân Phường Mẫu
            start: 2024-05-15
            end: 2024-06-15
            ---

            \(body)
            """)
        try project.write("Campaigns/2024-thang-hanh-dong/units/phuong-a.md", unitFile(name: "Phường A", reduced: "01 buổi"))
        try project.write("Campaigns/2024-thang-hanh-dong/units/phuong-b.md", unitFile(name: "Phường B", reduced: "02 giờ"))
        return project
    }

    /// A second campaign, without units: 2024-tuan-le, 20/5 to 20/6/2024.
    func writeWeekCampaign() throws {
        try write(
            "Campaigns/2024-tuan-le/campaign.md",
            """
            ---
            title: Tuần lễ giải quyết thủ tục ngay trong ngày
            theme: Năm đẩy mạnh chuyển đổi số
            slogan: Nhanh, đúng hẹn
            organizer: Ủy ban nhân dân Phường Mẫu
            start: 2024-05-20
            end: 2024-06-20
            ---

            Tuần lễ cao điểm.
            """)
    }

    /// Phường C in the week campaign: the fixture's procedure, spelt `birth` and with `code`
    /// when given, at 01 giờ (the fastest of all), and a certified copy at 01 buổi.
    func writeWeekUnit(birth: String = "Thủ tục đăng ký khai sinh", code: String? = nil) throws {
        try write(
            "Campaigns/2024-tuan-le/units/phuong-c.md",
            """
            ---
            name: Phường C
            block: ward
            posting_url: https://example.gov.vn/niem-yet
            procedures:
              - \(code.map { "code: \"\($0)\"\n    " } ?? "")name: \(birth)
                field: Hộ tịch
                standard: 01 ngày làm việc
                reduced: 01 giờ
              - name: Thủ tục chứng thực bản sao từ bản chính
                field: Chứng thực
                standard: 01 ngày làm việc
                reduced: 01 buổi
            ---
            """)
    }

    /// A unit registering one procedure (`procedure` as written in YAML, quoted or not).
    static func unitFile(name: String, reduced: String, procedure: String = "Thủ tục đăng ký khai sinh") -> String {
        """
        ---
        name: \(name)
        block: ward
        posting_url: https://example.gov.vn/niem-yet
        procedures:
          - name: \(procedure)
            field: Hộ tịch
            standard: 01 ngày làm việc
            reduced: \(reduced)
        ---

        \(name) niêm yết tại Bộ phận Một cửa.
        """
    }

    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Whether `public/` holds byte for byte what a build from scratch (into `fresh/`) with
    /// the same clock makes, manifest included.
    func matchesFreshBuild(clock: String) throws -> Bool {
        let fresh = try run("build", "--clock", clock, "--out", "fresh")
        guard fresh.status == 0 else { return false }
        return try snapshot("public") == snapshot("fresh")
    }

    /// Every file under `relative` with its bytes, for comparing whole outputs.
    func snapshot(_ relative: String = "public") throws -> [String: Data] {
        let base = url.appendingPathComponent(relative)
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])
        else { return files }
        for case let file as URL in walker where (try file.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(file.path.dropFirst(base.path.count + 1))] = try Data(contentsOf: file)
        }
        return files
    }

    func page(_ relative: String) throws -> XMLTree { try XMLTree.read(url.appendingPathComponent(relative)) }

    /// The file under `public/` that a relative link on the page `page` (also under
    /// `public/`) opens: a folder's `index.html`.
    static func target(of href: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in href.split(separator: "/") where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(String(part)) }
        }
        if href.isEmpty || href.hasSuffix("/") { parts.append("index.html") }
        return parts.joined(separator: "/")
    }

    /// The rows of a page's tables, each as the texts of its header and data cells.
    static func tableRows(of page: XMLTree) -> [[String]] {
        page.all("tbody").flatMap { $0.all("tr") }.map { row in row.all("th").map(\.allText) + row.all("td").map(\.allText) }
    }

    func json(_ relative: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url.appendingPathComponent(relative)))
        return try #require(object as? [String: Any])
    }
}

@Suite("niemyet build: the notice site")
struct SiteBuildTests {
    static let quan12 = "2021-thang-cao-diem-quan-12"
    static let city = "2022-thang-hanh-dong-thanh-pho"

    /// Phường B's procedure cut from 02 giờ to 01 giờ, then built with `--verbose`: the
    /// pages it lists as rendered again.
    static func editPhuongB(_ project: ProjectFolder) throws -> Set<String> {
        try project.write(
            "Campaigns/2024-thang-hanh-dong/units/phuong-b.md", ProjectFolder.unitFile(name: "Phường B", reduced: "01 giờ"))
        let edited = try project.run("build", "--clock", "2024-06-01", "--verbose")
        #expect(edited.status == 0, "\(edited.output)")
        return Set(edited.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") }.map { $0.trimmingCharacters(in: .whitespaces) })
    }

    /// The procedure index's links by their text (the procedure names), as files under `public/`.
    static func procedureLinks(in project: ProjectFolder, output: String = "public") throws -> [String: String] {
        let index = try project.page("\(output)/thu-tuc/index.html")
        var links: [String: String] = [:]
        for link in index.all("tbody").flatMap({ $0.all("a") }) {
            links[link.allText] = ProjectFolder.target(of: link["href"] ?? "", from: "thu-tuc/index.html")
        }
        return links
    }

    @Test("the sample project builds every page, Vietnamese first, with what the campaign files say")
    func samplePages() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let result = try project.run("build", "--clock", "2021-06-05")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stdout.contains("15 trang"), "\(result.stdout)")

        let home = try project.page("public/index.html")
        #expect(home.all("html").first?["lang"] == "vi")
        let sections = home.all("section")
        let running = try #require(sections.first { $0.all("h2").first?.allText == "Đang diễn ra" })
        let upcoming = try #require(sections.first { $0.all("h2").first?.allText == "Sắp diễn ra" })
        #expect(running.all("h3").map(\.allText) == ["Tháng cao điểm thực hiện chủ đề năm 2021"])
        #expect(upcoming.all("h3").map(\.allText).first?.hasPrefix("Tháng hành động") == true)
        #expect(running.allText.contains("Từ ngày 1 tháng 6 năm 2021 đến ngày 1 tháng 7 năm 2021"))
        #expect(running.allText.contains("Cam kết, trách nhiệm và hành động"))
        #expect(home.all("a").contains { $0["class"] == "skip-link" && $0["href"] == "#main" })
        #expect(home.all("main").first?["id"] == "main")

        let campaign = try project.page("public/\(Self.quan12)/index.html")
        #expect(campaign.all("h1").map(\.allText) == ["Tháng cao điểm thực hiện chủ đề năm 2021"])
        let table = try #require(campaign.all("table").first)
        #expect(table.all("caption").count == 1)
        #expect(table.all("th").filter { $0.parent?.parent?.name == "thead" }.allSatisfy { $0["scope"] == "col" })
        let rows = table.all("tbody").flatMap { $0.all("tr") }
        #expect(rows.count == 4)
        let transfer = try #require(rows.first { $0.allText.contains("chuyển trường") })
        #expect(transfer["data-unit"] == "ubnd-quan-12")
        #expect(transfer["data-block"] == "district")
        #expect(transfer.all("td").map(\.allText).contains("01 giờ"))
        #expect(transfer.all("td").map(\.allText).contains("01 ngày làm việc"))
        #expect(campaign.all("a").contains { $0["href"] == "../\(Self.quan12)/ubnd-quan-12/" })
        #expect(campaign.all("select").map { $0["id"] ?? "" } == ["filter-block", "filter-unit", "filter-field"])
        #expect(campaign.all("script").contains { $0["src"] == "../assets/filter.js" })
        let csp = campaign.all("meta").first { $0["http-equiv"] == "Content-Security-Policy" }?["content"] ?? ""
        #expect(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"))

        let ldText = try #require(campaign.all("script").first { $0["type"] == "application/ld+json" }?.text)
        let ld = try #require(try JSONSerialization.jsonObject(with: Data(ldText.utf8)) as? [String: Any])
        #expect(ld["@type"] as? String == "SpecialAnnouncement")
        #expect(ld["expires"] as? String == "2021-07-01")
        #expect((ld["governmentBenefitsInfo"] as? [String: Any])?["@type"] as? String == "GovernmentService")

        let unit = try project.page("public/\(Self.quan12)/ubnd-quan-12/index.html")
        #expect(unit.all("h1").map(\.allText) == ["Ủy ban nhân dân Quận 12"])
        #expect(unit.all("tbody").flatMap { $0.all("tr") }.count == 4)
        #expect(unit.all("nav").contains { $0["class"] == "breadcrumb" })

        let results = try project.page("public/\(Self.city)/ket-qua/index.html")
        let svg = try #require(results.all("svg").first)
        #expect(svg["role"] == "img")
        #expect(svg.all("rect").count == 8)
        let description = svg.all("desc").first?.allText ?? ""
        #expect(description.contains("229.642"), "\(description)")
        let blockRows = results.all("table").first?.all("tbody").first?.all("tr") ?? []
        #expect(blockRows.count == 4)
        #expect(results.all("tfoot").first?.allText.contains("694.309") == true)

        let index = try project.page("public/thu-tuc/index.html")
        #expect(index.all("tbody").first?.all("tr").count == 4)
        #expect(index.all("tbody").first?.all("a").count == 4)
        _ = try project.page("public/404.html")
        #expect(try project.read("public/robots.txt").contains("Sitemap: https://cchc.example.gov.vn/sitemap.xml"))
    }

    @Test("feed.xml, sitemap.xml and the open data hold the campaigns")
    func feedsAndData() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let result = try project.run("build", "--clock", "2021-06-05")
        #expect(result.status == 0, "\(result.output)")

        let feed = try project.page("public/feed.xml")
        #expect(feed.all("feed").first != nil)
        let entries = feed.all("entry")
        #expect(entries.count == 2)
        // Newest first: the city's 2022 action month was published 2022-04-22.
        #expect(entries.first?.all("title").first?.allText.hasPrefix("Tháng hành động") == true)
        let ids = entries.map { $0.all("id").first?.allText ?? "" }
        #expect(ids.contains("https://cchc.example.gov.vn/\(Self.quan12)/"))

        let locations = Set(try project.page("public/sitemap.xml").all("loc").map(\.allText))
        #expect(locations.contains("https://cchc.example.gov.vn/"))
        #expect(locations.contains("https://cchc.example.gov.vn/\(Self.quan12)/ubnd-quan-12/"))
        #expect(locations.contains("https://cchc.example.gov.vn/\(Self.city)/ket-qua/"))
        #expect(locations.contains("https://cchc.example.gov.vn/thu-tuc/thu-tuc-cap-ban-sao-trich-luc-ho-tich/"))
        #expect(locations.count == 14)

        let index = try project.json("public/data/campaigns.json")
        let campaigns = try #require(index["campaigns"] as? [[String: Any]])
        #expect(campaigns.map { $0["id"] as? String } == [Self.quan12, Self.city])
        #expect(campaigns.map { $0["status"] as? String } == ["running", "upcoming"])

        struct CampaignData: Decodable {
            struct Unit: Decodable {
                struct Procedure: Decodable { var name: String; var standard: String?; var reduced: String? }
                var id: String
                var name: String
                var procedures: [Procedure]
            }
            var title: String
            var start: String
            var units: [Unit]
        }
        let data = try JSONDecoder().decode(
            CampaignData.self,
            from: Data(contentsOf: project.url.appendingPathComponent("public/data/\(Self.quan12).json")))
        #expect(data.start == "2021-06-01")
        #expect(data.units.map(\.id) == ["ubnd-quan-12"])
        #expect(data.units.first?.procedures.map(\.reduced) == ["01 ngày làm việc", "01 ngày làm việc", "01 buổi", "01 giờ"])
    }

    @Test("two builds of the same input and clock are byte-identical")
    func reproducible() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        #expect(try project.run("build", "--clock", "2022-05-20", "--out", "first").status == 0)
        // The second build comes once the files have settled, so it reads them through the
        // load cache while the first decoded them: the output (manifest included) must not
        // depend on that.
        Thread.sleep(forTimeInterval: 1.2)
        #expect(try project.run("build", "--clock", "2022-05-20", "--out", "second").status == 0)
        let first = try project.snapshot("first")
        let second = try project.snapshot("second")
        #expect(first.count > 15)
        #expect(first == second)
        // Rebuilding in place (pages kept from the manifest) gives the same bytes too.
        #expect(try project.run("build", "--clock", "2022-05-20", "--out", "first").status == 0)
        #expect(try project.snapshot("first") == second)
        // Another day moves campaigns between running, upcoming and past.
        #expect(try project.run("build", "--clock", "2030-01-01", "--out", "third").status == 0)
        #expect(try project.snapshot("third")["index.html"] != first["index.html"])
    }

    @Test("invalid input exits 1, names the problem and leaves the previous public/ as it was")
    func invalidInputWritesNothing() throws {
        let project = try ProjectFolder.siteFixture()
        defer { project.remove() }
        #expect(try project.run("build", "--clock", "2024-06-01").status == 0)
        let before = try project.snapshot()
        #expect(!before.isEmpty)

        let campaign = try project.read("Campaigns/2024-thang-hanh-dong/campaign.md")
        try project.write(
            "Campaigns/2024-thang-hanh-dong/campaign.md", campaign.replacingOccurrences(of: "end: 2024-06-15", with: "end: 2024-04-01"))
        let result = try project.run("build", "--clock", "2024-06-01", "--lang", "en")
        #expect(result.status == 1)
        #expect(result.stderr.contains("campaign.md:"), "\(result.stderr)")
        #expect(result.stderr.contains("[end-before-start]"), "\(result.stderr)")
        #expect(try project.snapshot() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.url.path).filter { $0.hasPrefix(".public") }
        #expect(leftovers.isEmpty)

        // A fresh project with an error gets no public/ at all.
        let fresh = try ProjectFolder.siteFixture()
        defer { fresh.remove() }
        try fresh.write("Campaigns/2024-thang-hanh-dong/units/phuong-c.md", "---\nname: Phường C\nblock: ward\nprocedures:\n  - name: X\n    standard: 01 ngày\n    reduced: mai\n---\n")
        #expect(try fresh.run("build").status == 1)
        #expect(!fresh.exists("public"))
    }

    @Test("a broken internal link fails the build at its campaign file, nothing published")
    func brokenLink() throws {
        let project = try ProjectFolder.siteFixture(body: "Xem [hướng dẫn](../khong-co-trang/) trước khi nộp hồ sơ.")
        defer { project.remove() }
        let result = try project.run("build", "--clock", "2024-06-01", "--lang", "en")
        #expect(result.status == 1)
        #expect(result.stderr.contains("Campaigns/2024-thang-hanh-dong/campaign.md:1:1"), "\(result.stderr)")
        #expect(result.stderr.contains("khong-co-trang/index.html"), "\(result.stderr)")
        #expect(result.stderr.contains("[site-broken-link]"))
        #expect(!project.exists("public"))
    }

    @Test("a campaign whose folder name is a path of the site itself is refused, nothing published")
    func pathClash() throws {
        let project = try ProjectFolder.siteFixture()
        defer { project.remove() }
        try FileManager.default.moveItem(
            at: project.url.appendingPathComponent("Campaigns/2024-thang-hanh-dong"),
            to: project.url.appendingPathComponent("Campaigns/thu-tuc"))
        let result = try project.run("build", "--clock", "2024-06-01", "--lang", "en")
        #expect(result.status == 1)
        #expect(result.stderr.contains("Campaigns/thu-tuc/campaign.md:"), "\(result.stderr)")
        #expect(result.stderr.contains("[reserved-id]"), "validation refuses it before any page is rendered")
        #expect(!project.exists("public"))
    }

    @Test("HTML and JavaScript in titles and bodies render as text, never as markup")
    func payloadsAreText() throws {
        let title = #"<script>alert("t")</script> & <img src=x onerror=alert(1)>"#
        let body = """
            <script>alert('body')</script>

            <img src="x" onerror="alert(2)">

            [bấm vào đây](javascript:alert(3))
            """
        let project = try ProjectFolder.siteFixture(title: title, body: body)
        defer { project.remove() }
        let procedure = "<script>alert(5)</script> & <img src=x onerror=alert(6)> <b>"
        try project.write(
            "Campaigns/2024-thang-hanh-dong/units/phuong-a.md",
            ProjectFolder.unitFile(
                name: "\"<b onmouseover=alert(4)>Phường A</b>\"", reduced: "01 buổi", procedure: ProjectFolder.yamlQuoted(procedure)))
        let result = try project.run("build", "--clock", "2024-06-01")
        #expect(result.status == 0, "\(result.output)")
        let procedurePage = try #require(try Self.procedureLinks(in: project)[procedure])

        for path in [
            "public/index.html", "public/2024-thang-hanh-dong/index.html", "public/2024-thang-hanh-dong/phuong-a/index.html",
            "public/thu-tuc/index.html", "public/" + procedurePage,
        ] {
            let page = try project.page(path)
            // Only the site's own scripts: the JSON-LD block and the filter script file.
            for script in page.all("script") {
                #expect(script["type"] == "application/ld+json" || script["src"]?.hasSuffix("assets/filter.js") == true, "\(path)")
            }
            #expect(page.all("img").isEmpty, "\(path)")
            #expect(page.all("b").isEmpty, "\(path)")
            #expect(!page.all("a").contains { $0["href"]?.lowercased().hasPrefix("javascript:") == true }, "\(path)")
            let attributes = page.root.all("html").first.map { collectAttributes($0) } ?? []
            #expect(!attributes.contains { $0.key.lowercased().hasPrefix("on") }, "\(path)")
        }
        let campaign = try project.page("public/2024-thang-hanh-dong/index.html")
        #expect(campaign.all("h1").first?.allText == title)
        #expect(campaign.all("title").first?.allText.hasPrefix(title) == true)
        let unit = try project.page("public/2024-thang-hanh-dong/phuong-a/index.html")
        #expect(unit.all("h1").first?.allText == "<b onmouseover=alert(4)>Phường A</b>")
        let ldText = try #require(campaign.all("script").first { $0["type"] == "application/ld+json" }?.text)
        #expect(!ldText.contains("<"))
        let ld = try #require(try JSONSerialization.jsonObject(with: Data(ldText.utf8)) as? [String: Any])
        #expect(ld["name"] as? String == title)
        let index = try project.page("public/thu-tuc/index.html")
        #expect(index.all("tbody").flatMap { $0.all("th") }.map(\.allText).contains(procedure))
        let ownPage = try project.page("public/" + procedurePage)
        #expect(ownPage.all("h1").first?.allText == procedure)
        #expect(ownPage.all("title").first?.allText.hasPrefix(procedure) == true)
        #expect(ownPage.all("meta").first { $0["name"] == "description" }?["content"]?.hasPrefix(procedure) == true)
    }

    private func collectAttributes(_ element: XMLTree.Element) -> [(key: String, value: String)] {
        element.attributes.map { ($0.key, $0.value) } + element.children.flatMap(collectAttributes)
    }

    @Test("after editing one unit file, only the pages that show it are rendered again")
    func incremental() throws {
        let project = try ProjectFolder.siteFixture()
        defer { project.remove() }
        let first = try project.run("build", "--clock", "2024-06-01", "--verbose")
        #expect(first.status == 0, "\(first.output)")
        #expect(first.stdout.contains("7 trang (7 dựng mới, 0 giữ nguyên)"), "\(first.stdout)")

        let unchanged = try project.run("build", "--clock", "2024-06-01", "--verbose")
        #expect(unchanged.stdout.contains("(0 dựng mới, 7 giữ nguyên)"), "\(unchanged.stdout)")

        // Phường B's 01 giờ is now the procedure's fastest time, shown on the index too.
        #expect(
            try Self.editPhuongB(project) == [
                "2024-thang-hanh-dong/index.html", "2024-thang-hanh-dong/phuong-b/index.html",
                "thu-tuc/thu-tuc-dang-ky-khai-sinh/index.html", "thu-tuc/index.html",
            ])
        let unit = try project.page("public/2024-thang-hanh-dong/phuong-b/index.html")
        #expect(unit.all("td").map(\.allText).contains("01 giờ"))
        // The kept pages are the same bytes as a build from scratch.
        #expect(try project.matchesFreshBuild(clock: "2024-06-01"))
    }

    @Test("the procedure index has a row a procedure, spellings folded, sorted by name; each procedure's page a row a campaign, newest first")
    func procedureIndex() throws {
        let project = try ProjectFolder.siteFixture()
        defer { project.remove() }
        try project.writeWeekCampaign()
        // The same procedure in capitals and decomposed (NFD) Unicode, with a code, beside
        // another procedure whose name sorts first.
        let decomposed = "THỦ TỤC ĐĂNG KÝ KHAI SINH".decomposedStringWithCanonicalMapping
        try project.writeWeekUnit(birth: decomposed, code: "1.001193")
        // Phường A registers it in both campaigns, first in the week in lower case.
        try project.write(
            "Campaigns/2024-tuan-le/units/phuong-a.md",
            ProjectFolder.unitFile(name: "Phường A", reduced: "01 buổi", procedure: "thủ tục đăng ký khai sinh"))
        try project.write(
            "Campaigns/procedures.yaml",
            """
            - code: "1.001193"
              name: Thủ tục đăng ký khai sinh
              field: Hộ tịch
              standard: 01 ngày làm việc
            """)
        let built = try project.run("build", "--clock", "2024-06-01")
        #expect(built.status == 0, "\(built.output)")
        let index = try project.page("public/thu-tuc/index.html")
        #expect(
            ProjectFolder.tableRows(of: index) == [
                ["Thủ tục chứng thực bản sao từ bản chính", "Chứng thực", "1", "1", "01 buổi"],
                // The spelling of the newest campaign's (started 20/5) first registration, the
                // first code given; two campaigns, three different units, the fastest time of all.
                ["thủ tục đăng ký khai sinh (1.001193)", "Hộ tịch", "2", "3", "01 giờ"],
            ], "\(ProjectFolder.tableRows(of: index))")
        let links = index.all("tbody").flatMap { $0.all("a") }.map { $0["href"] ?? "" }
        #expect(links == ["../thu-tuc/thu-tuc-chung-thuc-ban-sao-tu-ban-chinh/", "../thu-tuc/thu-tuc-dang-ky-khai-sinh/"])

        let birth = try project.page("public/thu-tuc/thu-tuc-dang-ky-khai-sinh/index.html")
        #expect(birth.all("h1").map(\.allText) == ["thủ tục đăng ký khai sinh"])
        #expect(
            ProjectFolder.tableRows(of: birth) == [
                // Two units in each campaign; the fastest reduced time of the two is shown.
                ["Tuần lễ giải quyết thủ tục ngay trong ngày", "2", "01 ngày làm việc", "01 giờ"],
                ["Tháng hành động năm 2024", "2", "01 ngày làm việc", "02 giờ"],
            ], "\(ProjectFolder.tableRows(of: birth))")
        #expect(birth.all("tbody").flatMap { $0.all("a") }.map { $0["href"] ?? "" } == ["../../2024-tuan-le/", "../../2024-thang-hanh-dong/"])
        #expect(Self.facts(of: birth) == ["1.001193", "Hộ tịch"])
        let certified = try project.page("public/thu-tuc/thu-tuc-chung-thuc-ban-sao-tu-ban-chinh/index.html")
        #expect(ProjectFolder.tableRows(of: certified) == [["Tuần lễ giải quyết thủ tục ngay trong ngày", "1", "01 ngày làm việc", "01 buổi"]])
        #expect(Self.facts(of: certified) == ["Không có", "Chứng thực"])
    }

    /// The values of a page's list of facts (a procedure's code and field).
    static func facts(of page: XMLTree) -> [String] {
        page.all("dl").filter { $0["class"] == "facts" }.flatMap { $0.all("dd") }.map(\.allText)
    }

    @Test("every procedure of the sample project has its page, linked from the index, with its campaign's registration")
    func sampleProcedurePages() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let result = try project.run("build", "--clock", "2021-06-05")
        #expect(result.status == 0, "\(result.output)")
        // What Campaigns/2021-thang-cao-diem-quan-12/campaign.md registers for its one unit:
        // name, field, standard and reduced turnaround.
        let registered = [
            ("Thủ tục tạm ngừng hoạt động hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh", "03 ngày làm việc", "01 ngày làm việc"),
            ("Thủ tục chấm dứt hoạt động hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh", "03 ngày làm việc", "01 ngày làm việc"),
            ("Thủ tục cấp bản sao trích lục hộ tịch", "Hộ tịch", "01 ngày làm việc", "01 buổi"),
            ("Thủ tục chuyển trường đối với học sinh trung học cơ sở", "Giáo dục và Đào tạo", "01 ngày làm việc", "01 giờ"),
        ]
        let campaignTitle = "Tháng cao điểm thực hiện chủ đề năm 2021"
        let index = try project.page("public/thu-tuc/index.html")
        let links = try Self.procedureLinks(in: project)
        #expect(Set(links.keys) == Set(registered.map(\.0)))
        // No procedure page the index does not link.
        let folders = try FileManager.default.contentsOfDirectory(atPath: project.url.appendingPathComponent("public/thu-tuc").path)
        #expect(Set(folders.filter { $0 != "index.html" }.map { "thu-tuc/\($0)/index.html" }) == Set(links.values))

        for (name, field, standard, reduced) in registered {
            let row = index.all("tbody").flatMap { $0.all("tr") }.first { $0.all("a").first?.allText == name }
            #expect(row.map { $0.all("td").map(\.allText) } == [field, "1", "1", reduced], "\(name)")
            let path = try #require(links[name])
            let page = try project.page("public/" + path)
            #expect(page.all("h1").map(\.allText) == [name])
            #expect(page.all("title").first?.allText.hasPrefix(name) == true)
            #expect(Self.facts(of: page) == ["Không có", field])
            #expect(ProjectFolder.tableRows(of: page) == [[campaignTitle, "1", standard, reduced]], "\(path)")
            let table = try #require(page.all("table").first)
            #expect(table.all("caption").map(\.allText) == ["Các chiến dịch đăng ký thủ tục"])
            #expect(table.all("thead").flatMap { $0.all("th") }.allSatisfy { $0["scope"] == "col" })
            #expect(table.all("tbody").flatMap { $0.all("th") }.allSatisfy { $0["scope"] == "row" })
            #expect(page.all("main").first?["id"] == "main")
            #expect(page.all("a").contains { $0["class"] == "skip-link" && $0["href"] == "#main" })
            // Home > the procedure index > this procedure; then the way back to the index.
            let crumbs = try #require(page.all("nav").first { $0["class"] == "breadcrumb" })
            #expect(crumbs.all("li").map(\.allText) == ["Trang chủ", "Danh mục thủ tục trong các chiến dịch", name])
            #expect(crumbs.all("a").map { ProjectFolder.target(of: $0["href"] ?? "", from: path) } == ["index.html", "thu-tuc/index.html"])
            let back = try #require(page.all("main").first?.all("a").last)
            #expect(back.allText == "Về danh mục thủ tục")
            #expect(ProjectFolder.target(of: back["href"] ?? "", from: path) == "thu-tuc/index.html")
            // Every link of the page opens a file of the site.
            for href in page.all("a").compactMap({ $0["href"] }) where !href.hasPrefix("#") && !href.contains(":") {
                #expect(project.exists("public/" + ProjectFolder.target(of: href, from: path)), "\(path): \(href)")
            }
            #expect(
                page.all("tbody").flatMap { $0.all("a") }.map { ProjectFolder.target(of: $0["href"] ?? "", from: path) }
                    == ["\(Self.quan12)/index.html"])
        }
    }

    @Test("procedures whose slugs collide get -2, -3 in sorted order, whichever file names them first")
    func slugCollision() throws {
        let project = try ProjectFolder.siteFixture()
        defer { project.remove() }
        // Three names that fold apart (tone marks, a colon) but slug alike.
        let names = ["Thủ tục: đăng ký khai sinh", "Thủ tục đăng ký khai sinh", "Thu tuc dang ky khai sinh"]
        func build(_ names: [String], out: String) throws -> [String: String] {
            for (unit, name) in zip(["phuong-a", "phuong-b", "phuong-c"], names) {
                try project.write(
                    "Campaigns/2024-thang-hanh-dong/units/\(unit).md",
                    ProjectFolder.unitFile(name: unit, reduced: "01 buổi", procedure: ProjectFolder.yamlQuoted(name)))
            }
            let result = try project.run("build", "--clock", "2024-06-01", "--out", out)
            #expect(result.status == 0, "\(result.output)")
            return try Self.procedureLinks(in: project, output: out)
        }
        let expected = [
            "Thu tuc dang ky khai sinh": "thu-tuc/thu-tuc-dang-ky-khai-sinh/index.html",
            "Thủ tục đăng ký khai sinh": "thu-tuc/thu-tuc-dang-ky-khai-sinh-2/index.html",
            "Thủ tục: đăng ký khai sinh": "thu-tuc/thu-tuc-dang-ky-khai-sinh-3/index.html",
        ]
        #expect(try build(names, out: "first") == expected)
        #expect(try build(names.reversed(), out: "second") == expected)
        for (name, path) in expected {
            #expect(try project.page("second/" + path).all("h1").map(\.allText) == [name])
        }
    }

    @Test("an edit the index does not show renders its unit, its campaign and that one procedure's page again, nothing else")
    func incrementalProcedurePage() throws {
        let project = try ProjectFolder.siteFixture()
        defer { project.remove() }
        try project.writeWeekCampaign()
        try project.writeWeekUnit()  // Phường C: the procedure at 01 giờ, the fastest of all
        let first = try project.run("build", "--clock", "2024-06-01")
        #expect(first.status == 0, "\(first.output)")
        let index = try project.read("public/thu-tuc/index.html")

        // Phường B's 01 giờ is the fastest in its campaign now, and no faster than Phường C's.
        #expect(
            try Self.editPhuongB(project) == [
                "2024-thang-hanh-dong/index.html", "2024-thang-hanh-dong/phuong-b/index.html",
                "thu-tuc/thu-tuc-dang-ky-khai-sinh/index.html",
            ])
        #expect(try project.read("public/thu-tuc/index.html") == index)
        let page = try project.page("public/thu-tuc/thu-tuc-dang-ky-khai-sinh/index.html")
        #expect(ProjectFolder.tableRows(of: page).last == ["Tháng hành động năm 2024", "2", "01 ngày làm việc", "01 giờ"])
        #expect(try project.matchesFreshBuild(clock: "2024-06-01"))
    }

    @Test("campaigns whose files did not change are kept whole, yet every input outside their files still reaches their pages")
    func unchangedCampaigns() throws {
        let project = try ProjectFolder.siteFixture()
        defer { project.remove() }
        try project.writeWeekCampaign()
        try project.write("Campaigns/2024-tuan-le/units/phuong-c.md", ProjectFolder.unitFile(name: "Phường C", reduced: "01 buổi"))
        func registry(address: String) throws {
            try project.write(
                "Campaigns/units.yaml",
                """
                - id: phuong-a
                  name: Phường A
                  block: ward
                - id: phuong-b
                  name: Phường B
                  block: ward
                - id: phuong-c
                  name: Phường C
                  block: ward
                  address: \(address)
                """)
        }
        try registry(address: "Số 1 Lê Lợi")
        // Let files settle before builds, so that campaigns are read through the load cache
        // (the other tests here build straight after writing, without it).
        func settle() { Thread.sleep(forTimeInterval: 1.2) }
        func build(_ clock: String = "2024-06-01") throws -> String {
            let result = try project.run("build", "--clock", clock, "--verbose")
            #expect(result.status == 0, "\(result.output)")
            return result.stdout
        }
        func unchanged(_ count: Int) -> String { "Chiến dịch không có gì thay đổi (giữ nguyên cả thư mục, không dựng lại): \(count)." }
        func unitPage(_ path: String) throws -> String { try project.page("public/\(path)/index.html").root.allText }
        settle()

        // The first build has nothing to compare with; the second keeps both campaigns
        // from the published site, the third from the spare copy.
        #expect(try build().contains(unchanged(0)))
        #expect(try build().contains(unchanged(2)))
        let third = try build()
        #expect(third.contains(unchanged(2)) && third.contains("(0 dựng mới, 9 giữ nguyên)"), "\(third)")
        #expect(try project.read("public/.niemyet-manifest").contains("C\t2024-tuan-le\t"))

        // A unit file edited: its campaign is planned again, the other one kept.
        try project.write(
            "Campaigns/2024-thang-hanh-dong/units/phuong-b.md", ProjectFolder.unitFile(name: "Phường B", reduced: "01 giờ"))
        settle()
        let edited = try build()
        #expect(edited.contains(unchanged(1)) && edited.contains("  2024-thang-hanh-dong/phuong-b/index.html"), "\(edited)")
        #expect(try unitPage("2024-thang-hanh-dong/phuong-b").contains("01 giờ"))

        // The shared registry, the checker's report, the build's day and the site's
        // settings live outside the campaign folders; each still reaches the pages.
        // A new address for phuong-c replans its campaign only.
        try registry(address: "Số 9 Hàm Nghi")
        settle()
        #expect(try build().contains(unchanged(1)))
        #expect(try unitPage("2024-tuan-le/phuong-c").contains("Số 9 Hàm Nghi"))

        try project.write(
            "evidence/latest.json",
            #"{"checked_at": "2024-06-03T10:00:00Z", "campaigns": [{"id": "2024-tuan-le", "units": [{"id": "phuong-c", "status": "partial"}]}]}"#)
        let checked = try build()
        #expect(checked.contains(unchanged(0)), "\(checked)")
        #expect(try unitPage("2024-tuan-le/phuong-c").contains("Niêm yết chưa đầy đủ"))

        #expect(try build("2024-06-18").contains(unchanged(1)))
        let past = try project.page("public/2024-thang-hanh-dong/index.html")
        #expect(past.all("p").contains { $0["class"] == "status status-past" })

        try project.write("Site/site.yaml", "title: Cổng thông tin Phường Mẫu\nbase_url: https://cchc.example.gov.vn/\nlanguage: vi\n")
        #expect(try build("2024-06-18").contains(unchanged(0)))
        #expect(try unitPage("2024-tuan-le/phuong-c").contains("Cổng thông tin Phường Mẫu"))

        // A page taken out of the spare copy by hand is linked or made again, never
        // published missing.
        #expect(try build("2024-06-18").contains(unchanged(2)))
        try FileManager.default.removeItem(
            at: project.url.appendingPathComponent(".niemyet/site-spare/public/2024-tuan-le/phuong-c/index.html"))
        #expect(try build("2024-06-18").contains(unchanged(2)))
        #expect(project.exists("public/2024-tuan-le/phuong-c/index.html"))

        // What was kept is byte for byte what a build from scratch makes.
        #expect(try project.matchesFreshBuild(clock: "2024-06-18"))
    }

    @Test("a build that starts from the spare copy never writes through the published files, drops what is gone and equals a fresh build")
    func recycledSpare() throws {
        let project = try ProjectFolder.siteFixture()
        defer { project.remove() }
        let page = "2024-thang-hanh-dong/phuong-b/index.html"
        let poster = "posters/2024-thang-hanh-dong/phuong-b.pdf"
        #expect(try project.run("build", "--clock", "2024-06-01").status == 0)
        // The second build keeps every page (hard links to the first site's files) and
        // leaves the first site as the spare.
        #expect(try project.run("build", "--clock", "2024-06-01").status == 0)
        #expect(project.exists(".niemyet/site-spare/public/\(page)"))

        // A reader's view of the published page and poster: links to the same files.
        let readers = project.url.appendingPathComponent("readers")
        try FileManager.default.createDirectory(at: readers, withIntermediateDirectories: true)
        for (name, path) in [("page", page), ("poster", poster)] {
            #expect(link(project.url.appendingPathComponent("public/" + path).path, readers.appendingPathComponent(name).path) == 0)
        }
        let pageBefore = try Data(contentsOf: readers.appendingPathComponent("page"))
        let posterBefore = try Data(contentsOf: readers.appendingPathComponent("poster"))

        // The third build starts from the spare, whose files share those inodes.
        try project.write(
            "Campaigns/2024-thang-hanh-dong/units/phuong-b.md", ProjectFolder.unitFile(name: "Phường B", reduced: "01 giờ"))
        let edited = try project.run("build", "--clock", "2024-06-01", "--verbose")
        #expect(edited.status == 0, "\(edited.output)")
        #expect(try Data(contentsOf: readers.appendingPathComponent("page")) == pageBefore)
        #expect(try Data(contentsOf: readers.appendingPathComponent("poster")) == posterBefore)
        #expect(try project.read("public/" + page).contains("01 giờ"))
        #expect(try Data(contentsOf: project.url.appendingPathComponent("public/" + poster)) != posterBefore)

        // A unit that is gone takes its page, folder and poster with it; files put into
        // public/ by hand come back with the spare but are not published again.
        try FileManager.default.removeItem(at: project.url.appendingPathComponent("Campaigns/2024-thang-hanh-dong/units/phuong-a.md"))
        try project.write("public/ghi-tay.txt", "thêm bằng tay")
        try project.write("public/thu-muc-rieng/trang.html", "<p>riêng</p>")
        for _ in 1...2 {
            let built = try project.run("build", "--clock", "2024-06-01")
            #expect(built.status == 0, "\(built.output)")
        }
        #expect(!project.exists("public/2024-thang-hanh-dong/phuong-a"))
        #expect(!project.exists("public/posters/2024-thang-hanh-dong/phuong-a.pdf"))
        #expect(!project.exists("public/ghi-tay.txt") && !project.exists("public/thu-muc-rieng"))
        #expect(try project.matchesFreshBuild(clock: "2024-06-01"))
    }

    @Test("a campaign that is gone takes its files with it, and links to them from campaigns kept whole are checked again")
    func campaignGone() throws {
        // The first campaign's notice links to the second campaign's page.
        let project = try ProjectFolder.siteFixture(body: "Xem thêm [tuần lễ](../2024-tuan-le/).")
        defer { project.remove() }
        try project.writeWeekCampaign()
        Thread.sleep(forTimeInterval: 1.2)
        for _ in 1...3 { #expect(try project.run("build", "--clock", "2024-06-01").status == 0) }
        #expect(project.exists("public/2024-tuan-le/index.html") && project.exists("public/data/2024-tuan-le.json"))
        let before = try project.snapshot()

        // The first campaign is kept whole (its files did not change), yet its link now
        // points nowhere: the build fails there and publishes nothing.
        try FileManager.default.removeItem(at: project.url.appendingPathComponent("Campaigns/2024-tuan-le"))
        let broken = try project.run("build", "--clock", "2024-06-01", "--lang", "en", "--verbose")
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("Campaigns/2024-thang-hanh-dong/campaign.md:1:1"), "\(broken.stderr)")
        #expect(broken.stderr.contains("2024-tuan-le/index.html") && broken.stderr.contains("[site-broken-link]"))
        #expect(try project.snapshot() == before)

        // Without the link, the gone campaign's pages, open data and posters go too.
        try project.write(
            "Campaigns/2024-thang-hanh-dong/campaign.md",
            try project.read("Campaigns/2024-thang-hanh-dong/campaign.md").replacingOccurrences(
                of: "Xem thêm [tuần lễ](../2024-tuan-le/).", with: "Nội dung thông báo."))
        for _ in 1...2 { #expect(try project.run("build", "--clock", "2024-06-01").status == 0) }
        #expect(!project.exists("public/2024-tuan-le") && !project.exists("public/data/2024-tuan-le.json"))
        #expect(!project.exists("public/posters/2024-tuan-le"))
        #expect(try project.matchesFreshBuild(clock: "2024-06-01"))
    }

    @Test("Site/templates and Site/assets override the built-in theme")
    func themeOverride() throws {
        let project = try ProjectFolder.siteFixture()
        defer { project.remove() }
        try project.write(
            "Site/templates/home.mustache",
            """
            {{>head}}
            <main id="main"><h1>Trang riêng của {{site.title}}</h1>{{#groups}}{{#items}}<p class="own">{{cardTitle}}</p>{{/items}}{{/groups}}</main>
            {{>foot}}
            """)
        try project.write("Site/assets/site.css", "body { color: #000; }\n")
        try project.write("Site/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
        let result = try project.run("build", "--clock", "2024-06-01")
        #expect(result.status == 0, "\(result.output)")
        let home = try project.page("public/index.html")
        #expect(home.all("h1").first?.allText == "Trang riêng của Cải cách hành chính Phường Mẫu")
        #expect(home.all("p").filter { $0["class"] == "own" }.map(\.allText) == ["Tháng hành động năm 2024"])
        #expect(try project.read("public/assets/site.css") == "body { color: #000; }\n")
        #expect(project.exists("public/assets/logo.svg"))
        #expect(project.exists("public/assets/filter.js"))

        try project.write("Site/templates/unit.mustache", "{{#rows}}\n")
        let broken = try project.run("build", "--clock", "2024-06-01", "--lang", "en")
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("Site/templates/unit.mustache:"), "\(broken.stderr)")
        #expect(broken.stderr.contains("[site-template-invalid]"))
    }

    @Test("unit pages show the checker's status from evidence/latest.json, and build without it")
    func checkStatus() throws {
        let project = try ProjectFolder.siteFixture()
        defer { project.remove() }
        try project.write(
            "evidence/latest.json",
            """
            {"checked_at": "2024-06-03T10:00:00Z", "campaigns": [{"id": "2024-thang-hanh-dong", "units": [
              {"id": "phuong-a", "status": "partial", "http_status": 200, "procedures": []},
              {"id": "phuong-b", "status": 42}
            ]}], "summary": {"units": 2}}
            """)
        #expect(try project.run("build", "--clock", "2024-06-05").status == 0)
        let unitA = try project.page("public/2024-thang-hanh-dong/phuong-a/index.html")
        let check = try #require(unitA.all("section").first { $0["class"]?.contains("check-partial") == true })
        #expect(check.allText.contains("Niêm yết chưa đầy đủ"))
        #expect(check.allText.contains("ngày 3 tháng 6 năm 2024"))
        let unitB = try project.page("public/2024-thang-hanh-dong/phuong-b/index.html")
        #expect(!unitB.all("section").contains { $0["class"]?.hasPrefix("check") == true })

        try project.write("evidence/latest.json", "{ not json")
        #expect(try project.run("build", "--clock", "2024-06-05").status == 0)
        let plain = try project.page("public/2024-thang-hanh-dong/phuong-a/index.html")
        #expect(!plain.all("section").contains { $0["class"]?.hasPrefix("check") == true })
    }

    @Test("language: en in site.yaml gives English labels and dates")
    func englishSite() throws {
        let project = try ProjectFolder.siteFixture()
        defer { project.remove() }
        let settings = try project.read("Site/site.yaml").replacingOccurrences(of: "language: vi", with: "language: en")
        try project.write("Site/site.yaml", settings)
        #expect(try project.run("build", "--clock", "2024-06-01").status == 0)
        let home = try project.page("public/index.html")
        #expect(home.all("html").first?["lang"] == "en")
        #expect(home.all("h2").map(\.allText).contains("Running now"))
        #expect(home.allTextContains("From 15 May 2024 to 15 June 2024"))
        let index = try project.page("public/thu-tuc/index.html")
        #expect(index.all("caption").map(\.allText) == ["Procedures registered in the campaigns"])
        #expect(index.all("thead").flatMap { $0.all("th") }.map(\.allText) == ["Procedure", "Field", "Campaigns", "Units", "Shortest reduced"])
        let procedure = try project.page("public/thu-tuc/thu-tuc-dang-ky-khai-sinh/index.html")
        #expect(procedure.all("caption").map(\.allText) == ["Campaigns that registered the procedure"])
        #expect(procedure.all("li").map(\.allText).contains("Procedures across campaigns"))
        #expect(procedure.all("a").last?.allText == "Back to the procedure index")
        #expect(ProjectFolder.tableRows(of: procedure) == [["Tháng hành động năm 2024", "2", "1 working day", "2 hours"]])
    }

    @Test("a --clock that is not a date is a usage error, exit 2")
    func badClock() throws {
        let project = try ProjectFolder.siteFixture()
        defer { project.remove() }
        let result = try project.run("build", "--clock", "1/6/2024")
        #expect(result.status == 2)
        #expect(!project.exists("public"))
    }
}

extension XMLTree {
    func allTextContains(_ text: String) -> Bool { root.allText.contains(text) }
}

/// The browser check: real Chromium, real axe-core, the pages served on 127.0.0.1.
@Suite("niemyet build: the pages in a browser")
struct SiteBrowserTests {
    static let python = ProjectFolder.repositoryRoot.appendingPathComponent(".venv/bin/python")
    static let script = ProjectFolder.repositoryRoot.appendingPathComponent("Tests/Browser/axe_check.py")
    static let onCI = ProcessInfo.processInfo.environment["CI"] == "true"
    static let toolsPresent =
        FileManager.default.isExecutableFile(atPath: python.path)
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo")

    /// Skipped only off CI when the tools are missing (`scripts/install-deps.sh test`
    /// installs them); on CI a missing browser fails.
    @Test(
        "home, campaign, unit, results and procedure pages have no WCAG 2 A/AA violation in axe-core, fit 320 px, print on A4",
        .enabled(if: toolsPresent || onCI))
    func axe() throws {
        try #require(Self.toolsPresent, "Chromium, chromedriver or .venv (selenium, axe-selenium-python) missing: run scripts/install-deps.sh test")
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        #expect(try project.run("build", "--clock", "2021-06-05").status == 0)
        let artefacts = ProjectFolder.repositoryRoot.appendingPathComponent(".build/test-artefacts/site")
        let process = Process()
        process.executableURL = Self.python
        process.arguments = [
            Self.script.path, project.url.appendingPathComponent("public").path, artefacts.path,
            "index.html", "2021-thang-cao-diem-quan-12/index.html", "2021-thang-cao-diem-quan-12/ubnd-quan-12/index.html",
            "2022-thang-hanh-dong-thanh-pho/ket-qua/index.html", "thu-tuc/index.html",
            "thu-tuc/thu-tuc-chuyen-truong-doi-voi-hoc-sinh-trung-hoc-co-so/index.html",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(text)")
        let reports = text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(reports.count == 6, "\(text)")
        for report in reports {
            #expect((report["violations"] as? [Any])?.isEmpty == true, "\(report)")
            #expect((report["passes"] as? Int ?? 0) > 10, "\(report)")
            for shot in report["screenshots"] as? [String] ?? [] {
                #expect(FileManager.default.fileExists(atPath: shot), "\(shot)")
            }
        }

        // Printed, the campaign page is A4 with its content and without the navigation.
        let pdf = artefacts.appendingPathComponent("2021-thang-cao-diem-quan-12_index.pdf").path
        let info = try Self.tool("/usr/bin/pdfinfo", [pdf])
        #expect(info.contains("(A4)"), "\(info)")
        let printed = try Self.tool("/usr/bin/pdftotext", ["-layout", pdf, "-"])
        #expect(printed.contains("Tháng cao điểm thực hiện chủ đề năm 2021"))
        #expect(printed.contains("01 giờ"))
        #expect(!printed.contains("huyệ\n"), "words are not broken in print")
        #expect(!printed.contains("Tin mới (Atom)"), "navigation is not printed")
        #expect(!printed.contains("Lọc bảng thủ tục"), "filters are not printed")
    }

    /// The standard output of a command-line tool (poppler-utils).
    static func tool(_ path: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
