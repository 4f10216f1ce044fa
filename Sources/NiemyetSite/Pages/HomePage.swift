import NiemyetCore

extension PageBuilder {
    /// The home page: campaigns running on the build's day, then upcoming, then past.
    func home() -> [String: Any] {
        let groups: [(CampaignStatus, [CampaignEntry])] = [
            (.running, content.campaigns.filter { $0.status == .running }.sorted { ($0.campaign.start.value, $0.id) > ($1.campaign.start.value, $1.id) }),
            (.upcoming, content.campaigns.filter { $0.status == .upcoming }.sorted { ($0.campaign.start.value, $0.id) < ($1.campaign.start.value, $1.id) }),
            (.past, content.campaigns.filter { $0.status == .past }.sorted { ($0.campaign.end.value, $0.id) > ($1.campaign.end.value, $1.id) }),
        ]
        return [
            "pageTitle": labels["nav.home"],
            "description": labels["home.intro"],
            "groups": groups.map { status, entries -> [String: Any] in
                [
                    "groupID": status.rawValue,
                    "groupTitle": labels["home." + status.rawValue],
                    "hasItems": !entries.isEmpty,
                    "items": entries.map { entry -> [String: Any] in
                        var card: [String: Any] = [
                            "cardHref": SitePaths.campaign(entry.id),
                            "cardTitle": entry.campaign.title,
                            "cardPeriod": period(entry.campaign),
                        ]
                        if let theme = entry.campaign.theme { card["cardTheme"] = theme }
                        if let slogan = entry.campaign.slogan { card["cardSlogan"] = slogan }
                        if let summary = entry.campaign.summary { card["cardSummary"] = summary }
                        return card
                    },
                ]
            },
        ]
    }

    /// The page for addresses the site does not have. It is served at any depth, so its
    /// links start from the base URL's path instead of being relative.
    func notFound() -> [String: Any] {
        ["pageTitle": labels["notfound.title"], "root": basePath]
    }

    /// The path part of `base_url`, ending with `/`.
    var basePath: String {
        var rest = Substring(content.settings.baseURL)
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
        }
        let path = String(rest)
        return path.hasSuffix("/") ? path : path + "/"
    }
}
