import Foundation

/// What a build wrote: each page's fingerprint and the site paths it links to, each
/// campaign's input key, and every other file of the folder. Kept as `.niemyet-manifest` inside the output folder, so that
/// it is swapped in with the pages it describes and can never disagree with them; the
/// next build keeps the pages of campaigns whose key did not change without planning
/// them, other pages whose fingerprint did not change, and clears files of a
/// recycled folder (see `Staging`) that the new site no longer has.
struct Manifest: Sendable {
    static let fileName = ".niemyet-manifest"
    static let header = "niemyet-manifest 3"

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
        // Split as bytes: a manifest has a line for each of thousands of pages.
        let tab = UInt8(ascii: "\t")
        let lines = [UInt8](data).split(separator: UInt8(ascii: "\n"))
        guard let first = lines.first, first.elementsEqual(header.utf8) else { return Manifest() }
        var manifest = Manifest()
        for line in lines.dropFirst() {
            let fields = line.split(separator: tab, omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
            switch fields.first {
            case "P" where fields.count >= 3:
                manifest.entries[fields[1]] = Entry(fingerprint: fields[2], targets: Array(fields.dropFirst(3)))
                manifest.files.insert(fields[1])
            case "F" where fields.count == 2:
                manifest.files.insert(fields[1])
            case "K" where fields.count == 3:
                manifest.campaigns[fields[1]] = fields[2]
            default:
                continue
            }
        }
        return manifest
    }

    /// One line a page (`P`), one for each other file (`F`), then one a campaign key
    /// (`K`), sorted, so the file is the same for the same site.
    var text: String {
        var out = Self.header + "\n"
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
            out += (["P", path, entry.fingerprint] + entry.targets).joined(separator: "\t") + "\n"
        }
        for path in files.subtracting(entries.keys).sorted() {
            out += "F\t" + path + "\n"
        }
        for id in campaigns.keys.sorted() {
            out += "K\t" + id + "\t" + (campaigns[id] ?? "") + "\n"
        }
        return out
    }
}
