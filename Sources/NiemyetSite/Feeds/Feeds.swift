import NiemyetCore

/// The files that tell readers and crawlers what the site holds: `feed.xml` (Atom, one
/// entry a campaign, newest first), `sitemap.xml` and `robots.txt`.
enum Feeds {
    static func atom(_ content: SiteContent) -> String {
        let base = content.settings.baseURL
        let entries = content.campaigns.sorted {
            ($0.campaign.published, $1.id) > ($1.campaign.published, $0.id)
        }
        let updated = entries.first?.campaign.published ?? content.today
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(content.settings.language.rawValue)">
            <title>\(escape(content.settings.title))</title>
            <id>\(escape(SitePaths.absolute("", baseURL: base)))</id>
            <link rel="alternate" type="text/html" href="\(escape(SitePaths.absolute("", baseURL: base)))"/>
            <link rel="self" type="application/atom+xml" href="\(escape(SitePaths.absolute("feed.xml", baseURL: base)))"/>
            <updated>\(timestamp(updated))</updated>
            <author><name>\(escape(content.settings.organization ?? content.settings.title))</name></author>

            """
        for entry in entries {
            let campaign = entry.campaign
            let url = SitePaths.absolute(SitePaths.campaign(campaign.id), baseURL: base)
            let summary = campaign.summary ?? campaign.slogan ?? content.labels.period(campaign.start.value, campaign.end.value)
            xml += """
                <entry>
                <title>\(escape(campaign.title))</title>
                <id>\(escape(url))</id>
                <link rel="alternate" type="text/html" href="\(escape(url))"/>
                <published>\(timestamp(campaign.published))</published>
                <updated>\(timestamp(campaign.published))</updated>
                <author><name>\(escape(campaign.organizer))</name></author>
                <summary>\(escape(summary))</summary>
                <content type="html">\(escape(campaign.bodyHTML))</content>
                </entry>

                """
        }
        return xml + "</feed>\n"
    }

    /// Every page but the 404 page, by absolute address.
    static func sitemap(paths: [String], baseURL: String) -> String {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for path in paths.sorted() where path != "404.html" {
            let address = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
            xml += "<url><loc>\(escape(SitePaths.absolute(address, baseURL: baseURL)))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func robots(baseURL: String) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(SitePaths.absolute("sitemap.xml", baseURL: baseURL))\n"
    }

    /// Midnight of a day in Vietnam, as Atom wants a full time.
    static func timestamp(_ date: LocalDate) -> String { "\(date.iso)T00:00:00+07:00" }

    /// Text safe in XML content and attribute values.
    static func escape(_ text: String) -> String {
        // Most values (every address of the sitemap) have nothing to escape.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // Control characters other than tab and newline are not allowed in XML 1.0.
                if character.value < 0x20, character != "\t", character != "\n", character != "\r" { continue }
                out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
