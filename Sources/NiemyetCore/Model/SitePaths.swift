/// Where each page and file of the published site lives, relative to the site root.
///
/// One place decides the layout, so that pages, posters (whose QR code opens a unit's
/// page) and reports link to the same addresses.
public enum SitePaths {
    /// The folder of a relative path without "." or ".." parts ("a/b/c" -> "a/b", "c" ->
    /// ""), cut at its last slash (NSString's version cleans the path first, at a cost paid
    /// for every page and poster).
    public static func folder(of path: String) -> String {
        String(folder(of: path[...]))
    }

    /// The last part of a relative path ("a/b/c" -> "c").
    public static func name(of path: String) -> Substring {
        guard let slash = lastSlash(in: path[...]) else { return path[...] }
        return path[path.utf8.index(after: slash)...]
    }

    /// The folder of a relative path, as a part of it: no new string for each of ten
    /// thousand page paths (see `folder(of:)`).
    public static func folder(of path: Substring) -> Substring {
        guard let slash = lastSlash(in: path) else { return "" }
        return path[..<slash]
    }

    /// Where the last "/" of `path` is, found in its contiguous bytes: walking the UTF-8
    /// view back from the end cost 800 instructions a path, for 30,000 paths a build.
    private static func lastSlash(in path: Substring) -> String.Index? {
        let utf8 = path.utf8
        guard let offset = utf8.withContiguousStorageIfAvailable({ $0.lastIndex(of: UInt8(ascii: "/")) }) else {
            return utf8.lastIndex(of: UInt8(ascii: "/"))
        }
        return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }

    /// The campaign's page: `<campaign>/` (written as `<campaign>/index.html`).
    public static func campaign(_ campaign: String) -> String { "\(campaign)/" }

    /// A unit's page within a campaign: `<campaign>/<unit>/`.
    public static func unit(_ unit: String, in campaign: String) -> String { joined(campaign, unit, "") }

    /// The file a unit's page is written to: `<campaign>/<unit>/index.html`.
    public static func unitPage(_ unit: String, in campaign: String) -> String { joined(campaign, unit, "index.html") }

    /// `<first>/<second>/<last>`, its bytes copied into one new string: interpolated, or
    /// appended piece by piece, each of a site's ten thousand unit paths cost 2,000 to
    /// 3,000 instructions.
    private static func joined(_ first: String, _ second: String, _ last: String) -> String {
        var parts = [first, second, last]
        let count = first.utf8.count + second.utf8.count + last.utf8.count + 2
        return String(unsafeUninitializedCapacity: count) { buffer in
            var end = 0
            for index in parts.indices {
                parts[index].withUTF8 { bytes in end = buffer[end...].initialize(fromContentsOf: bytes) }
                if index < parts.count - 1 {
                    buffer[end] = UInt8(ascii: "/")
                    end += 1
                }
            }
            return end
        }
    }

    /// A unit's poster: `posters/<campaign>/<unit>.pdf`.
    public static func poster(unit: String, in campaign: String) -> String { "posters/\(campaign)/\(unit).pdf" }

    /// The campaign's summary poster listing every unit: `posters/<campaign>/tong-hop.pdf`.
    public static func summaryPoster(campaign: String) -> String { "posters/\(campaign)/tong-hop.pdf" }

    /// The campaign's results page: `<campaign>/ket-qua/`.
    public static func results(_ campaign: String) -> String { "\(campaign)/ket-qua/" }

    /// The index of every registered procedure across campaigns: `thu-tuc/`.
    public static let procedures = "thu-tuc/"

    /// A procedure's own page, its registrations campaign by campaign: `thu-tuc/<slug>/`,
    /// where `slug` is the one the site gave its folded name.
    public static func procedure(_ slug: String) -> String { procedures + slug + "/" }

    /// The campaign's open data: `data/<campaign>.json`.
    public static func data(_ campaign: String) -> String { "data/\(campaign).json" }

    /// Top-level folders of the site that a campaign id must not take.
    public static let reservedCampaignIDs: Set<String> = ["posters", "data", "assets", "thu-tuc", "_niemyet"]

    /// Names inside a campaign's folders that a unit id must not take: the results page
    /// and the summary poster.
    public static let reservedUnitIDs: Set<String> = ["ket-qua", "tong-hop"]

    /// The absolute address of a site path under `baseURL` (which ends with `/`).
    public static func absolute(_ path: String, baseURL: String) -> String {
        (baseURL.hasSuffix("/") ? baseURL : baseURL + "/") + path
    }
}
