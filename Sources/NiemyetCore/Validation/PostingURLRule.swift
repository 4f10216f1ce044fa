import Foundation

/// Posting addresses are http(s) or file URLs, or paths of files inside the project
/// (an offline copy of the posting).
///
/// The addresses of `units.yaml` are checked once for the project, the registrations'
/// slice by slice of campaigns. A registration that takes its address from `units.yaml`
/// reports it where it is written there, so the same problem can come from several
/// slices: the validator keeps one of each.
struct PostingURLRule: ValidationRule, CampaignRule {
    func check(_ project: Project) -> [Diagnostic] {
        problems(with: project.units.compactMap(\.postingURL), in: project)
    }

    func check(_ campaigns: ArraySlice<Campaign>, in project: Project) -> [Diagnostic] {
        // Read in place, by index (see `UnitRegistryRule`).
        var urls: [Located<String>] = []
        for campaign in campaigns.indices {
            let registrations = campaigns[campaign].registrations
            for index in registrations.indices {
                if let url = registrations[index].postingURL { urls.append(url) }
            }
        }
        return problems(with: urls, in: project)
    }

    private func problems(with urls: [Located<String>], in project: Project) -> [Diagnostic] {
        var seen = Set<SourceLocation>()
        var diagnostics: [Diagnostic] = []
        // A plain web address has no problem to report: it is passed before its place is
        // hashed, and nearly every address is one.
        for url in urls where !PostingAddress.isPlainWeb(url.value) && seen.insert(url.location).inserted {
            if let diagnostic = problem(with: url, in: project) { diagnostics.append(diagnostic) }
        }
        return diagnostics
    }

    func problem(with url: Located<String>, in project: Project) -> Diagnostic? {
        let text = url.value
        switch PostingAddress(text) {
        case .web: return nil
        case .file(let path), .relative(let path):
            let full = path.hasPrefix("/") ? URL(fileURLWithPath: path) : project.root.appendingPathComponent(path)
            let base = project.root.resolvingSymlinksInPath().path
            let resolved = full.standardizedFileURL.resolvingSymlinksInPath().path
            if case .relative = PostingAddress(text), !(resolved == base || resolved.hasPrefix(base + "/")) {
                return Diagnostic(.invalidPostingURL, at: url.location, ["value": .text(text)])
            }
            return FileManager.default.fileExists(atPath: full.path)
                ? nil : Diagnostic(.postingFileMissing, at: url.location, ["value": .text(text)])
        case .invalid:
            return Diagnostic(.invalidPostingURL, at: url.location, ["value": .text(text)])
        }
    }
}

/// What a `posting_url` names: a web page, a local file, or nothing usable.
public enum PostingAddress: Hashable, Sendable {
    case web(String)
    case file(String)
    case relative(String)
    case invalid

    public init(_ text: String) {
        // Nearly every address is a plain http(s) one in ASCII: told apart from the bytes
        // at once (a general reading of 10,000 addresses was a twentieth of a rebuild).
        if Self.isPlainWeb(text) {
            self = .web(text)
            return
        }
        if let components = URLComponentsLite(text) {
            switch components.scheme {
            case "http", "https":
                self = components.host.isEmpty ? .invalid : .web(text)
            case "file":
                let path = text.dropFirst("file://".count)
                self = path.hasPrefix("/") ? .file(path.removingPercentEncoding ?? String(path)) : .invalid
            default:
                // A Windows-style "C:\..." or any other scheme is not usable here.
                self = .invalid
            }
        } else if !text.isEmpty, !text.hasPrefix("/"), !text.contains(where: { $0.isNewline }) {
            self = .relative(text)
        } else {
            self = .invalid
        }
    }

    /// Whether `text` is ASCII without white space and starts `http://` or `https://`
    /// (any case) followed by a host: what the general reading calls `.web`.
    static func isPlainWeb(_ text: String) -> Bool {
        let verdict = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x20 && !($0 >= 0x09 && $0 <= 0x0D) }) else { return false }
            var rest = bytes[...]
            for letter in "http".utf8 {
                guard let byte = rest.first, byte | 0x20 == letter else { return false }
                rest = rest.dropFirst()
            }
            if let byte = rest.first, byte | 0x20 == UInt8(ascii: "s") { rest = rest.dropFirst() }
            guard rest.starts(with: "://".utf8) else { return false }
            let authority = rest.dropFirst(3).prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
            // The host follows the last "@" (user information before it).
            return authority.last.map { $0 != UInt8(ascii: "@") } ?? false
        }
        return verdict ?? false
    }
}
