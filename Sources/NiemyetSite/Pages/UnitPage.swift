import NiemyetCore

extension PageBuilder {
    /// A unit in a campaign: its procedures and times, where it posted them, its
    /// poster, its results and, when a check report exists, its check status.
    func unit(_ entry: CampaignEntry, _ unit: UnitEntry, root: String) -> [String: Any] {
        let campaign = entry.campaign
        var facts: [String: Any] = [
            "name": unit.name,
            "block": labels.block(unit.block),
            // An offline copy's path means nothing to citizens: name what it is instead.
            "postingText": unit.postingLink != nil
                ? unit.postingURL ?? "" : unit.postingURL != nil ? labels["posting.offline"] : labels["posting.none"],
        ]
        if let link = unit.postingLink { facts["postingHref"] = link }
        if let address = unit.address { facts["address"] = address }
        if let phone = unit.phone { facts["phone"] = phone }

        var context: [String: Any] = [
            "pageTitle": unit.name,
            "description": "\(unit.name): \(campaign.title)",
            "unit": facts,
            "crumbs": crumbs([(labels["nav.home"], root), (campaign.title, root + SitePaths.campaign(campaign.id))]),
            "campaignHref": root + SitePaths.campaign(campaign.id),
            "campaignTitle": campaign.title,
            "campaignPeriod": period(campaign),
            "hasRows": !unit.procedures.isEmpty,
            "rows": unit.procedures.map { procedure -> [String: Any] in
                [
                    "procedureName": procedure.name,
                    "codeText": procedure.code?.value ?? labels["none"],
                    "fieldName": procedure.field ?? labels["none"],
                    "standard": labels.turnaround(procedure.standard?.value),
                    "reduced": labels.turnaround(procedure.reduced?.value),
                ]
            },
        ]
        if let poster = unitPosterPath(unit.id, in: campaign.id) { context["posterHref"] = root + poster }
        if let body = unit.bodyHTML { context["unitBodyHTML"] = body }
        if let result = unit.result {
            context["result"] = [
                "received": labels.number(result.received), "sameDay": labels.number(result.sameDay),
                "onTime": labels.number(result.onTime), "late": labels.number(result.late),
            ]
        }
        if let check = unit.check, let status = check.status, CheckReport.knownStatuses.contains(status) {
            var checkContext: [String: Any] = ["checkStatus": status, "checkLabel": labels["check." + status]]
            if let day = content.checkedAt { checkContext["checkedAt"] = labels.date(day) }
            context["check"] = checkContext
        }
        return context
    }
}
