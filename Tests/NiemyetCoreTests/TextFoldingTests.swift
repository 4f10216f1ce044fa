import NiemyetCore
import Testing

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

    @Test("different tones stay different")
    func tonesKept() {
        #expect(TextFolding.fold("hòa") != TextFolding.fold("họa"))
        #expect(TextFolding.fold("đăng ký") != TextFolding.fold("dang ky"))
    }
}
