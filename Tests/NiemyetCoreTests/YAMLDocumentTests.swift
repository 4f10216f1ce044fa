import Testing

@testable import NiemyetCore

@Suite("YAML read from libyaml's events: positions, aliases, repeated keys and limits")
struct YAMLDocumentTests {
    private func parse(_ yaml: String, firstLine: Int = 1) -> Result<YAMLDocument, Diagnostic> {
        YAMLDocument.parse(yaml, file: "Campaigns/a.md", firstLine: firstLine)
    }

    private func root(_ yaml: String) throws -> YAMLMapping {
        let document = try parse(yaml).get()
        guard case .mapping(let mapping)? = document.root else {
            Issue.record("not a mapping: \(String(describing: document.root))")
            throw CancellationError()
        }
        return mapping
    }

    private func failure(_ yaml: String) -> (code: String, line: Int, column: Int, arguments: [String: DiagnosticArgument])? {
        guard case .failure(let diagnostic) = parse(yaml) else { return nil }
        return (diagnostic.code.rawValue, diagnostic.location.line, diagnostic.location.column, diagnostic.arguments)
    }

    @Test("values keep their line and column in the file, columns counted in letters")
    func positions() throws {
        let yaml = "title: Tháng cao điểm\nunits:\n  - unit: ubnd\n    name: \"Ủy ban\"\n"
        let document = try parse(yaml, firstLine: 2).get()
        guard case .mapping(let mapping)? = document.root, let units = mapping.value("units"),
            case .sequence(let list) = units, case .mapping(let unit)? = list.items.first,
            let name = unit.value("name")
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(document.location(of: try #require(mapping.value("title"))).line == 2)
        #expect(document.location(of: try #require(mapping.value("title"))).column == 8)
        #expect(document.location(of: units).line == 4)
        #expect(document.location(of: name).line == 5)
        #expect(document.location(of: name).column == 11)
        #expect(name.string == "Ủy ban")
        // The entries keep the order they were written in.
        #expect(mapping.entries.map { $0.key.string } == ["title", "units"])
    }

    @Test("a quoted value is text even when it reads as null; a plain one is marked plain")
    func plainAndQuoted() throws {
        let mapping = try root("a: null\nb: \"null\"\nc: 'x'\nd: |\n  khối\ne:\n")
        let styles = mapping.entries.map { entry -> Bool in
            if case .scalar(let scalar) = entry.value { return scalar.isPlain }
            return false
        }
        #expect(styles == [true, false, false, false, true])
        #expect(mapping.value("d")?.string == "khối\n")
        #expect(mapping.value("e")?.string == "")
    }

    @Test("an alias stands for the value its anchor names")
    func aliases() throws {
        let mapping = try root(
            "chuan: &chuan 03 ngày làm việc\nthu-tuc: &tt {name: Cấp bản sao, reduced: 01 buổi}\nstandard: *chuan\nlai: *tt\n")
        #expect(mapping.value("standard")?.string == "03 ngày làm việc")
        guard case .mapping(let copy)? = mapping.value("lai") else {
            Issue.record("the alias did not give the mapping")
            return
        }
        #expect(copy.value("reduced")?.string == "01 buổi")
    }

    @Test("an alias with no anchor is a syntax error at the alias")
    func undefinedAlias() {
        let found = failure("a: 1\nb: *khong-co\n")
        #expect(found?.code == "yaml-syntax")
        #expect(found?.line == 2)
        #expect(found?.column == 4)
    }

    @Test("a repeated key is reported where it is written again, with every repeated key named")
    func repeatedKeys() {
        let small = failure("title: a\norganizer: b\nstart: c\ntitle: d\norganizer: e\n")
        #expect(small?.code == "duplicate-key")
        #expect(small?.line == 4)
        #expect(small?.column == 1)
        #expect(small?.arguments["key"] == .text("title', 'organizer"))

        // Nested, and in a mapping too large to compare pairwise.
        var large = "units:\n  - unit: a\n"
        for index in 0..<20 { large += "    k\(index): \(index)\n" }
        large += "    k7: again\n"
        let nested = failure(large)
        #expect(nested?.code == "duplicate-key")
        #expect(nested?.line == 23)
        #expect(nested?.column == 5)
        #expect(nested?.arguments["key"] == .text("k7"))

        // The same key in two different mappings is no repetition.
        #expect(failure("a: {x: 1}\nb: {x: 2}\n") == nil)
    }

    @Test("nesting is allowed to the limit and refused one level past it, where it happens")
    func depthLimit() {
        func nested(_ depth: Int) -> String { "a: " + String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1) + "\n" }
        #expect(failure(nested(YAMLDocument.maximumDepth)) == nil)
        let refused = failure(nested(YAMLDocument.maximumDepth + 1))
        #expect(refused?.code == "yaml-too-deep")
        #expect(refused?.line == 1)
        #expect(refused?.column == 3 + YAMLDocument.maximumDepth)
    }

    @Test("values are counted with every alias counted as what it stands for")
    func aliasBudget() {
        // A list of 1,000 values (1,001 with the list), used through aliases.
        let list = "big: &big [" + Array(repeating: "x", count: 1_000).joined(separator: ", ") + "]\n"
        func uses(_ count: Int) -> String { list + "uses: [" + Array(repeating: "*big", count: count).joined(separator: ", ") + "]\n" }
        // 1 + (1 + 1,001) + (1 + 1 + 1,001 x 150) values: within 200,000.
        #expect(failure(uses(150)) == nil)
        // 1,001 x 200 alone is over: refused at the alias that crosses the limit.
        let refused = failure(uses(200))
        #expect(refused?.code == "yaml-too-large")
        #expect(refused?.line == 2)
    }

    @Test("no document is no root; a second document is an error where it starts")
    func documents() throws {
        #expect(try parse("").get().root == nil)
        #expect(try parse("# chỉ có ghi chú\n").get().root == nil)
        let second = failure("a: 1\n---\nb: 2\n")
        #expect(second?.code == "yaml-syntax")
        #expect(second?.line == 2)
    }
}

@Suite("Placeholders left by niemyet new")
struct PlaceholderTests {
    @Test("a value ending in three full stops or an ellipsis is a placeholder; other endings are not")
    func endings() {
        #expect("Ủy ban nhân dân ...".endsWithEllipsis)
        #expect("Ủy ban nhân dân…".endsWithEllipsis)
        #expect("...".endsWithEllipsis)
        // "æ" ends with the same last byte as "…" (A6); ".." is two stops.
        #expect(!"Phòng Cæ".endsWithEllipsis)
        #expect(!"Quận 12..".endsWithEllipsis)
        #expect(!"Quận 12.".endsWithEllipsis)
        #expect(!"".endsWithEllipsis)
    }
}

@Suite("Values trimmed of white space")
struct TrimmingTests {
    @Test("white space at either end goes, in ASCII or not; everything else stays")
    func ends() {
        #expect(" Quận 12 ".trimmingWhitespace() == "Quận 12")
        #expect("\u{00A0}Ủy ban\u{00A0}".trimmingWhitespace() == "Ủy ban")
        #expect("\tgiờ\n".trimmingWhitespace() == "giờ")
        #expect("Ủy ban nhân dân".trimmingWhitespace() == "Ủy ban nhân dân")
        // White space at one end only, before a letter or digit at the other.
        #expect(" Quận 12".trimmingWhitespace() == "Quận 12")
        #expect("\u{00A0}giờ".trimmingWhitespace() == "giờ")
        #expect("\u{2003}12".trimmingWhitespace() == "12")
        // A control character is no white space: it stays for the rules to report.
        #expect("\u{1}x".trimmingWhitespace() == "\u{1}x")
        #expect("   ".trimmingWhitespace() == "")
        #expect("".trimmingWhitespace() == "")
    }
}
