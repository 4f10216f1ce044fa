import Foundation
import NiemyetCore
import Synchronization

/// Which posters to write: every campaign, or one, and every unit, or one.
public struct PosterSelection: Hashable, Sendable {
    public var campaign: String?
    public var unit: String?

    /// With a unit chosen, only that unit's posters are written (no summary posters).
    public init(campaign: String? = nil, unit: String? = nil) {
        self.campaign = campaign
        self.unit = unit
    }
}

/// Why posters could not be written, in words for the user.
public enum PosterError: Error, Hashable, Sendable {
    /// `--campaign` names no campaign of the project.
    case unknownCampaign(String, known: [String])
    /// `--unit` names no unit registered in the selected campaigns.
    case unknownUnit(String, known: [String])
    /// A poster file could not be written.
    case cannotWrite(path: String, reason: String)
    /// The page address is too long for a QR code.
    case addressTooLong(String)

    /// The stable code, as diagnostics print it.
    public var code: DiagnosticCode {
        switch self {
        case .unknownCampaign: .unknownCampaignOption
        case .unknownUnit: .unknownUnitOption
        case .cannotWrite: .posterWriteFailed
        case .addressTooLong: .posterAddressTooLong
        }
    }

    /// Whether the user asked for something that does not exist (a usage error, exit 2).
    public var isUsageError: Bool {
        switch self {
        case .unknownCampaign, .unknownUnit: true
        case .cannotWrite, .addressTooLong: false
        }
    }

    /// The message in `language`, saying what to do.
    public func message(in language: Language) -> String {
        let table = Messages.table(for: language)
        switch self {
        case .unknownCampaign(let id, let known):
            return table.message(for: code, ["campaign": id, "known": known.joined(separator: ", ")])
        case .unknownUnit(let id, let known):
            return table.message(for: code, ["unit": id, "known": known.joined(separator: ", ")])
        case .cannotWrite(let path, let reason):
            return table.message(for: code, ["path": path, "reason": reason])
        case .addressTooLong(let url):
            return table.message(for: code, ["url": url])
        }
    }
}

/// Writes a project's posters as PDF files at their `SitePaths` locations: one per
/// campaign and registered unit, and one summary per campaign. Posters are printed
/// concurrently, and each file appears whole or not at all.
public enum PosterWriter {
    /// Every poster of a validated `project`, under `folder` (the site root, such as
    /// `public/`). Returns the written paths relative to `folder`, the manifest included
    /// when one is written.
    ///
    /// With `previous` (the folder a former build published, such as the old `public/`),
    /// a poster whose inputs are unchanged is linked from there instead of printed again,
    /// and a manifest of every poster's inputs is written beside them for the next build.
    /// A poster already in `folder` with unchanged inputs (by the manifest there) is kept.
    /// `campaignKeys` (campaign id to a key of everything its pages are made from, as the
    /// site build computes it) lets a campaign whose key is unchanged keep all its posters
    /// without laying any out or digesting them.
    public static func writeAll(
        for project: Project, size: PaperSize, into folder: URL, reusingFrom previous: URL? = nil,
        campaignKeys: [String: String] = [:]
    ) throws(PosterError) -> [String] {
        let jobs = try plan(for: project, selection: PosterSelection())
        return try write(jobs, of: project, size: size, into: folder, reusingFrom: previous, campaignKeys: campaignKeys)
    }

    /// The posters `selection` picks from a validated `project`, under `folder`.
    /// Unknown campaign or unit ids are reported before anything is written.
    public static func write(
        for project: Project, selection: PosterSelection, size: PaperSize, into folder: URL, reusingFrom previous: URL? = nil
    ) throws(PosterError) -> [String] {
        let jobs = try plan(for: project, selection: selection)
        // No campaign keys: with part of a campaign's posters chosen, a key would vouch
        // for posters that were not written.
        return try write(jobs, of: project, size: size, into: folder, reusingFrom: previous, campaignKeys: [:])
    }

