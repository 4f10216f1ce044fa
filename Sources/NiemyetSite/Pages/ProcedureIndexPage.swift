import NiemyetCore

extension PageBuilder {
    /// Every registered procedure across campaigns, one row a procedure and campaign:
    /// how many units registered it and the shortest reduced turnaround.
    func procedureIndex(root: String) -> [String: Any] {
        struct Row {
            /// The number of the folded name.
            var number: Int
            var name: String
            var code: String?
            var field: String?
            var campaign: CampaignEntry
            var units: Set<String>
            var standard: Turnaround?
            var fastest: Turnaround?
        }
        // The same few names recur in every campaign: fold each spelling once and number
        // the folded names, so that rows are found and sorted by integers (hashing and
        // comparing Vietnamese strings normalizes them every time).
        var numberOfSpelling: [ExactText: Int] = [:]
        var numberOfFolded: [String: Int] = [:]
        var folded: [String] = []
        var rows: [Row] = []
        for entry in content.campaigns {
            var rowOfName: [Int: Int] = [:]
            for unit in entry.units {
                for procedure in unit.procedures {
                    let spelling = ExactText(procedure.name)
                    let number: Int
                    if let known = numberOfSpelling[spelling] {
                        number = known
                    } else {
                        let key = TextFolding.fold(procedure.name)
                        number = numberOfFolded[key] ?? folded.count
                        if number == folded.count {
                            numberOfFolded[key] = number
                            folded.append(key)
                        }
                        numberOfSpelling[spelling] = number
                    }
                    let reduced = procedure.reduced?.value
                    if let index = rowOfName[number] {
                        rows[index].units.insert(unit.id)
                        if let reduced, rows[index].fastest.map({ reduced.isShorter(than: $0) }) ?? true {
                            rows[index].fastest = reduced
                        }
                    } else {
                        rowOfName[number] = rows.count
                        rows.append(
                            Row(
                                number: number, name: procedure.name, code: procedure.code?.value,
                                field: procedure.field, campaign: entry, units: [unit.id],
                                standard: procedure.standard?.value, fastest: reduced))
                    }
                }
            }
        }
        var rank = [Int](repeating: 0, count: folded.count)
        for (place, number) in folded.indices.sorted(by: { folded[$0] < folded[$1] }).enumerated() { rank[number] = place }
        rows.sort {
            (rank[$0.number], $1.campaign.campaign.start.value, $0.campaign.id)
                < (rank[$1.number], $0.campaign.campaign.start.value, $1.campaign.id)
        }
        return [
            "pageTitle": labels["index.title"],
            "description": labels["index.intro"],
            "crumbs": crumbs([(labels["nav.home"], root)]),
            "hasRows": !rows.isEmpty,
            "rows": rows.map { row -> [String: Any] in
                var item: [String: Any] = [
                    "procedureName": row.name,
                    "fieldName": row.field ?? labels["none"],
                    "campaignHref": root + SitePaths.campaign(row.campaign.id),
                    "campaignTitle": row.campaign.campaign.title,
                    "unitCount": labels.number(row.units.count),
                    "standard": labels.turnaround(row.standard),
                    "reduced": labels.turnaround(row.fastest),
                ]
                // Present even when absent (false): a missing key sends the template engine
                // up through every enclosing context, for each of thousands of rows.
                if let code = row.code { item["code"] = code } else { item["code"] = false }
                return item
            },
        ]
    }
}
