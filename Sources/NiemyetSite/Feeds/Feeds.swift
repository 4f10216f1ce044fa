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

    /// Every page but the 404 page, by absolute address, in the order of `paths` (the
    /// site's pages: sorted, they cost a rebuild 20 million instructions of comparisons).
    /// Written as bytes: ten thousand interpolated lines were a twentieth of a rebuild's
    /// instructions.
    static func sitemap(paths: [String], baseURL: String) -> [UInt8] {
        var xml = Array(
            """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """.utf8)
        // Escaping works byte by byte, so the base is escaped once for every address.
        let base = Array(escape(SitePaths.absolute("", baseURL: baseURL)).utf8)
        xml.reserveCapacity(xml.count + paths.count * (base.count + 64))
        let index = "index.html".utf8
        for var path in paths where path != "404.html" {
            xml.append(contentsOf: "<url><loc>".utf8)
            xml.append(contentsOf: base)
            path.withUTF8 { bytes in
                let page = bytes.count >= index.count && bytes.suffix(index.count).elementsEqual(index)
                escape(UnsafeBufferPointer(rebasing: bytes.dropLast(page ? index.count : 0)), into: &xml)
            }
            xml.append(contentsOf: "</loc></url>\n".utf8)
        }
        xml.append(contentsOf: "</urlset>\n".utf8)
        return xml
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
        // Most values (every address of the sitemap) have nothing to escape.
        var source = text
        return source.withUTF8 { bytes in
            guard bytes.contains(where: needsEscape) else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8)
            escape(bytes, into: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    /// Appends `bytes` (UTF-8) to `out`, escaped for XML.
    /// The text between two bytes that need escaping is appended in one piece: appended
    /// byte by byte, the feed of 200 campaigns whose notices run to kilobytes took 23
    /// million instructions, 17 million this way.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var start = 0
        while true {
            var found = start
            while found < bytes.count, !needsEscape(bytes[found]) { found += 1 }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<found]))
            guard found < bytes.count else { return }
            switch bytes[found] {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&apos;".utf8)
            // Control characters other than tab and line ends are not allowed in XML 1.0.
            case 0x09, 0x0A, 0x0D: out.append(bytes[found])
            default: break
            }
            start = found + 1
        }
    }
}
