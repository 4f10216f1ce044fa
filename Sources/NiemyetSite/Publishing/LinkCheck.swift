import Foundation
import NiemyetCore

/// The internal links and asset references of the written pages, and whether each one
/// points at a file the site has.
enum LinkCheck {
    /// The site paths (`c/u/index.html`, `assets/site.css`) that `html`, written at
    /// `page`, refers to with `href="..."` or `src="..."`. Addresses with a scheme
    /// (`https:`, `mailto:`), fragments of the page itself and protocol-relative
    /// addresses are not the site's files and are left out.
    static func targets(in html: String, page: String, basePath: String) -> [String] {
        var targets: [String] = []
        let bytes = Array(html.utf8)
        var index = 0
        while index < bytes.count {
            guard let valueStart = attributeValueStart(bytes, at: index) else {
                index += 1
                continue
            }
            var end = valueStart
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
            let raw = String(decoding: bytes[valueStart..<end], as: UTF8.self)
            if let target = resolve(raw, from: page, basePath: basePath) { targets.append(target) }
            index = end + 1
        }
        return Array(Set(targets)).sorted()
    }

    /// The index just past `href="` or `src="` when one starts at `index`.
    private static func attributeValueStart(_ bytes: [UInt8], at index: Int) -> Int? {
        for name in [Array(" href=\"".utf8), Array(" src=\"".utf8)] {
            if index + name.count <= bytes.count, bytes[index..<index + name.count].elementsEqual(name) {
                return index + name.count
            }
        }
        return nil
    }

    /// The site path a link written on `page` points at, or nil when it leaves the site.
    static func resolve(_ raw: String, from page: String, basePath: String) -> String? {
        var link = raw.replacingOccurrences(of: "&amp;", with: "&")
        if let cut = link.firstIndex(where: { $0 == "#" || $0 == "?" }) { link = String(link[..<cut]) }
        if raw.hasPrefix("#") || raw.hasPrefix("//") { return nil }
        if let colon = link.firstIndex(of: ":"),
            link[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) })
        {
            return nil
        }
        link = link.removingPercentEncoding ?? link
        var parts: [Substring]
        if link.hasPrefix("/") {
            // Absolute paths (the 404 page) are under the base URL's path.
            let base = basePath.hasSuffix("/") ? basePath : basePath + "/"
            guard link.hasPrefix(base) else { return link }
            parts = link.dropFirst(base.count).split(separator: "/", omittingEmptySubsequences: false)
        } else {
            parts = page.split(separator: "/", omittingEmptySubsequences: false).dropLast()
                + link.split(separator: "/", omittingEmptySubsequences: false)
        }
        var resolved: [Substring] = []
        for (position, part) in parts.enumerated() {
            switch part {
            case ".": continue
            case "..": if !resolved.isEmpty { resolved.removeLast() }
            case "" where position < parts.count - 1: continue
            default: resolved.append(part)
            }
        }
        var path = resolved.joined(separator: "/")
        if link.isEmpty { return page }
        if path.isEmpty || link.hasSuffix("/") || link == "." || link == ".." || path.hasSuffix("/") {
            path = path.isEmpty ? "index.html" : (path.hasSuffix("/") ? path : path + "/") + "index.html"
        }
        return path
    }
}
