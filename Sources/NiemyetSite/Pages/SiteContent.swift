import Foundation
import NiemyetCore
import Synchronization

/// Whether a campaign is running, upcoming or past on the build's day.
public enum CampaignStatus: String, Sendable, CaseIterable {
    case running, upcoming, past

    init(start: LocalDate, end: LocalDate, today: LocalDate) {
        self = today < start ? .upcoming : (today > end ? .past : .running)
    }
}

/// A unit as its page shows it: the registration completed from `units.yaml`, its
/// results row and its latest check.
struct UnitEntry: Sendable {
    var id: String
    var name: String
    var block: Block?
    var postingURL: String?
    var address: String?
    var phone: String?
    var procedures: [RegisteredProcedure]
    var bodyHTML: String?
    var result: UnitResult?
    var check: CheckReport.Unit?
    var source: SourceLocation

    /// The posting address when a browser can open it (http or https); offline copies
    /// kept in the project are named but not linked.
    var postingLink: String? {
        guard let postingURL, postingURL.hasPrefix("http://") || postingURL.hasPrefix("https://") else { return nil }
        return postingURL
    }
}

/// A campaign with everything its pages need, worked out once per build.
struct CampaignEntry: Sendable {
    var campaign: Campaign
    var status: CampaignStatus
    var units: [UnitEntry]
    /// The digest of the files the campaign was loaded from, when known (see
    /// `Project.sourceDigests`).
    var sourceDigest: String?

    var id: String { campaign.id }
}

/// The whole site's content: the project seen from the build's day, in a fixed order.
struct SiteContent: Sendable {
    var settings: SiteSettings
    var labels: SiteLabels
    var campaigns: [CampaignEntry]
    var checkedAt: LocalDate?
    var today: LocalDate

    init(project: Project, today: LocalDate, report: CheckReport?) {
        settings = project.site
        labels = SiteLabels.table(for: project.site.language)
        self.today = today
        checkedAt = report?.checkedDate
        let known = project.unitIndex()
        let sorted = project.campaigns.sorted { $0.id < $1.id }
        // One campaign a task: ten thousand units' entries, made on one thread, were a
        // serial stretch of every rebuild.
        let entries = Mutex([CampaignEntry?](repeating: nil, count: sorted.count))
        DispatchQueue.concurrentPerform(iterations: sorted.count) { index in
            let entry = Self.entry(for: sorted[index], known: known, today: today, report: report, project: project)
            entries.withLock { $0[index] = entry }
        }
        campaigns = entries.withLock { $0 }.compactMap { $0 }
    }

    /// A campaign's entry: each registration completed from `known` (`units.yaml`), with
    /// its results row and latest check.
    private static func entry(
        for campaign: Campaign, known: [String: NiemyetCore.Unit], today: LocalDate, report: CheckReport?, project: Project
    ) -> CampaignEntry {
        let results = Dictionary(campaign.results.map { ($0.unitID.value, $0) }, uniquingKeysWith: { first, _ in first })
        // Read in place, by index: mapped, each registration would be copied whole first.
        let registrations = campaign.registrations
        let units = registrations.indices.map { index in
            let id = registrations[index].unitID.value
            let known = known[id]
            return UnitEntry(
                id: id, name: registrations[index].name ?? known?.name ?? id,
                block: registrations[index].block?.value ?? known?.block,
                postingURL: registrations[index].postingURL?.value ?? known?.postingURL?.value,
                address: known?.address, phone: known?.phone,
                procedures: registrations[index].procedures, bodyHTML: registrations[index].bodyHTML,
                result: results[id], check: report?.unit(id, in: campaign.id), source: registrations[index].source)
        }
        return CampaignEntry(
            campaign: campaign,
            status: CampaignStatus(start: campaign.start.value, end: campaign.end.value, today: today),
            units: units, sourceDigest: project.sourceDigests[campaign.id])
    }
}
