import Foundation
import Testing

@testable import NiemyetCore

@Suite("Folding Vietnamese text for comparison")
struct TextFoldingTests {
    @Test(
        "old and new tone-mark placement fold alike",
        arguments: [("hòa", "hoà"), ("Thủy", "thuỷ"), ("khỏe", "khoẻ"), ("Hóa đơn", "hoá  đơn"), ("tuỳ", "tùy")])
    func tonePlacement(old: String, new: String) {
        #expect(TextFolding.fold(old) == TextFolding.fold(new))
        #expect(TextFolding.comparisonKey(old) == TextFolding.comparisonKey(new))
    }

    @Test("NFD and NFC, case, no-break spaces fold alike")
    func normalization() {
        let nfd = "Thu\u{309} tu\u{323}c\u{00A0}ca\u{302}\u{301}p ba\u{309}n sao"
        #expect(TextFolding.fold(nfd) == "thủ tục cấp bản sao")
        #expect(TextFolding.fold(nfd).unicodeScalars.count == "thủ tục cấp bản sao".unicodeScalars.count)
        #expect(TextFolding.comparisonKey(nfd) == TextFolding.comparisonKey("THỦ TỤC  CẤP BẢN SAO"))
    }

    @Test("the byte-wise folding gives what folding scalar by scalar and character by character gave")
    func sameAsScalarByScalar() {
        // The folding as first written: scalars, with Unicode's White_Space property, then
        // characters compared with the marked vowels (canonically, so decomposed ones too).
        func reference(_ text: String) -> String {
            var folded = ""
            var pendingSpace = false
            for scalar in text.lowercased().unicodeScalars {
                let isSpace =
                    scalar.isASCII
                    ? scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" : scalar.properties.isWhitespace
                if isSpace {
                    pendingSpace = !folded.isEmpty
                } else {
                    if pendingSpace { folded.append(" ") }
                    pendingSpace = false
                    folded.unicodeScalars.append(scalar)
                }
            }
            var out = ""
            var pending: Character? = nil
            for character in folded {
                if let glide = pending {
                    pending = nil
                    if let moved = TextFolding.toneMarkPlacement[glide]?[character] {
                        out.append(moved.glide)
                        out.append(moved.vowel)
                        continue
                    }
                    out.append(glide)
                }
                if character == "o" || character == "u" { pending = character } else { out.append(character) }
            }
            if let glide = pending { out.append(glide) }
            return out
        }
        let pieces = [
            "Thủ tục", "HOÀ", "hoà", "hòa", "khoẻ", "thuỷ", "o", "u", "oa\u{300}", "oe\u{309}", "uy\u{303}", "u\u{309}y",
            "o\u{301}a", "ĐĂNG KÝ", "\u{00A0}", "\u{2003}", "\u{3000}", "\u{0085}", "\u{200B}", "\u{000B}", " ", "\t",
            "\r\n", "lao động", "Hộ tịch", "x", "", "ﬁ", "İ", "🙂",
        ]
        var samples = pieces
        for first in pieces { for second in pieces { samples.append(first + second) } }
        for sample in samples + samples.map({ " " + $0 + "  " }) {
            // Scalar for scalar, not only canonically equal.
            #expect(
                TextFolding.comparisonKey(sample).unicodeScalars.elementsEqual(reference(sample).unicodeScalars),
                "\(Array(sample.unicodeScalars))")
        }
    }

    @Test("different tones stay different")
    func tonesKept() {
        #expect(TextFolding.fold("hòa") != TextFolding.fold("họa"))
        #expect(TextFolding.fold("đăng ký") != TextFolding.fold("dang ky"))
    }

    @Test("exact text is equal byte for byte only: another normalization or one byte apart is another key")
    func exactText() {
        let nfc = "Thủ tục đăng ký khai sinh"
        #expect(ExactText(nfc) == ExactText(String(decoding: Array(nfc.utf8), as: UTF8.self)))
        #expect(ExactText(nfc) != ExactText(nfc.decomposedStringWithCanonicalMapping))
        #expect(ExactText(nfc) != ExactText("Thủ tục đăng ký khai sinH"))
        #expect(ExactText("") == ExactText(""))
        #expect(ExactText("") != ExactText("a"))
        #expect(Set([ExactText(nfc), ExactText(nfc.decomposedStringWithCanonicalMapping), ExactText(nfc)]).count == 2)
        // Names of one length that differ only between the bytes the hash reads are still
        // told apart (the hash reads the start, middle and end), short ones too.
        let names = (0..<200).map { "Thủ tục cấp giấy phép số \(1000 + $0) cho cơ sở kinh doanh" }
        #expect(Set(names.map { ExactText($0) }).count == 200)
        #expect(Set(names.map { ExactText($0) } + names.map { ExactText($0) }).count == 200)
        #expect(Set(["a", "b", "ab", "ba", "", "Hộ tịch"].map { ExactText($0) }).count == 6)
    }

    @Test("spelling numbers: one number a spelling, whether a text shares its storage or not, past the recent ones")
    func spellingNumbers() {
        var numbers = SpellingNumbers()
        var made = 0
        func number(_ text: String) -> Int { numbers.number(of: text) { defer { made += 1 }; return made } }
        let names = (0..<40).map { "Thủ tục số \($0) của Ủy ban nhân dân phường" }
        let first = names.map(number)
        #expect(first == Array(0..<40) && made == 40)
        // The same strings again (shared storage), then copies rebuilt from bytes (their own).
        #expect(names.map(number) == first)
        #expect(names.map { number(String(decoding: Array($0.utf8), as: UTF8.self)) } == first)
        #expect(number("Hộ tịch") == number(String(decoding: Array("Hộ tịch".utf8), as: UTF8.self)))
        // Another normalization is another spelling.
        #expect(number(names[0].decomposedStringWithCanonicalMapping) == 41 && made == 42)
    }
}
