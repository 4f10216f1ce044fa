import NiemyetCore

extension PageBuilder {
    /// Every registered procedure across campaigns, one row a procedure and campaign:
    /// how many units registered it and the shortest reduced turnaround.
    func procedureIndex(root: String) -> [String: Any] {
        struct Row {
            var folded: String
            var name: String
            var code: String?
            var field: String?
            var campaign: CampaignEntry
            var units: Set<String>
            var standard: Turnaround?
            var fastest: Turnaround?
        }
        var rows: [Row] = []
        // The same few names recur in every campaign: fold each once.
        var foldedNames: [String: String] = [:]
        for entry in content.campaigns {
            var byName: [String: Int] = [:]
            for unit in entry.units {
                for procedure in unit.procedures {
                    let folded = foldedNames[procedure.name] ?? TextFolding.fold(procedure.name)
                    foldedNames[procedure.name] = folded
                    let reduced = procedure.reduced?.value
                    if let index = byName[folded] {
                        rows[index].units.insert(unit.id)
                        if let reduced, rows[index].fastest.map({ reduced.isShorter(than: $0) }) ?? true {
                            rows[index].fastest = reduced
                        }
                    } else {
                        byName[folded] = rows.count
                        rows.append(
                            Row(
                                folded: folded, name: procedure.name, code: procedure.code?.value,
                                field: procedure.field, campaign: entry, units: [unit.id],
                                standard: procedure.standard?.value, fastest: reduced))
                    }
                }
            }
        }
        rows.sort {
            ($0.folded, $1.campaign.campaign.start.value, $0.campaign.id)
                < ($1.folded, $0.campaign.campaign.start.value, $1.campaign.id)
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
                if let code = row.code { item["code"] = code }
                return item
            },
        ]
    }
}
