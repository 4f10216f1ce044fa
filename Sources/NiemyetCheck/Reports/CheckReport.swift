import Foundation

/// The result of `niemyet check`, shaped exactly as FORMAT.md's `check --format json`
/// (with a few extra keys: why a unit is unreachable, what turnaround was found instead,
/// whether the page changed since the last check).
public struct CheckReport: Codable, Hashable, Sendable {
    public var checkedAt: String
    public var campaigns: [CampaignResult]
    public var summary: Summary

    enum CodingKeys: String, CodingKey {
        case checkedAt = "checked_at", campaigns, summary
    }

    /// One campaign's units.
    public struct CampaignResult: Codable, Hashable, Sendable {
        public var id: String
        public var units: [UnitResult]
    }

    /// A unit's posting status.
    public enum Status: String, Codable, Hashable, Sendable, CaseIterable {
        case posted, partial, missing, unreachable
        case noURL = "no_url"
    }

    /// One unit: where it posted, what was found, and the evidence kept.
    public struct UnitResult: Codable, Hashable, Sendable {
        public var id: String
        public var name: String?
        public var postingURL: String?
        public var status: Status
        public var httpStatus: Int?
        /// The stored snapshot, relative to the project folder.
        public var evidence: String?
        public var procedures: [ProcedureResult]
        /// Why the posting could not be read (`timeout`, `http-404`, `redirect-loop`...).
        public var error: String?
        /// Whether the page differs from the previous check's snapshot (nil: first check).
        public var changed: Bool?
        /// The previous snapshot compared against, relative to the project folder.
        public var previousEvidence: String?

        enum CodingKeys: String, CodingKey {
            case id, name, status, evidence, procedures, error, changed
            case postingURL = "posting_url"
            case httpStatus = "http_status"
            case previousEvidence = "previous_evidence"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encodeIfPresent(name, forKey: .name)
            try container.encode(postingURL, forKey: .postingURL)
            try container.encode(status, forKey: .status)
            try container.encode(httpStatus, forKey: .httpStatus)
            try container.encode(evidence, forKey: .evidence)
            try container.encode(procedures, forKey: .procedures)
            try container.encodeIfPresent(error, forKey: .error)
            try container.encodeIfPresent(changed, forKey: .changed)
            try container.encodeIfPresent(previousEvidence, forKey: .previousEvidence)
        }
    }

    /// One registered procedure and what the page shows of it.
    public struct ProcedureResult: Codable, Hashable, Sendable {
        public var name: String
        public var reduced: String?
        public var nameFound: Bool
        public var turnaroundFound: Bool
        /// The turnaround written next to the name when it is not the promised one.
        public var foundTurnaround: String?

        enum CodingKeys: String, CodingKey {
            case name, reduced
            case nameFound = "name_found"
            case turnaroundFound = "turnaround_found"
            case foundTurnaround = "found_turnaround"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(reduced, forKey: .reduced)
            try container.encode(nameFound, forKey: .nameFound)
            try container.encode(turnaroundFound, forKey: .turnaroundFound)
            try container.encodeIfPresent(foundTurnaround, forKey: .foundTurnaround)
        }
    }

    /// How many units have each status.
    public struct Summary: Codable, Hashable, Sendable {
        public var units = 0
        public var posted = 0
        public var partial = 0
        public var missing = 0
        public var unreachable = 0
        public var noURL = 0

        enum CodingKeys: String, CodingKey {
            case units, posted, partial, missing, unreachable
            case noURL = "no_url"
        }

        public init() {}

        public init(units: [UnitResult]) {
            self.units = units.count
            for unit in units {
                switch unit.status {
                case .posted: posted += 1
                case .partial: partial += 1
                case .missing: missing += 1
                case .unreachable: unreachable += 1
                case .noURL: noURL += 1
                }
            }
        }
    }

    /// Whether every unit checked posted everything it registered.
    public var allPosted: Bool { summary.posted == summary.units }

    /// The report as FORMAT.md's JSON, pretty-printed with stable key order.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
