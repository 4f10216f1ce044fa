import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Script, markup, SVG and CSS payloads, as an attacker would paste them into a field.
let payloads = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "<svg onload=alert(3)>",
    "\"><script>alert(4)</script>",
    "</style><script>alert(5)</script>",
    "javascript:alert(6)",
    "'onmouseover='alert(7)",
]

@Suite("Hostile content never reaches a reader as active content")
struct HostileContentTests {
    /// A campaign whose every text field carries a payload, and whose body carries raw
    /// HTML and dangerous links.
    func hostileProject() throws -> ProjectFolder {
        let project = try ProjectFolder()
        try project.write(
            "Site/site.yaml",
            """
            title: \(ProjectFolder.yamlQuoted("Trang " + payloads[0]))
            base_url: https://cchc.example.gov.vn/
            language: vi
            organization: \(ProjectFolder.yamlQuoted("Ủy ban " + payloads[3]))
            """)
        let q = ProjectFolder.yamlQuoted
        try project.write(
            "Campaigns/2024-thang-hanh-dong/campaign.md",
            """
            ---
            title: \(q("Tháng hành động " + payloads[0]))
            theme: \(q(payloads[1]))
            slogan: \(q(payloads[2]))
            summary: \(q(payloads[4]))
            courtesy: \(q(payloads[6]))
            organizer: \(q("Ủy ban " + payloads[3]))
            start: 2024-05-15
            end: 2024-06-15
            activities:
              - title: \(q("Tuần lễ " + payloads[2]))
                start: 2024-05-20
                end: 2024-05-24
                summary: \(q("Tóm tắt " + payloads[1] + " [bấm](javascript:alert(8)) <a href=\"data:text/html,x\">d</a>"))
            ---

            Đoạn mở đầu.

            <script>alert(9)</script>

            <img src="x" onerror="alert(10)">

            <svg onload="alert(11)"><circle r="1"/></svg>

            <style>body { background: url(javascript:alert(12)) }</style>

            [liên kết](javascript:alert(13)) [dữ liệu](data:text/html;base64,PHNjcmlwdD5hbGVydCgxNCk8L3NjcmlwdD4=)
            [vb](vbscript:msgbox(15)) ![ảnh](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMTYpPjwvc3ZnPg==)

            Văn bản <b onclick="alert(17)">đậm</b> "><script>alert(18)</script>
            """)
        try project.write(
            "Campaigns/2024-thang-hanh-dong/units/phuong-a.md",
            """
            ---
            name: \(q("Phường A " + payloads[0]))
            block: ward
            posting_url: https://example.gov.vn/niem-yet?q="><script>alert(19)</script>
            procedures:
              - name: \(q("Thủ tục " + payloads[1]))
                field: \(q("Lĩnh vực " + payloads[2]))
                standard: 01 ngày làm việc
                reduced: 01 buổi
            ---

            Phường A <script>alert(20)</script> niêm yết.
            """)
        return project
    }

