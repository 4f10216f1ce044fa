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
        // A page repeats the same few addresses (navigation, assets): resolve each once.
        var raws = Set<String>()
        var html = html
        html.withUTF8 { bytes in
            let quote = UInt8(ascii: "\"")
            var index = 1
            // Every `="` preceded by ` href` or ` src` opens a value that runs to the next quote.
            while index < bytes.count - 1 {
                guard bytes[index] == UInt8(ascii: "="), bytes[index + 1] == quote else {
                    index += 1
                    continue
                }
                let isLink = endsWith(bytes, at: index, "href") || endsWith(bytes, at: index, "src")
                var end = index + 2
                while end < bytes.count, bytes[end] != quote { end += 1 }
                if isLink {
                    raws.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 2)..<end]), as: UTF8.self))
                }
                index = end + 1
            }
        }
        return Set(raws.compactMap { resolve($0, from: page, basePath: basePath) }).sorted()
    }

    /// Whether the bytes just before `index` spell the attribute name `word`, white space
    /// before it (so `data-href` is not a link).
    private static func endsWith(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index > count, [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r")]
            .contains(bytes[index - count - 1])
        else { return false }
        return word.withUTF8Buffer { expected in
            var offset = 0
            while offset < count {
                if bytes[index - count + offset] != expected[offset] { return false }
                offset += 1
            }
            return true
        }
    }

    /// The site path a link written on `page` points at, or nil when it leaves the site.
    static func resolve(_ raw: String, from page: String, basePath: String) -> String? {
        if let plain = resolvePlain(raw, from: page) { return plain }
        if leavesSite(raw) { return nil }
        var link = raw.contains("&") ? raw.replacingOccurrences(of: "&amp;", with: "&") : raw
        if let cut = link.firstIndex(where: { $0 == "#" || $0 == "?" }) { link = String(link[..<cut]) }
        if raw.hasPrefix("#") || raw.hasPrefix("//") { return nil }
        if let colon = link.firstIndex(of: ":"),
            link[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) })
        {
            return nil
        }
        if link.contains("%") { link = link.removingPercentEncoding ?? link }
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

    /// Whether `raw` is plainly not a file of the site, told from its bytes: a fragment of
    /// the page, a protocol-relative address, or an ASCII scheme (`https:`, `mailto:`)
    /// with no `&`, `#` or `?` before its colon. Every unit's posting address is one, and
    /// the general path reads it character by character. Anything else takes that path.
    private static func leavesSite(_ raw: String) -> Bool {
        let bytes = raw.utf8
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: "#") || bytes.starts(with: "//".utf8) { return true }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: ":"): return true
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                continue
            default: return false
            }
        }
        return false
    }

    /// `resolve` for the links the theme writes (ASCII, relative, no query, fragment,
    /// escape or scheme), working on bytes; nil for any other link, which takes the
    /// general path. Every page holds a few dozen such links, so this is most of the check.
    private static func resolvePlain(_ raw: String, from page: String) -> String? {
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        let link = Array(raw.utf8)
        guard let first = link.first, first != slash, first != UInt8(ascii: "#"),
            link.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !"&#?%:".utf8.contains($0) })
        else { return nil }
        var resolved: [ArraySlice<UInt8>] = Array(page.utf8).split(separator: slash, omittingEmptySubsequences: false)
        resolved.removeLast()
        let parts = link.split(separator: slash, omittingEmptySubsequences: false)
        for (position, part) in parts.enumerated() {
            if part.elementsEqual([dot]) { continue }
            if part.elementsEqual([dot, dot]) {
                if !resolved.isEmpty { resolved.removeLast() }
                continue
            }
            if part.isEmpty && position < parts.count - 1 { continue }
            resolved.append(part)
        }
        var path = Array(resolved.joined(separator: [slash]))
        if path.isEmpty || link.last == slash || path.last == slash || link == [dot] || link == [dot, dot] {
            if !path.isEmpty && path.last != slash { path.append(slash) }
            path.append(contentsOf: "index.html".utf8)
        }
        return String(decoding: path, as: UTF8.self)
    }
}
