import NiemyetServe
import Testing

@Suite("Request paths are checked before the file system sees them")
struct SiteRequestTests {
    @Test(
        "paths that leave the site or are not plain names are refused",
        arguments: [
            "/../etc/passwd", "/a/../../b", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/x", "/%2e%2e%2fSite/site.yaml",
            "/a%2fb", "/a%2Fb", "/..%5c..%5cetc", "/a\\b", "/a%00b", "/a%0ab", "/.niemyet-manifest", "/./index.html",
            "/%2e/index.html", "etc/passwd", "", "/bad%zzencoding",
        ])
    func refused(path: String) {
        #expect(SiteRequest(rawPath: path) == .refused)
    }

    @Test("plain paths are decoded into their parts")
    func accepted() {
        #expect(SiteRequest(rawPath: "/") == .path(components: [], folder: true))
        #expect(SiteRequest(rawPath: "/assets/site.css") == .path(components: ["assets", "site.css"], folder: false))
        #expect(
            SiteRequest(rawPath: "/2021-thang-cao-diem/?v=1") == .path(components: ["2021-thang-cao-diem"], folder: true))
        #expect(SiteRequest(rawPath: "//etc/passwd") == .path(components: ["etc", "passwd"], folder: false))
        #expect(SiteRequest(rawPath: "/th%E1%BB%A7-t%E1%BB%A5c/") == .path(components: ["thủ-tục"], folder: true))
    }
}
