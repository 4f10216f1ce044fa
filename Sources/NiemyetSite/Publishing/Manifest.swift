import Foundation

/// What a build wrote: each page's fingerprint and the site paths it links to, each
/// campaign's input key, and every other file of the folder. Kept as `.niemyet-manifest`
/// inside the output folder, so that it is swapped in with the pages it describes and can
/// never disagree with them; the next build keeps the pages of campaigns whose key did not
/// change without planning them, other pages whose fingerprint did not change, and clears
/// files of a recycled folder (see `Staging`) that the new site no longer has.
///
/// The file is cut into one section a campaign (its pages, open data and posters) and one
/// for the rest of the site. A rebuild reads only the sections of campaigns whose key
/// changed and carries the others over as bytes: parsing and writing every section took
/// a quarter of a rebuild of 10,000 pages.
struct Manifest: Sendable {
    static let fileName = ".niemyet-manifest"
    static let header = "niemyet-manifest 5"

    struct Entry: Sendable, Equatable {
        var fingerprint: String
        var targets: [String]
    }

    /// The pages and other files of one part of the site.
    struct Section: Sendable, Equatable {
        /// Pages by path.
        var entries: [String: Entry] = [:]
        /// Every file of the part, pages included.
        var files: Set<String> = []
    }

    /// One campaign's section and the key its pages were made from (see `SiteBuilder`).
    struct Part: Sendable {
        var key: String
        /// The section as the file holds it: read on demand, written back unchanged.
        fileprivate var stored: ArraySlice<UInt8>?
        fileprivate var made: Section?

        init(key: String, section: Section) {
            self.key = key
            made = section
        }

        fileprivate init(key: String, stored: ArraySlice<UInt8>) {
            self.key = key
            self.stored = stored
        }

        /// The section's pages and files (empty when its text is damaged: its pages are
        /// then made again).
        var section: Section {
            if let made { return made }
            return stored.flatMap { $0.withUnsafeBufferPointer(Manifest.parseSection) } ?? Section()
        }
    }

    /// Pages and files outside any campaign: home, procedure pages, feeds, assets.
    var site = Section()
    /// Each campaign's part, by campaign id.
    var campaigns: [String: Part] = [:]

    /// The manifest of `folder`, or an empty one (first build, older format).
    static func read(from folder: URL) -> Manifest {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else {
            return Manifest()
        }
        return parse([UInt8](data)) ?? Manifest()
    }

