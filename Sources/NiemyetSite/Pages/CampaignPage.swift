import Foundation
import NiemyetCore

extension PageBuilder {
    /// A campaign: its facts, activities, notice and the table of every registered
    /// procedure by unit, with filters by block, unit and field.
    func campaign(_ entry: CampaignEntry, root: String) -> [String: Any] {
        let campaign = entry.campaign
        var facts: [String: Any] = [
            "title": campaign.title,
            "status": entry.status.rawValue,
            "statusLabel": labels["status." + entry.status.rawValue],
            "organizer": campaign.organizer,
            "period": period(campaign),
            "published": labels.date(campaign.published),
            "bodyHTML": campaign.bodyHTML,
        ]
        if let theme = campaign.theme { facts["theme"] = theme }
        if let slogan = campaign.slogan { facts["slogan"] = slogan }
        if let courtesy = campaign.courtesy { facts["courtesy"] = courtesy }

        var rows: [[String: Any]] = []
        var blocks: [String: String] = [:]
        var fields = Set<String>()
        for unit in entry.units {
            if let block = unit.block { blocks[block.id] = labels.block(block) }
            for procedure in unit.procedures {
                var row: [String: Any] = [
                    "procedureName": procedure.name,
                    "unitID": unit.id,
                    "unitName": unit.name,
                    "unitHref": root + SitePaths.unit(unit.id, in: campaign.id),
                    "blockID": unit.block?.id ?? "",
                    "blockName": labels.block(unit.block),
                    "fieldValue": procedure.field ?? "",
                    "fieldName": procedure.field ?? labels["none"],
                    "standard": labels.turnaround(procedure.standard?.value),
                    "reduced": labels.turnaround(procedure.reduced?.value),
                ]
                if let code = procedure.code?.value { row["code"] = code }
                if let link = unit.postingLink { row["postingHref"] = link }
                if unit.postingURL != nil { row["postingOffline"] = true }
                if let poster = unitPosterPath(unit.id, in: campaign.id) { row["posterHref"] = root + poster }
                if let field = procedure.field { fields.insert(field) }
                rows.append(row)
            }
        }

        var context: [String: Any] = [
            "pageTitle": campaign.title,
            "campaign": facts,
            "crumbs": crumbs([(labels["nav.home"], root)]),
            "hasActivities": !campaign.activities.isEmpty,
            "activities": campaign.activities.map { activity -> [String: Any] in
                var item: [String: Any] = ["activityTitle": activity.title]
                if let start = activity.start?.value, let end = activity.end?.value {
                    item["activityPeriod"] = labels.period(start, end)
                }
                if let summary = activity.summaryHTML { item["activitySummaryHTML"] = summary }
                return item
            },
            "hasRows": !rows.isEmpty,
            "rows": rows,
            "filters": !rows.isEmpty,
            "posters": includePosters,
            "filterBlocks": blocks.keys.sorted().map { ["optionValue": $0, "optionLabel": blocks[$0] ?? $0] },
            "filterUnits": entry.units.filter { !$0.procedures.isEmpty }.map { ["optionValue": $0.id, "optionLabel": $0.name] },
            "filterFields": fields.sorted().map { ["optionValue": $0, "optionLabel": $0] },
            "dataHref": root + SitePaths.data(campaign.id),
            "jsonLD": jsonLD(entry),
        ]
        if let summary = campaign.summary { context["description"] = summary }
        if !campaign.results.isEmpty { context["resultsHref"] = root + SitePaths.results(campaign.id) }
        if includePosters { context["summaryPosterHref"] = root + SitePaths.summaryPoster(campaign: campaign.id) }
        return context
    }

    /// schema.org data for search engines: a SpecialAnnouncement whose benefit is the
    /// GovernmentService of faster procedures. Escaped for a `<script>` element.
    func jsonLD(_ entry: CampaignEntry) -> String {
        let campaign = entry.campaign
        let base = content.settings.baseURL
        var service: [String: Any] = [
            "@type": "GovernmentService",
            "name": campaign.title,
            "serviceOperator": ["@type": "GovernmentOrganization", "name": campaign.organizer],
            "url": SitePaths.absolute(SitePaths.campaign(campaign.id), baseURL: base),
        ]
        let procedures = entry.units.flatMap { unit in unit.procedures.map { "\($0.name) (\(unit.name))" } }
        if !procedures.isEmpty {
            service["hasOfferCatalog"] = [
                "@type": "OfferCatalog", "name": labels["procedures"],
                "itemListElement": procedures.map { ["@type": "Offer", "name": $0] },
            ]
        }
        var announcement: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "SpecialAnnouncement",
            "name": campaign.title,
            "datePosted": campaign.published.iso,
            "expires": campaign.end.value.iso,
            "inLanguage": content.settings.language.rawValue,
            "url": SitePaths.absolute(SitePaths.campaign(campaign.id), baseURL: base),
            "governmentBenefitsInfo": service,
        ]
        if let text = campaign.summary ?? campaign.slogan { announcement["text"] = text }
        return JSONText.script(announcement)
    }
}
