import Foundation
import NiemyetPosting
import Testing

@Suite("Reading postings: HTML blocks, charsets, PDF")
struct ReadingTests {
    func blocks(_ html: String, contentType: String? = "text/html; charset=utf-8") -> [String] {
        PostingText.blocks(of: Data(html.utf8), kind: .html, contentType: contentType) ?? []
    }

    @Test("table rows, list items, paragraphs and headings are blocks; cells with <p> stay in their row")
    func structure() {
        let found = blocks(
            """
            <h1>Niêm yết</h1><table><tr><td><p>Thủ tục A</p></td><td><p>01 giờ</p></td></tr>
            <tr><td>Thủ tục B</td><td>01 buổi</td></tr></table>
            <ul><li>Thủ tục C: 01 ngày</li></ul><p>Đoạn <b>cuối</b>.</p>
            """)
        #expect(found == ["Niêm yết", "Thủ tục A 01 giờ", "Thủ tục B 01 buổi", "Thủ tục C: 01 ngày", "Đoạn cuối."])
    }

    @Test("scripts, styles, comments and hidden elements are not read")
    func invisible() {
        let found = blocks(
            """
            <p>Hiện</p><!-- <p>Thủ tục ẩn 01 giờ</p> --><script>var a = "Thủ tục ẩn 01 giờ";</script>
            <style>p { color: red }</style><p hidden>Ẩn 1</p><div style="display : none">Ẩn 2</div>
            """)
        #expect(found == ["Hiện"])
    }

    @Test("charset from the header, from a meta tag, and windows-1258 with combining tone marks")
    func charsets() {
        // "Hòa bình" in windows-1258: the tone is a combining mark after its vowel (0xCC: grave).
        let bytes: [UInt8] = Array("<p>Ho".utf8) + [0xCC] + Array("a bi".utf8) + [0xCC] + Array("nh</p>".utf8)
        let viaHeader = PostingText.blocks(of: Data(bytes), kind: .html, contentType: "text/html; charset=windows-1258")
        #expect(viaHeader == ["Hòa bình"])
        let meta = Array("<html><head><meta charset=\"windows-1258\"></head><body>".utf8) + bytes
        #expect(PostingText.blocks(of: Data(meta), kind: .html, contentType: "text/html") == ["Hòa bình"])
        #expect(Charset.detect(Data([0xEF, 0xBB, 0xBF]), contentType: "text/html; charset=windows-1258") == "UTF-8")
    }

    @Test("a byte windows-1258 leaves undefined is shown as U+FFFD, and the rest of the page is read")
    func undefinedByte() {
        // 0x9D is undefined in windows-1258; "giờ" is g i ơ (0xF5) and a combining grave (0xCC).
        let bytes: [UInt8] =
            Array("<p>A".utf8) + [0x9D] + Array("B</p><table><tr><td>Ho".utf8) + [0xCC] + Array("a bi".utf8) + [0xCC]
            + Array("nh</td><td>01 gi".utf8) + [0xF5, 0xCC] + Array("</td></tr></table>".utf8)
        let found = PostingText.blocks(of: Data(bytes), kind: .html, contentType: "text/html; charset=windows-1258")
        #expect(found == ["A\u{FFFD}B", "Hòa bình 01 giờ"])
    }

    @Test("a PDF made by weasyprint is read back into blocks")
    func pdf() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("niemyet-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("p.html")
        try Data(
            """
            <html><head><meta charset="utf-8"></head><body><table border="1">
            <tr><td>1</td><td>Thủ tục cấp bản sao trích lục hộ tịch</td><td>01 buổi</td></tr></table></body></html>
            """.utf8
        ).write(to: html)
        let pdf = folder.appendingPathComponent("p.pdf")
        try PDFMaker.make(html: html, pdf: pdf)
        let data = try Data(contentsOf: pdf)
        #expect(PostingText.Kind(contentType: nil, address: "x", data: data) == .pdf)
        let found = try #require(PostingText.blocks(of: data, kind: .pdf, contentType: "application/pdf"))
        let matcher = PostingMatcher(blocks: found)
        #expect(matcher.match(name: "Thủ tục cấp bản sao trích lục hộ tịch", reduced: .init(1, .sessions)).isPosted, "\(found)")
    }
}

/// Makes real PDFs from HTML with Debian's weasyprint.
enum PDFMaker {
    static func make(html: URL, pdf: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["weasyprint", html.path, pdf.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
