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
    public static func writeAll(for project: Project, size: PaperSize, into folder: URL, reusingFrom previous: URL? = nil)
        throws(PosterError) -> [String]
    {
        try write(for: project, selection: PosterSelection(), size: size, into: folder, reusingFrom: previous)
    }

    /// The posters `selection` picks from a validated `project`, under `folder`.
    /// Unknown campaign or unit ids are reported before anything is written.
    public static func write(
        for project: Project, selection: PosterSelection, size: PaperSize, into folder: URL, reusingFrom previous: URL? = nil
    ) throws(PosterError) -> [String] {
        let jobs = try plan(for: project, selection: selection)
        let kept = previous.map(PosterManifest.read(from:)) ?? PosterManifest()
        // What `folder` already holds (a recycled staging folder holds an earlier site).
        let present = PosterManifest.read(from: folder)
        let inputs = PosterManifest.inputs(size: size, font: project.site.posterFont)
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
                let fingerprint = PosterManifest.fingerprint(of: job, inputs: inputs)
                fingerprints.withLock { $0[index] = fingerprint }
                if present.entries[job.path] == fingerprint, access(folder.appendingPathComponent(job.path).path, F_OK) == 0 {
                    continue
                }
                if let previous, kept.entries[job.path] == fingerprint, job.reuse(from: previous, into: folder) { continue }
                do throws(PosterError) {
                    try job.print(size: size, with: printer, into: folder)
                } catch {
                    failures.withLock { $0[index] = error }
                }
            }
        }
        if let first = failures.withLock({ $0.min { $0.key < $1.key }?.value }) { throw first }
        if previous != nil {
            var manifest = PosterManifest()
            for (job, fingerprint) in zip(jobs, fingerprints.withLock { $0 }) { manifest.entries[job.path] = fingerprint }
            try manifest.write(into: folder)
            return jobs.map(\.path) + [PosterManifest.fileName]
        }
        return jobs.map(\.path)
    }

    /// The posters to print, in campaign order, each unit's before the summary.
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
        let site = project.site
        let registry = Dictionary(project.units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let name = { (registration: Registration) in
            registration.name ?? registry[registration.unitID.value] ?? registration.unitID.value
        }
        var jobs: [PosterJob] = []
        for campaign in campaigns {
            let metadata = { (subject: String) in
                PDFPrinter.Metadata(
                    title: "\(campaign.title) - \(subject)", author: campaign.organizer, date: campaign.published)
            }
            for registration in campaign.registrations where selection.unit.map({ $0 == registration.unitID.value }) ?? true {
                let unit = registration.unitID.value
                jobs.append(
                    PosterJob(
                        path: SitePaths.poster(unit: unit, in: campaign.id),
                        content: PosterContent(campaign: campaign, registration: registration, unitName: name(registration), site: site),
                        metadata: metadata(name(registration))))
            }
            if selection.unit == nil {
                let content = PosterContent(summaryOf: campaign, unitName: name, site: site)
                jobs.append(
                    PosterJob(
                        path: SitePaths.summaryPoster(campaign: campaign.id), content: content,
                        metadata: metadata(content.heading)))
            }
        }
        return jobs
    }
}

/// One poster to print: where it goes and what it says.
struct PosterJob: Sendable {
    var path: String
    var content: PosterContent
    var metadata: PDFPrinter.Metadata

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

    /// Lays out and prints the poster to a temporary file beside its place, then renames
    /// it into place, so that a reader never sees half a PDF.
    func print(size: PaperSize, with printer: PDFPrinter, into folder: URL) throws(PosterError) {
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
/// gives the same bytes as printing it again).
struct PosterManifest {
    static let fileName = ".niemyet-posters"
    private static let header = "niemyet-posters 1"

    /// Poster path to digest.
    var entries: [String: String] = [:]

    /// The manifest of a published folder, or an empty one.
    static func read(from folder: URL) -> PosterManifest {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else {
            return PosterManifest()
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        guard lines.first == Substring(header) else { return PosterManifest() }
        var manifest = PosterManifest()
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t")
            if fields.count == 2 { manifest.entries[String(fields[0])] = String(fields[1]) }
        }
        return manifest
    }

    func write(into folder: URL) throws(PosterError) {
        let text = ([Self.header] + entries.keys.sorted().map { "\($0)\t\(entries[$0] ?? "")" }).joined(separator: "\n") + "\n"
        let url = folder.appendingPathComponent(Self.fileName)
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
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

    /// A 64-bit FNV-1a digest of everything the poster prints, stable across runs.
    static func fingerprint(of job: PosterJob, inputs: String) -> String {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (inputs + "\u{1}" + job.path + "\u{1}" + String(reflecting: job.content) + "\u{1}"
            + String(reflecting: job.metadata)).utf8
        {
            state ^= UInt64(byte)
            state &*= 0x100_0000_01b3
        }
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
