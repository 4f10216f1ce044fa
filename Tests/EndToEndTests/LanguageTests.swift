import Foundation
import Testing

/// The language of messages, chosen through the built binary.
@Suite("Choosing the language of messages")
struct LanguageTests {
    func project(siteLanguage: String?) throws -> ProjectFolder {
        let project = try ProjectFolder()
        try project.write("Campaigns/x.md", "---\ntitle: Tháng cao điểm\n---\n")
        if let siteLanguage { try project.write("Site/site.yaml", "title: CCHC\nlanguage: \(siteLanguage)\n") }
        return project
    }

    @Test("site.yaml says vi: Vietnamese by default")
    func siteVietnamese() throws {
        let project = try project(siteLanguage: "vi")
        defer { project.remove() }
        let result = try project.run("validate")
        #expect(result.status == 1)
        #expect(result.stdout.contains(": lỗi: Thiếu khóa bắt buộc 'organizer'"), "\(result.stdout)")
    }

    @Test("site.yaml says en: English")
    func siteEnglish() throws {
        let project = try project(siteLanguage: "en")
        defer { project.remove() }
        let result = try project.run("validate")
        #expect(result.stdout.contains(": error: The required key 'organizer' is missing."), "\(result.stdout)")
    }

    @Test("LANG overrides site.yaml; C locale does not")
    func environment() throws {
        let project = try project(siteLanguage: "vi")
        defer { project.remove() }
        let english = try project.run("validate", environment: ["LANG": "en_US.UTF-8"])
        #expect(english.stdout.contains(": error: "), "\(english.stdout)")
        let plain = try project.run("validate", environment: ["LANG": "C.UTF-8"])
        #expect(plain.stdout.contains(": lỗi: "), "\(plain.stdout)")
    }

    @Test("--lang overrides everything; codes and JSON keys stay the same")
    func flag() throws {
        let project = try project(siteLanguage: "en")
        defer { project.remove() }
        let vietnamese = try project.run("validate", "--lang", "vi", environment: ["LANG": "en_US.UTF-8"])
        #expect(vietnamese.stdout.contains(": lỗi: "), "\(vietnamese.stdout)")
        let (_, vi) = try project.diagnostics(lang: "vi")
        let (_, en) = try project.diagnostics(lang: "en")
        #expect(vi.map(\.code) == en.map(\.code))
        #expect(vi.map(\.message) != en.map(\.message))
    }

    @Test("help summaries follow --lang and LANG")
    func help() throws {
        let vietnamese = try Niemyet.run(["validate", "--help", "--lang", "vi"])
        #expect(vietnamese.stdout.contains("Kiểm tra mọi tệp chiến dịch"), "\(vietnamese.stdout)")
        let english = try Niemyet.run(["--help"], environment: ["LANG": "en_US.UTF-8"])
        #expect(english.stdout.contains("Validate, publish and check"), "\(english.stdout)")
    }
}
