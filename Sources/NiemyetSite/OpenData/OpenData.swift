import NiemyetCore

/// The open data: `data/campaigns.json` lists every campaign, and `data/<campaign>.json`
/// holds everything its pages show, for anyone to reuse.
enum OpenData {
    static func index(_ content: SiteContent) -> [String: Any] {
        [
            "site": content.settings.title,
            "campaigns": content.campaigns.map { entry -> [String: Any] in
                var item = summary(entry, content: content)
                item["data"] = SitePaths.absolute(SitePaths.data(entry.id), baseURL: content.settings.baseURL)
                return item
            },
        ]
    }

    static func campaign(_ entry: CampaignEntry, content: SiteContent, includePosters: Bool) -> [String: Any] {
        let campaign = entry.campaign
        let base = content.settings.baseURL
        var document = summary(entry, content: content)
        document["body_html"] = campaign.bodyHTML
        if let courtesy = campaign.courtesy { document["courtesy"] = courtesy }
        document["activities"] = campaign.activities.map { activity -> [String: Any] in
            var item: [String: Any] = ["title": activity.title]
            if let start = activity.start?.value { item["start"] = start.iso }
            if let end = activity.end?.value { item["end"] = end.iso }
            if let summary = activity.summaryHTML { item["summary_html"] = summary }
            return item
        }
        document["units"] = entry.units.map { unit -> [String: Any] in
            var item: [String: Any] = [
                "id": unit.id, "name": unit.name,
                "url": SitePaths.absolute(SitePaths.unit(unit.id, in: campaign.id), baseURL: base),
                "procedures": unit.procedures.map { procedure -> [String: Any] in
                    var row: [String: Any] = ["name": procedure.name]
                    if let code = procedure.code?.value { row["code"] = code }
                    if let field = procedure.field { row["field"] = field }
                    if let standard = procedure.standard?.value {
                        row["standard"] = standard.vietnamese
                        row["standard_minutes"] = standard.workingMinutes
                    }
                    if let reduced = procedure.reduced?.value {
                        row["reduced"] = reduced.vietnamese
                        row["reduced_minutes"] = reduced.workingMinutes
                    }
                    return row
                },
            ]
            if let block = unit.block { item["block"] = block.id }
            if let posting = unit.postingURL { item["posting_url"] = posting }
            if let address = unit.address { item["address"] = address }
            if let phone = unit.phone { item["phone"] = phone }
            if let body = unit.bodyHTML { item["body_html"] = body }
            if includePosters {
                item["poster"] = SitePaths.absolute(SitePaths.poster(unit: unit.id, in: campaign.id), baseURL: base)
            }
            if let status = unit.check?.status { item["check_status"] = status }
            if let result = unit.result {
                item["results"] = [
                    "received": result.received, "same_day": result.sameDay, "on_time": result.onTime, "late": result.late,
                ]
            }
            return item
        }
        return document
    }

    private static func summary(_ entry: CampaignEntry, content: SiteContent) -> [String: Any] {
        let campaign = entry.campaign
        var item: [String: Any] = [
            "id": campaign.id, "title": campaign.title, "organizer": campaign.organizer,
            "start": campaign.start.value.iso, "end": campaign.end.value.iso,
            "published": campaign.published.iso, "status": entry.status.rawValue,
            "url": SitePaths.absolute(SitePaths.campaign(campaign.id), baseURL: content.settings.baseURL),
            "units": entry.units.count,
            "procedures": entry.units.reduce(0) { $0 + $1.procedures.count },
        ]
        if let theme = campaign.theme { item["theme"] = theme }
        if let slogan = campaign.slogan { item["slogan"] = slogan }
        if let summary = campaign.summary { item["summary"] = summary }
        return item
    }
}
