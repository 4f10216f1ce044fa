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
        // Only ASCII bytes are replaced or dropped, so the result stays valid UTF-8: the
        // text is escaped as bytes (a campaign's summary runs to kilobytes, and appending
        // it scalar by scalar was a twentieth of a rebuild).
        var source = text
        return source.withUTF8 { bytes in
            // Most values (every address of the sitemap) have nothing to escape.
            guard bytes.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
            else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&apos;".utf8)
                // Control characters other than tab and line ends are not allowed in XML 1.0.
                case 0x09, 0x0A, 0x0D: out.append(byte)
                case ..<0x20: continue
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
