/// Where each page and file of the published site lives, relative to the site root.
///
/// One place decides the layout, so that pages, posters (whose QR code opens a unit's
/// page) and reports link to the same addresses.
public enum SitePaths {
    /// The campaign's page: `<campaign>/` (written as `<campaign>/index.html`).
    public static func campaign(_ campaign: String) -> String { "\(campaign)/" }

    /// A unit's page within a campaign: `<campaign>/<unit>/`.
    public static func unit(_ unit: String, in campaign: String) -> String { "\(campaign)/\(unit)/" }

    /// A unit's poster: `posters/<campaign>/<unit>.pdf`.
    public static func poster(unit: String, in campaign: String) -> String { "posters/\(campaign)/\(unit).pdf" }

    /// The campaign's summary poster listing every unit: `posters/<campaign>/tong-hop.pdf`.
    public static func summaryPoster(campaign: String) -> String { "posters/\(campaign)/tong-hop.pdf" }

    /// The campaign's results page: `<campaign>/ket-qua/`.
    public static func results(_ campaign: String) -> String { "\(campaign)/ket-qua/" }

    /// The index of every registered procedure across campaigns: `thu-tuc/`.
    public static let procedures = "thu-tuc/"

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
