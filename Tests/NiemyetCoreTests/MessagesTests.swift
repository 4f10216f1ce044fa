import NiemyetCore
import Testing

@Suite("Strings tables in Vietnamese and English")
struct MessagesTests {
    @Test("every diagnostic code has a message in both languages, and they differ", arguments: DiagnosticCode.allCases)
    func translated(code: DiagnosticCode) throws {
        let vi = try #require(Messages.table(for: .vi).template(for: code), "no Vietnamese message for \(code)")
        let en = try #require(Messages.table(for: .en).template(for: code), "no English message for \(code)")
        #expect(vi != en, "untranslated: \(code)")
        #expect(!vi.isEmpty && !en.isEmpty)
    }

    @Test("every label exists in both languages and is translated")
    func labels() {
        let vi = Messages.table(for: .vi)
        let en = Messages.table(for: .en)
        // "phrase.*" translate libyaml's English phrases, so they exist in Vietnamese only.
        let viKeys = vi.labelKeys.filter { !$0.hasPrefix("phrase.") }
        #expect(viKeys == en.labelKeys, "missing in en: \(viKeys.subtracting(en.labelKeys)), in vi: \(en.labelKeys.subtracting(viKeys))")
        for key in viKeys.intersection(en.labelKeys) {
            #expect(vi.label(key) != en.label(key), "untranslated label \(key)")
        }
    }

    @Test("placeholders are the same in both languages", arguments: DiagnosticCode.allCases)
    func samePlaceholders(code: DiagnosticCode) {
        func names(_ template: String?) -> Set<Substring> {
            guard let template else { return [] }
            var found = Set<Substring>()
            var rest = template[...]
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                found.insert(rest[rest.index(after: open)..<close])
                rest = rest[rest.index(after: close)...]
            }
            return found
        }
        #expect(names(Messages.table(for: .vi).template(for: code)) == names(Messages.table(for: .en).template(for: code)))
    }

    @Test("messages quote values and write dates the reader's way")
    func datesInMessages() throws {
        let start = try #require(LocalDate(iso: "2021-06-01"))
        let end = try #require(LocalDate(iso: "2021-05-31"))
        let diagnostic = Diagnostic(
            .endBeforeStart, at: SourceLocation(file: "a.md", line: 5, column: 6), ["start": .date(start), "end": .date(end)])
        #expect(diagnostic.message(in: .vi).contains("ngày 31 tháng 5 năm 2021"))
        #expect(diagnostic.message(in: .en).contains("31 May 2021"))
    }

    @Test("optional parts appear only with their value")
    func optionalParts() {
        let location = SourceLocation(file: "a.md", line: 1, column: 1)
        let with = Diagnostic(.unknownKey, at: location, ["key": "slogna", "suggestion": "slogan"]).message(in: .en)
        let without = Diagnostic(.unknownKey, at: location, ["key": "xyz"]).message(in: .en)
        #expect(with == "Unknown key 'slogna' is ignored. Did you mean 'slogan'?")
        #expect(without == "Unknown key 'xyz' is ignored.")
    }

    @Test("the language follows --lang, then LC_ALL/LANG, then site.yaml")
    func precedence() {
        #expect(Language.choose(flag: .en, environment: ["LANG": "vi_VN.UTF-8"], site: .vi) == .en)
        #expect(Language.choose(flag: nil, environment: ["LANG": "en_US.UTF-8"], site: .vi) == .en)
        #expect(Language.choose(flag: nil, environment: ["LC_ALL": "vi_VN.UTF-8", "LANG": "en_US"], site: .en) == .vi)
        #expect(Language.choose(flag: nil, environment: ["LANG": "C.UTF-8"], site: .en) == .en)
        #expect(Language.choose(flag: nil, environment: [:], site: nil) == .vi)
    }
}
