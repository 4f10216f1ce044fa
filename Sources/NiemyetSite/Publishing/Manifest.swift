import Foundation

/// What a build wrote: each page's fingerprint and the site paths it links to, each
/// campaign's input key, and every other file of the folder. Kept as `.niemyet-manifest`
/// inside the output folder, so that it is swapped in with the pages it describes and can
/// never disagree with them; the next build keeps the pages of campaigns whose key did not
/// change without planning them, other pages whose fingerprint did not change, and clears
/// files of a recycled folder (see `Staging`) that the new site no longer has.
///
/// Every build reads two manifests and writes one, each with a line for every page, so the
/// link targets (some ten for each page, mostly the same few thousand paths) are written
/// once in a table and pages name them by number.
struct Manifest: Sendable {
    static let fileName = ".niemyet-manifest"
    static let header = "niemyet-manifest 4"

    struct Entry: Sendable, Equatable {
        var fingerprint: String
        var targets: [String]
    }

    /// Pages by path.
    var entries: [String: Entry] = [:]
    /// Every file of the folder but the manifest itself, pages included.
    var files: Set<String> = []
    /// Each campaign's input key (see `SiteBuilder`), by campaign id.
    var campaigns: [String: String] = [:]

    /// The manifest of `folder`, or an empty one (first build, older format).
    static func read(from folder: URL) -> Manifest {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else {
            return Manifest()
        }
        return [UInt8](data).withUnsafeBufferPointer(parse) ?? Manifest()
    }

    /// Whether `folder` holds a manifest of this format, reading its first line only.
    static func describes(_ folder: URL) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: folder.appendingPathComponent(fileName).path) else { return false }
        defer { try? handle.close() }
        let expected = Array((header + "\n").utf8)
        return (try? handle.read(upToCount: expected.count)).map { Array($0) == expected } ?? false
    }

    /// Lines `T <target>` (the table, in order), `P <path> <fingerprint> <n,n,...>`,
    /// `F <path>` and `K <campaign> <key>`, fields split by tabs; nil for another format.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Manifest? {
        let tab = UInt8(ascii: "\t")
        let newline = UInt8(ascii: "\n")
        var manifest = Manifest()
        // Sized from the number of lines first: growing tables of ten thousand paths
        // hashed every path again at each doubling.
        let lines = bytes.reduce(0) { $0 + ($1 == newline ? 1 : 0) }
        manifest.entries.reserveCapacity(lines)
        manifest.files.reserveCapacity(lines)
        var table: [String] = []
        var fields: [UnsafeBufferPointer<UInt8>] = []
        var start = 0
        var first = true
        while start < bytes.count {
            let end =
                bytes.baseAddress.flatMap { base in
                    memchr(base + start, Int32(newline), bytes.count - start).map {
                        base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
                    }
                } ?? bytes.count
            defer { start = end + 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if first {
                guard line.elementsEqual(header.utf8) else { return nil }
                first = false
                continue
            }
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
                manifest.entries[path] = Entry(fingerprint: text(1), targets: targets)
                manifest.files.insert(path)
            case UInt8(ascii: "F") where fields.count == 1:
                manifest.files.insert(text(0))
            case UInt8(ascii: "K") where fields.count == 2:
                manifest.campaigns[text(0)] = text(1)
            default:
                continue
            }
        }
        return first ? nil : manifest
    }

    /// The table of targets, then a line a page, one for each other file and one a
    /// campaign key, each group sorted (targets in the order pages first name them), so
    /// the file is the same for the same site.
    var bytes: [UInt8] {
        var table: [UInt8] = []
        var pages: [UInt8] = []
        var rest: [UInt8] = []
        pages.reserveCapacity(entries.count * 128)
        func field(_ text: String, in out: inout [UInt8]) {
            out.append(UInt8(ascii: "\t"))
            out.append(contentsOf: text.utf8)
        }
        var number: [String: Int] = [:]
        number.reserveCapacity(entries.count)
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
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
                Self.appendDecimal(value, to: &pages)
            }
            pages.append(UInt8(ascii: "\n"))
        }
        for path in files.subtracting(entries.keys).sorted() {
            rest.append(UInt8(ascii: "F"))
            field(path, in: &rest)
            rest.append(UInt8(ascii: "\n"))
        }
        for id in campaigns.keys.sorted() {
            rest.append(UInt8(ascii: "K"))
            field(id, in: &rest)
            field(campaigns[id] ?? "", in: &rest)
            rest.append(UInt8(ascii: "\n"))
        }
        return Array((Self.header + "\n").utf8) + table + pages + rest
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
