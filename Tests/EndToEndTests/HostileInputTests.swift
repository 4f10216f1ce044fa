import Foundation
import Testing

/// No input makes `validate` crash or hang: each ends in a clear error with exit 1.
@Suite("Hostile and broken input")
struct HostileInputTests {
    func validate(_ relative: String, _ data: Data) throws -> (Int32, [ReportedDiagnostic]) {
        let project = try ProjectFolder()
        defer { project.remove() }
        try project.write(relative, data)
        return try project.diagnostics()
    }

    @Test("random bytes")
    func randomBytes() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5 {
            let bytes = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
            let (status, diagnostics) = try validate("Campaigns/ngau-nhien.md", bytes)
            #expect(status == 1)
            #expect(!diagnostics.isEmpty)
        }
    }

    @Test("an empty file, and empty front matter")
    func empty() throws {
        let (status, diagnostics) = try validate("Campaigns/rong.md", Data())
        #expect(status == 1)
        #expect(diagnostics.map(\.code) == ["front-matter-missing"])
        let (status2, diagnostics2) = try validate("Campaigns/rong.md", Data("---\n---\n".utf8))
        #expect(status2 == 1)
        #expect(diagnostics2.map(\.code) == ["missing-key"])
    }

    @Test("a 50 MB file")
    func hugeFile() throws {
        var text = "---\ntitle: Lớn\norganizer: UBND\nstart: 2021-06-01\nend: 2021-06-02\n---\n"
        let paragraph = String(repeating: "Nội dung thông báo rất dài. ", count: 40) + "\n\n"
        text += String(repeating: paragraph, count: 50 * 1024 * 1024 / paragraph.utf8.count)
        let (status, diagnostics) = try validate("Campaigns/lon.md", Data(text.utf8))
        #expect(status == 0, "a long body is fine: \(diagnostics)")
        let yaml = "---\nnote: \"" + String(repeating: "x", count: 5 * 1024 * 1024) + "\"\n---\n"
        let (status2, diagnostics2) = try validate("Campaigns/lon.md", Data(yaml.utf8))
        #expect(status2 == 1)
        #expect(diagnostics2.map(\.code) == ["yaml-too-large"])
    }

    @Test("deeply nested YAML, flow and block")
    func deeplyNested() throws {
        let flow = "---\ntitle: " + String(repeating: "[", count: 100_000) + "\n---\n"
        let (status, diagnostics) = try validate("Campaigns/sau.md", Data(flow.utf8))
        #expect(status == 1)
        #expect(diagnostics.map(\.code) == ["yaml-too-deep"])
        let block = "---\ntitle: x\nunits:\n" + String(repeating: "- ", count: 50_000) + "a\n---\n"
        let (status2, diagnostics2) = try validate("Campaigns/sau.md", Data(block.utf8))
        #expect(status2 == 1)
        #expect(diagnostics2.map(\.code) == ["yaml-too-deep"])
    }

    @Test("YAML aliases that expand exponentially (billion laughs)")
    func billionLaughs() throws {
        var yaml = "---\na0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            yaml += "a\(level): &a\(level) [\(Array(repeating: previous, count: 9).joined(separator: ", "))]\n"
        }
        yaml += "title: x\n---\n"
        let (status, diagnostics) = try validate("Campaigns/cuoi.md", Data(yaml.utf8))
        #expect(status == 1)
        #expect(diagnostics.map(\.code) == ["yaml-too-large"])
    }

    @Test("a symbolic link out of the project is refused")
    func symlinkOutside() throws {
        let project = try ProjectFolder()
        defer { project.remove() }
        let outside = try ProjectFolder(campaigns: false)
        defer { outside.remove() }
        try outside.write("bi-mat.md", "---\ntitle: x\n---\n")
        try FileManager.default.createSymbolicLink(
            at: project.url.appendingPathComponent("Campaigns/lien-ket.md"),
            withDestinationURL: outside.url.appendingPathComponent("bi-mat.md"))
        let (status, diagnostics) = try project.diagnostics()
        #expect(status == 1)
        #expect(diagnostics.map(\.code) == ["symlink-outside-project"])
    }
}