    /// Prints `jobs`, or keeps or links those whose inputs are unchanged (see `writeAll`).
    private static func write(
        _ jobs: [PosterJob], of project: Project, size: PaperSize, into folder: URL, reusingFrom previous: URL?,
        campaignKeys: [String: String]
    ) throws(PosterError) -> [String] {
        let kept = previous.map(PosterManifest.read(from:)) ?? PosterManifest()
        // What `folder` already holds (a recycled staging folder holds an earlier site).
        let present = PosterManifest.read(from: folder)
        let inputs = PosterManifest.inputs(size: size, font: project.site.posterFont)
        // A campaign keeps its posters whole when its key and the poster inputs are those
        // of the build that made `folder` (they are there already) or `previous` (linked).
        let keys = campaignKeys.mapValues { PosterManifest.digest($0 + "\u{1}" + inputs) }
        let unchanged = Dictionary(
            uniqueKeysWithValues: keys.compactMap { id, key -> (String, PosterManifest.Origin)? in
                if present.campaigns[id] == key { return (id, .present) }
                if previous != nil, kept.campaigns[id] == key { return (id, .previous) }
                return nil
            })
        // The posters kept in place must still be there (a hand may have removed one from
        // the spare copy): one listing of each of their folders instead of a call per file.
        let keptInPlace = jobs.lazy.filter { unchanged[$0.campaignID] == .present }
        let listed = PosterManifest.listing(of: Set(keptInPlace.map { SitePaths.folder(of: $0.path) }), in: folder)
        let registry = Dictionary(project.units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let fingerprints = Mutex([String?](repeating: nil, count: jobs.count))
        let failures = Mutex<[Int: PosterError]>([:])
        let next = Atomic<Int>(0)
        let workers = min(jobs.count, ProcessInfo.processInfo.activeProcessorCount)
        // One worker per core, each with its own printer (pango's font map is per
        // thread), taking the next poster until none are left.
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let printer = PDFPrinter(fontFamily: project.site.posterFont)
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < jobs.count else { break }
                let job = jobs[index]
                switch unchanged[job.campaignID] {
                case .present:
                    if let entry = present.entries[job.path],
                        listed[SitePaths.folder(of: job.path)]?.contains(SitePaths.name(of: job.path)) == true
                    {
                        fingerprints.withLock { $0[index] = entry }
                        continue
                    }
                case .previous:
                    if let previous, let entry = kept.entries[job.path], job.reuse(from: previous, into: folder) {
                        fingerprints.withLock { $0[index] = entry }
                        continue
                    }
                case nil: break
                }
                let poster = job.poster(in: project, registry: registry)
                let fingerprint = PosterManifest.fingerprint(of: poster, at: job.path, inputs: inputs)
                fingerprints.withLock { $0[index] = fingerprint }
                if present.entries[job.path] == fingerprint, access(folder.appendingPathComponent(job.path).path, F_OK) == 0 {
                    continue
                }
                if let previous, kept.entries[job.path] == fingerprint, job.reuse(from: previous, into: folder) { continue }
                do throws(PosterError) {
                    try poster.print(size: size, with: printer, to: job.path, in: folder)
                } catch {
                    failures.withLock { $0[index] = error }
                }
            }
        }
        if let first = failures.withLock({ $0.min { $0.key < $1.key }?.value }) { throw first }
        if previous != nil {
            var manifest = PosterManifest()
            for (job, fingerprint) in zip(jobs, fingerprints.withLock { $0 }) { manifest.entries[job.path] = fingerprint }
            manifest.campaigns = keys
            try manifest.write(into: folder)
            return jobs.map(\.path) + [PosterManifest.fileName]
        }
        return jobs.map(\.path)
    }

    /// The posters to print, in campaign order, each unit's before the summary. Only
    /// paths are worked out here: a poster's content is laid out when it is needed.
    static func plan(for project: Project, selection: PosterSelection) throws(PosterError) -> [PosterJob] {
        var campaigns = project.campaigns
        if let id = selection.campaign {
            campaigns = campaigns.filter { $0.id == id }
            if campaigns.isEmpty { throw .unknownCampaign(id, known: project.campaigns.map(\.id)) }
        }
        if let unit = selection.unit {
            let registered = campaigns.flatMap { $0.registrations.map(\.unitID.value) }
            if !registered.contains(unit) {
                var seen = Set<String>()
                throw .unknownUnit(unit, known: registered.filter { seen.insert($0).inserted })
            }
        }
        var jobs: [PosterJob] = []
        for (campaignIndex, campaign) in project.campaigns.enumerated() where selection.campaign.map({ $0 == campaign.id }) ?? true {
            for (registrationIndex, registration) in campaign.registrations.enumerated()
            where selection.unit.map({ $0 == registration.unitID.value }) ?? true {
                jobs.append(
                    PosterJob(
                        path: SitePaths.poster(unit: registration.unitID.value, in: campaign.id), campaignID: campaign.id,
                        campaignIndex: campaignIndex, registrationIndex: registrationIndex))
            }
            if selection.unit == nil {
                jobs.append(
                    PosterJob(
                        path: SitePaths.summaryPoster(campaign: campaign.id), campaignID: campaign.id,
                        campaignIndex: campaignIndex, registrationIndex: nil))
            }
        }
        return jobs
    }
}

