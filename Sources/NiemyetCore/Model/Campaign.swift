/// A campaign such as a "Tháng cao điểm": dates, theme, slogan, activities, the notice
/// text and every unit's registration.
public struct Campaign: Hashable, Sendable {
    /// The slug: folder or file name under `Campaigns/`.
    public var id: String
    public var title: String
    public var theme: String?
    public var slogan: String?
    /// A one-line summary for lists and feeds.
    public var summary: String?
    /// The courtesy line shown on posters, such as "4 xin, 4 luôn".
    public var courtesy: String?
    public var organizer: String
    public var start: Located<LocalDate>
    public var end: Located<LocalDate>
    public var published: LocalDate
    /// The longest standard turnaround a registered procedure may have.
    public var maxStandard: Located<Turnaround>?
    public var activities: [Activity]
    public var registrations: [Registration]
    /// The notice body as safe HTML rendered by libcmark.
    public var bodyHTML: String
    public var results: [UnitResult]
    /// The file holding the front matter (`campaign.md` or `<slug>.md`).
    public var source: SourceLocation

    public init(
        id: String, title: String, theme: String?, slogan: String?, summary: String? = nil,
        courtesy: String? = nil, organizer: String,
        start: Located<LocalDate>, end: Located<LocalDate>, published: LocalDate,
        maxStandard: Located<Turnaround>?, activities: [Activity], registrations: [Registration],
        bodyHTML: String, results: [UnitResult], source: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.theme = theme
        self.slogan = slogan
        self.summary = summary
        self.courtesy = courtesy
        self.organizer = organizer
        self.start = start
        self.end = end
        self.published = published
        self.maxStandard = maxStandard
        self.activities = activities
        self.registrations = registrations
        self.bodyHTML = bodyHTML
        self.results = results
        self.source = source
    }
}

/// An activity within a campaign, such as the same-day week.
public struct Activity: Hashable, Sendable {
    public var title: String
    public var start: Located<LocalDate>?
    public var end: Located<LocalDate>?
    /// The summary as safe HTML.
    public var summaryHTML: String?
    public var source: SourceLocation

    public init(
        title: String, start: Located<LocalDate>?, end: Located<LocalDate>?, summaryHTML: String?,
        source: SourceLocation
    ) {
        self.title = title
        self.start = start
        self.end = end
        self.summaryHTML = summaryHTML
        self.source = source
    }
}

/// One row of `results.csv`: how a unit's dossiers fared during the campaign.
public struct UnitResult: Hashable, Sendable {
    public var unitID: Located<String>
    public var received: Int
    public var sameDay: Int
    public var onTime: Int
    public var late: Int

    public init(unitID: Located<String>, received: Int, sameDay: Int, onTime: Int, late: Int) {
        self.unitID = unitID
        self.received = received
        self.sameDay = sameDay
        self.onTime = onTime
        self.late = late
    }
}
