import Foundation

/// Everything read from a project folder: the site settings, the shared registries and
/// every campaign, each value carrying where it came from.
public struct Project: Sendable {
    /// The project folder.
    public var root: URL
    /// How paths are shown in messages: the project path as the user typed it.
    public var displayRoot: String
    public var site: SiteSettings
    public var units: [Unit]
    public var catalogue: [CatalogueProcedure]
    public var campaigns: [Campaign]
    /// Announced days off and working days (`Campaigns/calendar.yaml`) and office hours;
    /// nil when the project sets none, and the defaults apply.
    public var calendar: ProjectCalendar?
    /// For each campaign id, a digest of what its files decoded to (values and messages,
    /// file by file): equal digests mean an unchanged campaign model, whenever and however
    /// it was loaded, so a build can keep its pages without planning them again. Absent
    /// for ids that two campaigns share.
    public var sourceDigests: [String: String] = [:]

    public init(
        root: URL, displayRoot: String, site: SiteSettings = SiteSettings(), units: [Unit] = [],
        catalogue: [CatalogueProcedure] = [], campaigns: [Campaign] = []
    ) {
        self.root = root
        self.displayRoot = displayRoot
        self.site = site
        self.units = units
        self.catalogue = catalogue
        self.campaigns = campaigns
    }

    /// The registry's units by id (the first, for an id written twice), for the look-ups
    /// the loader, the site and the checker make once per registration.
    public func unitIndex() -> [String: Unit] {
        Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
