import NiemyetCore

extension PageBuilder {
    /// Every distinct procedure across campaigns, one row each linking its own page: in
    /// how many campaigns and units it was registered and the shortest reduced turnaround.
    func procedureIndex(root: String) -> [String: Any] {
        [
            "pageTitle": labels["index.title"],
            "description": labels["index.intro"],
            "crumbs": crumbs([(labels["nav.home"], root)]),
            "hasRows": !registered.procedures.isEmpty,
            "rows": registered.procedures.map { procedure -> [String: Any] in
                [
                    "procedureName": procedure.name,
                    "procedureHref": root + SitePaths.procedure(procedure.slug),
                    // Present even when absent (false): a missing key sends the template
                    // engine up through every enclosing context, for each of many rows.
                    "code": procedure.code as Any? ?? false,
                    "fieldName": procedure.field ?? labels["none"],
                    "campaignCount": labels.number(procedure.rows.count),
                    "unitCount": labels.number(procedure.unitCount),
                    "reduced": labels.turnaround(procedure.fastest),
                ]
            },
        ]
    }

    /// Folds what `procedure`'s page shows into `fingerprint` without building its
    /// context: the values `procedure(_:root:)` puts there (labels are the site's, folded
    /// in by every page). A rebuild digests every procedure's page, and building thousands
    /// of rows of context only to find them unchanged was a seventh of a rebuild.
    func combineInputs(of procedure: RegisteredProcedures.Procedure, root: String, into fingerprint: inout Fingerprint) {
        fingerprint.combine("procedure")
        for text in [procedure.name, procedure.slug, procedure.code ?? "\u{0}", procedure.field ?? "\u{0}", root] {
            fingerprint.combine(text)
        }
        fingerprint.combine(content.settings.baseURL)
        fingerprint.combine(content.settings.language.rawValue)
        for row in procedure.rows {
            let entry = content.campaigns[row.campaign]
            fingerprint.combine(entry.id)
            fingerprint.combine(entry.campaign.title)
            fingerprint.combine(labels.number(row.unitCount))
            fingerprint.combine(labels.turnaround(row.standard))
            fingerprint.combine(labels.turnaround(row.fastest))
        }
    }

    /// One procedure's page: a row for each campaign that registered it, with how many
    /// units did, the standard turnaround and the shortest reduced one.
    func procedure(_ procedure: RegisteredProcedures.Procedure, root: String) -> [String: Any] {
        let index = root + SitePaths.procedures
        return [
            "pageTitle": procedure.name,
            "description": labels.fill("procedure.description", ["name": procedure.name]),
            "crumbs": crumbs([(labels["nav.home"], root), (labels["index.title"], index)]),
            "indexHref": index,
            "codeText": procedure.code ?? labels["none"],
            "fieldName": procedure.field ?? labels["none"],
            "rows": procedure.rows.map { row -> [String: Any] in
                let entry = content.campaigns[row.campaign]
                return [
                    "campaignHref": root + SitePaths.campaign(entry.id),
                    "campaignTitle": entry.campaign.title,
                    "unitCount": labels.number(row.unitCount),
                    "standard": labels.turnaround(row.standard),
                    "reduced": labels.turnaround(row.fastest),
                ]
            },
        ]
    }
}
