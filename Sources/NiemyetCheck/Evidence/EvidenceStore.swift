import Crypto
import Foundation

/// What the evidence store kept for one fetch.
public struct StoredEvidence: Hashable, Sendable {
    /// The snapshot, relative to the project folder.
    public var path: String
    /// Whether the body differs from the previous snapshot of this unit (nil: none before).
    public var changed: Bool?
    /// The previous snapshot, relative to the project folder.
    public var previous: String?
}

/// The JSON sidecar next to every snapshot: where the body came from and its digest.
public struct EvidenceRecord: Codable, Hashable, Sendable {
    public var url: String
    public var finalURL: String
    public var httpStatus: Int?
    public var headers: [[String]]
    public var fetchedAt: String
    public var sha256: String
    public var bytes: Int
    public var truncated: Bool

    enum CodingKeys: String, CodingKey {
        case url, headers, sha256, bytes, truncated
        case finalURL = "final_url"
        case httpStatus = "http_status"
        case fetchedAt = "fetched_at"
    }
}

/// Keeps every fetched body under `evidence/<check-date>/<campaign>/<unit>.<ext>` with a
/// `.json` sidecar. Nothing is ever overwritten: a second snapshot on the same day is
/// `<unit>.2.<ext>`, and an unchanged page points at the snapshot already kept.
public struct EvidenceStore: Sendable {
    public let projectRoot: URL
    /// The folder name under the project.
    public static let folder = "evidence"
    /// Sidecars already on disk, by campaign and unit, read once when the store opens.
    let earlier: [String: [String]]

    public init(projectRoot: URL) {
        self.projectRoot = projectRoot
        earlier = EvidenceStore.index(projectRoot.appendingPathComponent(EvidenceStore.folder))
    }

    /// Stores `posting` for `unit` of `campaign` on `date` (YYYY-MM-DD).
    public func keep(_ posting: FetchedPosting, fileExtension: String, date: String, campaign: String, unit: String)
        throws -> StoredEvidence
    {
        let digest = EvidenceStore.hex(SHA256.hash(data: posting.body))
        let folder = "\(EvidenceStore.folder)/\(date)/\(campaign)"
        let previous = latestRecord(campaign: campaign, unit: unit)
        if let previous, previous.record.sha256 == digest, previous.path.hasPrefix(folder + "/") {
            // Same page, already kept today: point at it rather than keep a copy.
            return StoredEvidence(path: previous.path, changed: false, previous: previous.path)
        }
        let directory = projectRoot.appendingPathComponent(folder, isDirectory: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
        let record = EvidenceRecord(
            url: posting.address, finalURL: posting.finalURL, httpStatus: posting.httpStatus, headers: posting.headers,
            fetchedAt: Timestamp.precise(posting.fetchedAt), sha256: digest, bytes: posting.body.count,
            truncated: posting.truncated)
        let sidecar = try encoder.encode(record)
        for number in 1...1000 {
            let name = number == 1 ? "\(unit).\(fileExtension)" : "\(unit).\(number).\(fileExtension)"
            let file = directory.appendingPathComponent(name)
            do {
                try posting.body.write(to: file, options: .withoutOverwriting)
            } catch CocoaError.fileWriteFileExists {
                continue
            }
            try sidecar.write(to: directory.appendingPathComponent(name + ".json"), options: .withoutOverwriting)
            return StoredEvidence(
                path: "\(folder)/\(name)", changed: previous.map { $0.record.sha256 != digest }, previous: previous?.path)
        }
        throw CocoaError(.fileWriteFileExists)
    }

    /// Creates the folder of a campaign's snapshots for `date`; call before `keep`.
    public func prepare(date: String, campaign: String) throws {
        try FileManager.default.createDirectory(
            at: projectRoot.appendingPathComponent("\(EvidenceStore.folder)/\(date)/\(campaign)", isDirectory: true),
            withIntermediateDirectories: true)
    }

    /// Lower-case hexadecimal, as `sha256sum` prints it.
    static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The most recent earlier snapshot of a unit, by fetch time.
    func latestRecord(campaign: String, unit: String) -> (path: String, record: EvidenceRecord)? {
        guard let sidecars = earlier["\(campaign)/\(unit)"] else { return nil }
        let decoder = JSONDecoder()
        var best: (path: String, record: EvidenceRecord)?
        for sidecar in sidecars {
            guard let data = try? Data(contentsOf: projectRoot.appendingPathComponent(sidecar)),
                let record = try? decoder.decode(EvidenceRecord.self, from: data)
            else { continue }
            if let current = best, current.record.fetchedAt > record.fetchedAt { continue }
            best = (String(sidecar.dropLast(".json".count)), record)
        }
        return best
    }

    /// Every sidecar under `evidence/`, keyed by "campaign/unit".
    static func index(_ root: URL) -> [String: [String]] {
        var index: [String: [String]] = [:]
        let manager = FileManager.default
        guard let dates = try? manager.contentsOfDirectory(atPath: root.path) else { return [:] }
        for date in dates {
            let dateFolder = root.appendingPathComponent(date)
            guard let campaigns = try? manager.contentsOfDirectory(atPath: dateFolder.path) else { continue }
            for campaign in campaigns {
                guard let files = try? manager.contentsOfDirectory(atPath: dateFolder.appendingPathComponent(campaign).path)
                else { continue }
                for file in files where file.hasSuffix(".json") {
                    guard let unit = file.split(separator: ".").first else { continue }
                    index["\(campaign)/\(unit)", default: []].append("\(folder)/\(date)/\(campaign)/\(file)")
                }
            }
        }
        return index
    }
}

/// Times as written in reports and sidecars.
enum Timestamp {
    /// "2026-11-22T10:00:00Z".
    static func iso8601(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// "2026-11-22T10:00:00.123Z", for sidecars: snapshots of one second must still order.
    static func precise(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// The calendar date in Vietnam (UTC+7), "2026-11-22", naming the evidence folder.
    static func vietnamDate(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        return formatter.string(from: date)
    }
}