/// One poster to print: where it goes and what it is made from.
struct PosterJob: Sendable {
    var path: String
    var campaignID: String
    /// Where the campaign and the unit's registration (nil for the campaign's summary
    /// poster) are in the project: positions, not copies, so that the ten thousand jobs
    /// of a large project cost nothing to plan and pass around.
    var campaignIndex: Int
    var registrationIndex: Int?

    /// What the poster says and its PDF metadata: the costly part, done only for a poster
    /// that may have changed. `registry` gives unit names of `units.yaml` by id, for
    /// registrations that give none.
    func poster(in project: Project, registry: [String: String]) -> Poster {
        let campaign = project.campaigns[campaignIndex]
        let name = { (registration: Registration) in
            registration.name ?? registry[registration.unitID.value] ?? registration.unitID.value
        }
        let content: PosterContent
        let subject: String
        if let registrationIndex {
            let registration = campaign.registrations[registrationIndex]
            content = PosterContent(campaign: campaign, registration: registration, unitName: name(registration), site: project.site)
            subject = name(registration)
        } else {
            content = PosterContent(summaryOf: campaign, unitName: name, site: project.site)
            subject = content.heading
        }
        let metadata = PDFPrinter.Metadata(
            title: "\(campaign.title) - \(subject)", author: campaign.organizer, date: campaign.published)
        return Poster(content: content, metadata: metadata)
    }

    /// Links the same poster of the `previous` site into `folder`; false when it cannot.
    func reuse(from previous: URL, into folder: URL) -> Bool {
        let target = folder.appendingPathComponent(path)
        guard (try? FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)) != nil
        else { return false }
        let source = previous.appendingPathComponent(path).path
        if link(source, target.path) == 0 { return true }
        // An earlier poster in the way is replaced, not written through (it may be a
        // hard link to the published one).
        return errno == EEXIST && unlink(target.path) == 0 && link(source, target.path) == 0
    }
}

/// A poster's words and PDF metadata, ready to lay out and print.
struct Poster: Sendable {
    var content: PosterContent
    var metadata: PDFPrinter.Metadata

    /// Lays out and prints the poster to a temporary file beside `path` in `folder`, then
    /// renames it into place, so that a reader never sees half a PDF.
    func print(size: PaperSize, with printer: PDFPrinter, to path: String, in folder: URL) throws(PosterError) {
        let target = folder.appendingPathComponent(path)
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: target.path, reason: error.localizedDescription)
        }
        let pages = PosterLayout(paper: size, measuring: printer).pages(for: content)
        do {
            try printer.print(pages, metadata: metadata, to: temporary.path)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            switch error {
            case .cairo(let reason): throw .cannotWrite(path: target.path, reason: reason)
            case .addressTooLong(let url): throw .addressTooLong(url)
            }
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path: target.path, reason: reason)
        }
    }
}

/// Each poster's inputs as a digest, kept as `.niemyet-posters` in the site folder, so the
/// next build prints only posters whose campaign, registration, site settings, paper
/// size, font or niemyet binary changed (posters are deterministic, so reusing the file
/// gives the same bytes as printing it again). It also keeps each campaign's key, so a
/// campaign with nothing changed keeps its posters without any being laid out.
struct PosterManifest {
    static let fileName = ".niemyet-posters"
    private static let header = "niemyet-posters 2"

