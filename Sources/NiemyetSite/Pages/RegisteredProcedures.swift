import NiemyetCore

/// Every registered procedure of the site, its spellings grouped by folded name
/// (`TextFolding.fold`) and sorted by it, each with one row a campaign. Worked out once per
/// build and read by the procedure index and by every procedure's page, in parallel.
struct RegisteredProcedures: Sendable {
    /// A procedure in one campaign: how many units registered it, the standard time of
    /// its first registration there and the shortest reduced time.
    struct Row: Sendable {
        /// The campaign's place in `SiteContent.campaigns`.
        var campaign: Int
        var unitCount: Int
        var standard: Turnaround?
        var fastest: Turnaround?
    }

    /// One distinct procedure: the spelling of its newest campaign's first registration,
    /// the first code and field given, its rows and the totals across them.
    struct Procedure: Sendable {
        var name: String
        var code: String?
        var field: String?
        /// Its page's folder under `thu-tuc/` (`SitePaths.procedure`), unique in the site.
        var slug: String
        /// Newest campaign first (by start, then id).
        var rows: [Row]
        /// Different units across every campaign.
        var unitCount: Int
        var fastest: Turnaround?
    }

    /// Sorted by folded name.
    let procedures: [Procedure]

    init(_ campaigns: [CampaignEntry]) {
        struct Draft {
            /// The number of the folded name.
            var number: Int
            var name: String
            var code: String?
            var field: String?
            var campaign: Int
            var unitCount: Int
            /// The number of the last unit counted: a unit's registrations come together.
            var lastUnit: Int
            var standard: Turnaround?
            var fastest: Turnaround?
        }
        // The same few names recur in every campaign: fold each spelling once and number
        // the folded names, so that rows are found and sorted by integers (hashing and
        // comparing Vietnamese strings normalizes them every time). Units are numbered
        // too, to count each once across campaigns.
        var spellings = SpellingNumbers()
        var numberOfFolded: [String: Int] = [:]
        var folded: [String] = []
        var numberOfUnit: [String: Int] = [:]
        var unitsOfName: [Set<Int>] = []
        var drafts: [Draft] = []
        // Units and procedures are read in place, by index: a `for` loop copies each whole
        // (a dozen reference counts) to read a few fields.
        for campaign in campaigns.indices {
            var draftOfName: [Int: Int] = [:]
            let units = campaigns[campaign].units
            for unit in units.indices {
                let id = units[unit].id
                let unitNumber = numberOfUnit[id] ?? numberOfUnit.count
                if unitNumber == numberOfUnit.count { numberOfUnit[id] = unitNumber }
                let procedures = units[unit].procedures
                for index in procedures.indices {
                    let name = procedures[index].name
                    let number = spellings.number(of: name) {
                        let key = TextFolding.fold(name)
                        let number = numberOfFolded[key] ?? folded.count
                        if number == folded.count {
                            numberOfFolded[key] = number
                            folded.append(key)
                            unitsOfName.append([])
                        }
                        return number
                    }
                    let reduced = procedures[index].reduced?.value
                    if let draft = draftOfName[number] {
                        if drafts[draft].lastUnit != unitNumber {
                            drafts[draft].unitCount += 1
                            drafts[draft].lastUnit = unitNumber
                            unitsOfName[number].insert(unitNumber)
                        }
                        drafts[draft].fastest = Self.shorter(drafts[draft].fastest, reduced)
                        if drafts[draft].code == nil { drafts[draft].code = procedures[index].code?.value }
                        if drafts[draft].field == nil { drafts[draft].field = procedures[index].field }
                    } else {
                        draftOfName[number] = drafts.count
                        drafts.append(
                            Draft(
                                number: number, name: name, code: procedures[index].code?.value,
                                field: procedures[index].field, campaign: campaign, unitCount: 1, lastUnit: unitNumber,
                                standard: procedures[index].standard?.value, fastest: reduced))
                        unitsOfName[number].insert(unitNumber)
                    }
                }
            }
        }
        // Sorted by name, then newest campaign first (by start, then id), both as numbers.
        var rank = [Int](repeating: 0, count: folded.count)
        for (place, number) in folded.indices.sorted(by: { folded[$0] < folded[$1] }).enumerated() { rank[number] = place }
        var order = [Int](repeating: 0, count: campaigns.count)
        let newestFirst = campaigns.indices.sorted {
            (campaigns[$1].campaign.start.value, campaigns[$0].id) < (campaigns[$0].campaign.start.value, campaigns[$1].id)
        }
        for (place, campaign) in newestFirst.enumerated() { order[campaign] = place }
        drafts.sort { (rank[$0.number], order[$0.campaign]) < (rank[$1.number], order[$1.campaign]) }

        // Consecutive drafts of one folded name make one procedure. Slugs that two names
        // share take -2, -3... in this order, so that the same input gives the same pages.
        var procedures: [Procedure] = []
        procedures.reserveCapacity(folded.count)
        var slugs = Set<String>()
        var start = drafts.startIndex
        while start < drafts.endIndex {
            let number = drafts[start].number
            var end = start
            var fastest: Turnaround?
            while end < drafts.endIndex, drafts[end].number == number {
                fastest = Self.shorter(fastest, drafts[end].fastest)
                end += 1
            }
            let group = drafts[start..<end]
            let slugged = Spelling.slug(folded[number])
            let base = slugged.isEmpty ? "thu-tuc" : slugged  // a name without a letter or digit
            var slug = base
            var suffix = 2
            while !slugs.insert(slug).inserted {
                slug = "\(base)-\(suffix)"
                suffix += 1
            }
            procedures.append(
                Procedure(
                    name: drafts[start].name, code: group.lazy.compactMap(\.code).first,
                    field: group.lazy.compactMap(\.field).first, slug: slug,
                    rows: group.map {
                        Row(campaign: $0.campaign, unitCount: $0.unitCount, standard: $0.standard, fastest: $0.fastest)
                    },
                    unitCount: unitsOfName[number].count, fastest: fastest))
            start = end
        }
        self.procedures = procedures
    }

    /// The shorter of two turnarounds, `kept` on a tie; nil only when both are.
    private static func shorter(_ kept: Turnaround?, _ other: Turnaround?) -> Turnaround? {
        guard let kept else { return other }
        guard let other else { return kept }
        return other.isShorter(than: kept) ? other : kept
    }
}
