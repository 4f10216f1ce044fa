import Foundation

/// What the previous build wrote: each page's fingerprint and the site paths it links to.
/// Kept as `.niemyet-manifest` inside the output folder, so that it is swapped in with the
/// pages it describes and can never disagree with them.
struct Manifest: Sendable {
    static let fileName = ".niemyet-manifest"
    private static let header = "niemyet-manifest 1"

    struct Entry: Sendable, Equatable {
        var fingerprint: String
        var targets: [String]
    }

    var entries: [String: Entry] = [:]

    /// The manifest of the output folder, or an empty one (first build, older format).
    static func read(from folder: URL) -> Manifest {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else {
            return Manifest()
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        guard lines.first == Substring(header) else { return Manifest() }
        var manifest = Manifest()
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            manifest.entries[String(fields[0])] = Entry(
                fingerprint: String(fields[1]), targets: fields.dropFirst(2).map(String.init))
        }
        return manifest
    }

    /// One line a page, sorted, so the file is the same for the same site.
    var text: String {
        var out = Self.header + "\n"
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
            out += ([path, entry.fingerprint] + entry.targets).joined(separator: "\t") + "\n"
        }
        return out
    }
}