    /// Where an unchanged campaign's posters are.
    enum Origin {
        /// In the folder being written already (a recycled staging folder).
        case present
        /// In the previous site, to be linked from there.
        case previous
    }

    /// Poster path to digest.
    var entries: [String: String] = [:]
    /// Campaign id to the digest of its key and the poster inputs.
    var campaigns: [String: String] = [:]

    /// The manifest of a published folder, or an empty one (none, or an older format).
    static func read(from folder: URL) -> PosterManifest {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else {
            return PosterManifest()
        }
        return [UInt8](data).withUnsafeBufferPointer(parse) ?? PosterManifest()
    }

    /// The lines after the header: `path<TAB>digest` and `K<TAB>campaign<TAB>key`; nil
    /// for another format. Read as bytes: a site's manifest has a line for each of its
    /// thousands of posters.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> PosterManifest? {
        let text = { (range: Range<Int>) in String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        var manifest = PosterManifest()
        var start = 0
        var first = true
        while start < bytes.count {
            var end = start
            var tabs: (Int?, Int?) = (nil, nil)
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") {
                if bytes[end] == UInt8(ascii: "\t") {
                    if tabs.0 == nil { tabs.0 = end } else if tabs.1 == nil { tabs.1 = end }
                }
                end += 1
            }
            if first {
                guard bytes[start..<end].elementsEqual(header.utf8) else { return nil }
                first = false
            } else if let tab = tabs.0 {
                if let second = tabs.1 {
                    if tab - start == 1, bytes[start] == UInt8(ascii: "K") {
                        manifest.campaigns[text(tab + 1..<second)] = text(second + 1..<end)
                    }
                } else {
                    manifest.entries[text(start..<tab)] = text(tab + 1..<end)
                }
            }
            start = end + 1
        }
        return first ? nil : manifest
    }

    func write(into folder: URL) throws(PosterError) {
        let lines = [Self.header] + entries.keys.sorted().map { "\($0)\t\(entries[$0] ?? "")" }
            + campaigns.keys.sorted().map { "K\t\($0)\t\(campaigns[$0] ?? "")" }
        let url = folder.appendingPathComponent(Self.fileName)
        do {
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url, options: .atomic)
        } catch {
            throw .cannotWrite(path: url.path, reason: error.localizedDescription)
        }
    }

    /// What every poster of a run shares: paper, font and the running binary (size and
    /// modification time), so a rebuilt niemyet prints everything again.
    static func inputs(size: PaperSize, font: String) -> String {
        var status = stat()
        let binary = stat("/proc/self/exe", &status) == 0
            ? "\(status.st_size):\(status.st_mtim.tv_sec):\(status.st_mtim.tv_nsec)" : "unknown"
        return [size.rawValue, font, binary].joined(separator: "\u{1}")
    }

    /// The names of the files in each of `folders` (relative to `root`), listed in
    /// parallel; a folder that cannot be read lists nothing.
    static func listing(of folders: Set<String>, in root: URL) -> [String: Set<Substring>] {
        let folders = Array(folders)
        let names = Mutex([String: Set<Substring>]())
        DispatchQueue.concurrentPerform(iterations: folders.count) { index in
            var found = Set<Substring>()
            if let directory = opendir(root.path + "/" + folders[index]) {
                while let entry = readdir(directory) {
                    let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                    found.insert(Substring(name))
                }
                closedir(directory)
            }
            names.withLock { $0[folders[index]] = found }
        }
        return names.withLock { $0 }
    }

    /// A digest of everything `poster` prints at `path`, stable across runs.
    static func fingerprint(of poster: Poster, at path: String, inputs: String) -> String {
        digest(inputs + "\u{1}" + path + "\u{1}" + String(reflecting: poster.content) + "\u{1}" + String(reflecting: poster.metadata))
    }

    /// A 64-bit FNV-1a digest of `text`, as 16 hex digits.
    static func digest(_ text: String) -> String {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            state ^= UInt64(byte)
            state &*= 0x100_0000_01b3
        }
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
