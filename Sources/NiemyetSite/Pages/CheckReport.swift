import Foundation
import NiemyetCore

/// The checker's latest report, `evidence/latest.json` (the JSON of `check --format
/// json`), read tolerantly: a missing or unreadable file, or entries of another shape,
/// simply mean no status is shown.
struct CheckReport: Sendable, Decodable {
    struct Unit: Sendable, Decodable {
        var id: String
        var status: String?
        var httpStatus: Int?

        enum CodingKeys: String, CodingKey {
            case id, status
            case httpStatus = "http_status"
        }
    }

    struct Campaign: Sendable, Decodable {
        var id: String
        var units: [Unit]

        enum CodingKeys: String, CodingKey { case id, units }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            units = ((try? container.decode([Lossy<Unit>].self, forKey: .units)) ?? []).compactMap(\.value)
        }
    }

    /// An element that is skipped when it does not decode, instead of failing the list.
    struct Lossy<Value: Decodable & Sendable>: Decodable, Sendable {
        var value: Value?
        init(from decoder: any Decoder) throws { value = try? Value(from: decoder) }
    }

    var checkedAt: String?
    var campaigns: [Campaign]

    enum CodingKeys: String, CodingKey {
        case checkedAt = "checked_at"
        case campaigns
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        checkedAt = try? container.decode(String.self, forKey: .checkedAt)
        campaigns = ((try? container.decode([Lossy<Campaign>].self, forKey: .campaigns)) ?? []).compactMap(\.value)
    }

    /// The report of the project at `root`, if it has one that reads as JSON.
    static func read(projectRoot root: URL) -> CheckReport? {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent("evidence/latest.json").path)
        else { return nil }
        return try? JSONDecoder().decode(CheckReport.self, from: data)
    }

    /// The day of the check, from the leading `YYYY-MM-DD` of `checked_at`.
    var checkedDate: LocalDate? { checkedAt.flatMap { LocalDate(iso: String($0.prefix(10))) } }

    func unit(_ unit: String, in campaign: String) -> Unit? {
        campaigns.first { $0.id == campaign }?.units.first { $0.id == unit }
    }

    /// Statuses the site has words for.
    static let knownStatuses: Set<String> = ["posted", "partial", "missing", "unreachable", "no_url"]
}
