import NiemyetCore
import Testing

@Suite("What a posting_url names")
struct PostingAddressTests {
    @Test(
        "web pages, local files, project paths and unusable addresses, ASCII or not",
        arguments: [
            ("https://cchc.example.gov.vn/niem-yet", PostingAddress.web("https://cchc.example.gov.vn/niem-yet")),
            ("HTTP://Example.VN/x", .web("HTTP://Example.VN/x")),
            ("http://user@host.vn/x", .web("http://user@host.vn/x")),
            ("https://bộ-tư-pháp.vn/niêm-yết", .web("https://bộ-tư-pháp.vn/niêm-yết")),
            ("HTTPS://X.VN", .web("HTTPS://X.VN")), ("https://cchc.example.gov.vn?x=1", .web("https://cchc.example.gov.vn?x=1")),
            ("httpx://host.vn/x", .invalid), ("http:/host.vn", .invalid), ("http://@/x", .invalid),
            // White space makes no address: read as a path inside the project, as ever.
            ("http://a b.vn/x", .relative("http://a b.vn/x")),
            ("http://", .invalid), ("http:///path", .invalid), ("https://bộ@/x", .invalid), ("http://user@/x", .invalid),
            ("file:///srv/niem-yet/ubnd.html", .file("/srv/niem-yet/ubnd.html")),
            ("file:///srv/ni%C3%AAm-y%E1%BA%BFt.html", .file("/srv/niêm-yết.html")),
            ("file://relative.html", .invalid), ("javascript:alert(1)", .invalid), ("mailto:a@b.vn", .invalid),
            ("C:\\niem-yet\\ubnd.html", .invalid), ("/srv/niem-yet.html", .invalid), ("", .invalid),
            ("niem-yet/ubnd-quan-12.html", .relative("niem-yet/ubnd-quan-12.html")),
            ("niêm yết/ubnd.html", .relative("niêm yết/ubnd.html")),
        ])
    func reads(text: String, expected: PostingAddress) {
        #expect(PostingAddress(text) == expected)
    }
}
