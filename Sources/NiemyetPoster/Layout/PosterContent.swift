import NiemyetCore

/// Everything a poster says, already worded in the site's language and in NFC, before
/// any of it is placed on paper.
public struct PosterContent: Hashable, Sendable {
    /// A procedure as the poster shows it: name, usual time (de-emphasised) and the
    /// reduced time (large).
    public struct Procedure: Hashable, Sendable {
        public var name: String
        public var standard: String?
        public var reduced: String?
    }

    /// A group of procedures; on the summary poster one per unit, titled with its name.
    public struct Section: Hashable, Sendable {
        public var title: String?
        public var procedures: [Procedure]
    }

    public var organizer: String
    public var title: String
    public var slogan: String?
    /// "Từ ngày 1 tháng 6 năm 2021 đến ngày 1 tháng 7 năm 2021".
    public var dates: String
    /// The unit's name on a unit's poster; nil on the campaign's summary poster.
    public var unitName: String?
    /// The heading above the list of procedures.
    public var heading: String
    public var sections: [Section]
    public var courtesy: String?
    public var contact: [String]
    /// The address the QR code opens.
    public var url: String
    /// The caption under the QR code.
    public var caption: String
    public var labels: PosterLabels

    /// The poster a unit hangs at its reception desk for one campaign.
    public init(campaign: Campaign, registration: Registration, unitName: String, site: SiteSettings) {
        let labels = PosterLabels(language: site.language)
        self.init(
            campaign: campaign, site: site, labels: labels, unitName: unitName, heading: labels.procedures,
            sections: [Section(title: nil, procedures: registration.procedures.map { Procedure($0, labels) })],
            url: SitePaths.absolute(SitePaths.unit(registration.unitID.value, in: campaign.id), baseURL: site.baseURL),
            caption: labels.scanUnit)
    }

    /// The campaign's summary poster: every registered unit with its procedures.
    /// `unitName` gives the name a registration's unit is known by.
    public init(summaryOf campaign: Campaign, unitName: (Registration) -> String, site: SiteSettings) {
        let labels = PosterLabels(language: site.language)
        let sections = campaign.registrations.map {
            Section(title: Self.nfc(unitName($0)), procedures: $0.procedures.map { Procedure($0, labels) })
        }
        self.init(
            campaign: campaign, site: site, labels: labels, unitName: nil, heading: labels.units, sections: sections,
            url: SitePaths.absolute(SitePaths.campaign(campaign.id), baseURL: site.baseURL), caption: labels.scanCampaign)
    }

    private init(
        campaign: Campaign, site: SiteSettings, labels: PosterLabels, unitName: String?, heading: String,
        sections: [Section], url: String, caption: String
    ) {
        organizer = Self.nfc(campaign.organizer)
        title = Self.nfc(campaign.title)
        slogan = campaign.slogan.map(Self.nfc)
        let start = campaign.start.value.written(in: site.language)
        let end = campaign.end.value.written(in: site.language)
        dates = "\(labels.from) \(start) \(labels.to) \(end)"
        self.unitName = unitName.map(Self.nfc)
        self.heading = heading
        self.sections = sections
        courtesy = campaign.courtesy.map(Self.nfc)
        var contact: [String] = []
        if let organization = site.organization { contact.append(Self.nfc(organization)) }
        if let address = site.contact.address { contact.append("\(labels.address) \(Self.nfc(address))") }
        if let phone = site.contact.phone { contact.append("\(labels.phone) \(phone)") }
        if let email = site.contact.email { contact.append("\(labels.email) \(email)") }
        self.contact = contact
        self.url = url
        self.caption = caption
        self.labels = labels
    }

    /// Posters print composed characters, so that text copied or extracted from the PDF
    /// reads the same whatever normalization the campaign file was saved in.
    static func nfc(_ text: String) -> String { text.precomposedStringWithCanonicalMapping }
}

extension PosterContent.Procedure {
    init(_ procedure: RegisteredProcedure, _ labels: PosterLabels) {
        name = PosterContent.nfc(procedure.name)
        standard = procedure.standard.map { labels.turnaround($0.value) }
        reduced = procedure.reduced.map { labels.turnaround($0.value) }
    }
}

/// The poster's own words in the site's language, from the strings tables.
public struct PosterLabels: Hashable, Sendable {
    public let language: Language
    let from, to, procedures, units, procedure, standard, reduced, noProcedures, continued, page: String
    let phone, email, address, scanUnit, scanCampaign: String

    public init(language: Language) {
        self.language = language
        let table = Messages.table(for: language)
        from = table.label("poster.from")
        to = table.label("poster.to")
        procedures = table.label("poster.procedures")
        units = table.label("poster.units")
        procedure = table.label("poster.procedure")
        standard = table.label("poster.standard")
        reduced = table.label("poster.reduced")
        noProcedures = table.label("poster.no-procedures")
        continued = table.label("poster.continued")
        page = table.label("poster.page")
        phone = table.label("poster.phone")
        email = table.label("poster.email")
        address = table.label("poster.address")
        scanUnit = table.label("poster.scan-unit")
        scanCampaign = table.label("poster.scan-campaign")
    }

    func turnaround(_ value: Turnaround) -> String {
        language == .vi ? value.vietnamese : value.english
    }
}