    /// Whether `folder` holds a manifest of this format, reading its first line only.
    static func describes(_ folder: URL) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: folder.appendingPathComponent(fileName).path) else { return false }
        defer { try? handle.close() }
        let expected = Array((header + "\n").utf8)
        return (try? handle.read(upToCount: expected.count)).map { Array($0) == expected } ?? false
    }

    /// The header line, then for each campaign `C <id> <key> <length>` and its section's
    /// `length` bytes, then `S <length>` and the site's section; nil for another format or
    /// a file cut short.
    static func parse(_ bytes: [UInt8]) -> Manifest? {
        var manifest = Manifest()
        var start = 0
        var first = true
        var sawSite = false
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let fields = bytes[start..<end].split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            start = end + 1
            if first {
                guard bytes[0..<end].elementsEqual(header.utf8) else { return nil }
                first = false
                continue
            }
            guard let length = fields.last.flatMap({ Int(String(decoding: $0, as: UTF8.self)) }), length >= 0,
                length <= bytes.count - start
            else { return nil }
            let body = bytes[start..<(start + length)]
            start += length
            switch (fields.first?.first, fields.count) {
            case (UInt8(ascii: "C"), 4) where fields[0].count == 1:
                let id = String(decoding: fields[1], as: UTF8.self)
                manifest.campaigns[id] = Part(key: String(decoding: fields[2], as: UTF8.self), stored: body)
            case (UInt8(ascii: "S"), 2) where fields[0].count == 1:
                guard let site = body.withUnsafeBufferPointer(parseSection) else { return nil }
                manifest.site = site
                sawSite = true
            default:
                return nil
            }
        }
        return sawSite ? manifest : nil
    }

    /// Lines `T <target>` (the table, in order), `P <path> <fingerprint> <n,n,...>` and
    /// `F <path>`, fields split by tabs; nil when a page names a target the table lacks.
    private static func parseSection(_ bytes: UnsafeBufferPointer<UInt8>) -> Section? {
        let tab = UInt8(ascii: "\t")
        let newline = UInt8(ascii: "\n")
        var section = Section()
        // Sized from the number of lines first: growing tables of ten thousand paths
        // hashed every path again at each doubling.
        let lines = bytes.reduce(0) { $0 + ($1 == newline ? 1 : 0) }
        section.entries.reserveCapacity(lines)
        section.files.reserveCapacity(lines)
        var table: [String] = []
        var fields: [UnsafeBufferPointer<UInt8>] = []
        var start = 0
        while start < bytes.count {
            let end =
                bytes.baseAddress.flatMap { base in
                    memchr(base + start, Int32(newline), bytes.count - start).map {
                        base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
                    }
                } ?? bytes.count
            defer { start = end + 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            // The tab-separated fields after the line's kind letter.
            fields.removeAll(keepingCapacity: true)
            var field = 2
            guard line.count > 2, line[1] == tab else { continue }
            for index in 2...line.count where index == line.count || line[index] == tab {
                fields.append(UnsafeBufferPointer(rebasing: line[field..<index]))
                field = index + 1
            }
            func text(_ index: Int) -> String { String(decoding: fields[index], as: UTF8.self) }
            switch line[0] {
            case UInt8(ascii: "T") where fields.count == 1:
                table.append(text(0))
            case UInt8(ascii: "P") where fields.count == 3:
                var targets: [String] = []
                var number = 0
                var digits = 0
                for byte in fields[2] {
                    if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                        number = number &* 10 &+ Int(byte - UInt8(ascii: "0"))
                        digits += 1
                    } else {
                        guard digits > 0, number < table.count else { return nil }
                        targets.append(table[number])
                        number = 0
                        digits = 0
                    }
                }
                if digits > 0 {
                    guard number < table.count else { return nil }
                    targets.append(table[number])
                }
                let path = text(0)
                section.entries[path] = Entry(fingerprint: text(1), targets: targets)
                section.files.insert(path)
            case UInt8(ascii: "F") where fields.count == 1:
                section.files.insert(text(0))
            default:
                continue
            }
        }
        return section
    }

    /// The campaigns' sections in the order of their ids, each as it was read when it was
    /// not changed, then the site's, so the file is the same for the same site.
    var bytes: [UInt8] {
        var out = Array((Self.header + "\n").utf8)
        out.reserveCapacity(campaigns.values.reduce(out.count) { $0 + 64 + ($1.stored?.count ?? 0) })
        for id in campaigns.keys.sorted() {
            guard let part = campaigns[id] else { continue }
            // A section carried over is appended from where it was read, not copied first.
            let made = part.made.map(Self.bytes(of:))
            let count = made?.count ?? part.stored?.count ?? 0
            out.append(contentsOf: "C\t\(id)\t\(part.key)\t\(count)\n".utf8)
            if let made { out.append(contentsOf: made) } else if let stored = part.stored { out.append(contentsOf: stored) }
        }
        let site = Self.bytes(of: site)
        out.append(contentsOf: "S\t\(site.count)\n".utf8)
        out.append(contentsOf: site)
        return out
    }

    /// The table of targets, then a line a page and one for each other file, each group
    /// sorted (targets in the order pages first name them).
    private static func bytes(of section: Section) -> [UInt8] {
        var table: [UInt8] = []
        var pages: [UInt8] = []
        pages.reserveCapacity(section.entries.count * 128)
        func field(_ text: String, in out: inout [UInt8]) {
            out.append(UInt8(ascii: "\t"))
            out.append(contentsOf: text.utf8)
        }
        var number: [String: Int] = [:]
        for path in section.entries.keys.sorted() {
            guard let entry = section.entries[path] else { continue }
            pages.append(UInt8(ascii: "P"))
            field(path, in: &pages)
            field(entry.fingerprint, in: &pages)
            pages.append(UInt8(ascii: "\t"))
            for (index, target) in entry.targets.enumerated() {
                let known = number[target]
                let value = known ?? number.count
                if known == nil {
                    number[target] = value
                    table.append(UInt8(ascii: "T"))
                    field(target, in: &table)
                    table.append(UInt8(ascii: "\n"))
                }
                if index > 0 { pages.append(UInt8(ascii: ",")) }
                appendDecimal(value, to: &pages)
            }
            pages.append(UInt8(ascii: "\n"))
        }
        for path in section.files.subtracting(section.entries.keys).sorted() {
            pages.append(UInt8(ascii: "F"))
            field(path, in: &pages)
            pages.append(UInt8(ascii: "\n"))
        }
        return table + pages
    }

    /// Appends `value` (not negative) in decimal digits.
    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