    @Test("every payload in every field is built as text: no foreign script, handler or dangerous link")
    func site() throws {
        let project = try hostileProject()
        defer { project.remove() }
        let result = try project.run("build", ".", "--clock", "2024-05-20")
        #expect(result.status == 0, "\(result.output)")
        let public_ = project.url.appendingPathComponent("public")
        let pages = try #require(
            FileManager.default.enumerator(at: public_, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "html" })
        #expect(pages.count >= 3)
        var campaignText = ""
        for page in pages {
            let name = page.path.dropFirst(public_.path.count)
            let tree = try XMLTree.read(page)
            // The site's own scripts only: its filter script from assets/, and JSON-LD data.
            for script in tree.all("script") {
                let own = (script["src"].map { !$0.contains(":") && $0.hasSuffix("assets/filter.js") } ?? false)
                    || script["type"] == "application/ld+json"
                #expect(own, "\(name): a foreign script \(script.attributes) \(script.text)")
                if script["type"] == "application/ld+json" {
                    #expect(!script.text.lowercased().contains("</script"), "\(name): JSON-LD closes its script")
                    #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(script.text.utf8)) }
                }
            }
            #expect(tree.all("style").isEmpty, "\(name): an inline style element")
            for element in tree.all("svg") + tree.all("iframe") + tree.all("object") + tree.all("embed") {
                #expect(element.name == "svg" && element.attributes.keys.allSatisfy { !$0.lowercased().hasPrefix("on") },
                    "\(name): <\(element.name)> from content")
            }
            for element in tree.root.all(where: { _ in true }) {
                for (attribute, value) in element.attributes {
                    #expect(!attribute.lowercased().hasPrefix("on"), "\(name): \(attribute) on <\(element.name)>")
                    if ["href", "src", "action", "formaction", "xlink:href", "poster"].contains(attribute.lowercased()) {
                        let scheme = value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                        #expect(!scheme.hasPrefix("javascript:") && !scheme.hasPrefix("vbscript:")
                            && !scheme.hasPrefix("data:"), "\(name): \(attribute)=\(value)")
                    }
                }
            }
            // The Content-Security-Policy forbids inline script and any script from elsewhere.
            let policies = tree.all("meta").filter { $0["http-equiv"]?.lowercased() == "content-security-policy" }
            let policy = try #require(policies.first?["content"], "\(name) has no Content-Security-Policy")
            let scriptSource = try #require(
                policy.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                    .first { $0.hasPrefix("script-src") || $0.hasPrefix("default-src") && !policy.contains("script-src") })
            #expect(!scriptSource.contains("'unsafe-inline'") && !scriptSource.contains("*") && !scriptSource.contains("data:"))
            #expect(policy.contains("object-src 'none'") && policy.contains("base-uri 'none'"))
            if name.hasPrefix("/2024-thang-hanh-dong/index.html") { campaignText = tree.root.allText }
        }
        // The payloads are still there, as text a reader can see and report.
        #expect(campaignText.contains("Tháng hành động <script>alert(1)</script>"), "\(campaignText)")
        #expect(campaignText.contains("<svg onload=alert(3)>"))
        #expect(!campaignText.contains("alert(9)"), "raw HTML in the Markdown body is dropped, not shown")

        // Posters print the payload in a name as plain text.
        let posters = try #require(
            FileManager.default.enumerator(at: public_, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "pdf" })
        let poster = try #require(posters.first)
        // Lines wrap where the layout breaks them: compare with white space collapsed.
        let text = try Poppler.text(poster).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("<script>alert(1)</script>") || text.contains("Tháng hành động <script>"), "\(text)")
        #expect(text.contains("Thủ tục <img src=x onerror=alert(2)>"), "\(text)")
    }

    @Test("ids with path traversal, dangerous posting addresses and traversing addresses are refused")
    func refused() throws {
        let project = try ProjectFolder.siteFixture()
        defer { project.remove() }
        try project.write(
            "Campaigns/2024-thang-hanh-dong/units/phuong-c.md",
            """
            ---
            name: Phường C
            block: ward
            posting_url: javascript:alert(1)
            procedures:
              - name: Thủ tục đăng ký khai sinh
                standard: 01 ngày làm việc
                reduced: 01 buổi
            ---
            """)
        try project.write(
            "Campaigns/2024-thang-hanh-dong/units/phuong-d.md",
            """
            ---
            name: Phường D
            block: ward
            posting_url: data:text/html,<script>alert(1)</script>
            procedures:
              - name: Thủ tục đăng ký khai sinh
                standard: 01 ngày làm việc
                reduced: 01 buổi
            ---
            """)
        try project.write(
            "Campaigns/2024-thang-hanh-dong/units/phuong-e.md",
            """
            ---
            name: Phường E
            block: ward
            posting_url: ../../../../etc/passwd
            procedures:
              - name: Thủ tục đăng ký khai sinh
                standard: 01 ngày làm việc
                reduced: 01 buổi
            ---
            """)
        try project.write("Campaigns/ngoai%2F..%2F..%2Fthu.md", "---\ntitle: x\norganizer: y\nstart: 2024-05-15\nend: 2024-06-15\n---\n")
        try project.write(
            "Campaigns/units.yaml",
            """
            - id: ../../ngoai
              name: Ngoài
              block: ward
            """)
        let (status, diagnostics) = try project.diagnostics()
        #expect(status == 1)
        let byFile = Dictionary(grouping: diagnostics, by: { $0.file })
        for file in ["units/phuong-c.md", "units/phuong-d.md", "units/phuong-e.md", "ngoai%2F..%2F..%2Fthu.md", "units.yaml"] {
            #expect(byFile.keys.contains { $0.hasSuffix(file) }, "no error for \(file): \(diagnostics.map { "\($0.file) \($0.code)" })")
        }
        let built = try project.run("build", ".")
        #expect(built.status == 1)
        #expect(!project.exists("public"), "nothing is written when validation fails")
        #expect(!FileManager.default.fileExists(atPath: project.url.deletingLastPathComponent().appendingPathComponent("ngoai").path))
    }

    @Test("a campaign folder linked from outside the project is refused and nothing is written there")
    func symlinkedCampaign() throws {
        let project = try ProjectFolder.siteFixture()
        defer { project.remove() }
        let outside = try ProjectFolder(campaigns: false)
        defer { outside.remove() }
        try FileManager.default.copyItem(
            at: project.url.appendingPathComponent("Campaigns/2024-thang-hanh-dong"),
            to: outside.url.appendingPathComponent("bi-mat"))
        try FileManager.default.createSymbolicLink(
            at: project.url.appendingPathComponent("Campaigns/2024-bi-mat"),
            withDestinationURL: outside.url.appendingPathComponent("bi-mat"))
        let before = try outside.snapshot("")
        let result = try project.run("build", ".")
        #expect(result.status == 1)
        #expect(result.output.contains("symlink") || result.output.contains("liên kết"), "\(result.output)")
        #expect(!project.exists("public"))
        #expect(try outside.snapshot("") == before)
    }
}

extension XMLTree.Element {
    /// Every element below this one (itself included) that `matches`.
    func all(where matches: (XMLTree.Element) -> Bool) -> [XMLTree.Element] {
        (matches(self) ? [self] : []) + children.flatMap { $0.all(where: matches) }
    }
}
