import Foundation
import NiemyetCore
import NiemyetPosting

/// Which units to check, and how.
public struct CheckRequest: Sendable {
    /// Only this campaign, when set.
    public var campaign: String?
    /// Only this unit, when set.
    public var unit: String?
    public var fetch: FetchSettings
    /// When the check runs; names the evidence folder and `checked_at`.
    public var checkedAt: Date

    public init(campaign: String? = nil, unit: String? = nil, fetch: FetchSettings = FetchSettings(), checkedAt: Date = Date()) {
        self.campaign = campaign
        self.unit = unit
        self.fetch = fetch
        self.checkedAt = checkedAt
    }
}

/// Why a check cannot start.
public enum CheckError: Error, Hashable, Sendable {
    case unknownCampaign(String)
    case unknownUnit(String, campaign: String?)
    case reportNotWritten(String)
}

/// Verifies that every registered unit publicly posted its procedures and reduced
/// turnarounds: fetch each posting, read its blocks, match, keep the evidence.
public enum PostingCheck {
    /// Checks the units of a validated `project` that `request` selects, and writes the
    /// JSON report to `evidence/latest.json` for `niemyet build`.
    ///
    /// `progress` is called with (done, total) after each unit.
    public static func run(
        _ project: Project, _ request: CheckRequest, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws(CheckError) -> CheckReport {
        let jobs = try selectJobs(project, request)
        let fetcher = PostingFetcher(settings: request.fetch, projectRoot: project.root)
        let store = EvidenceStore(projectRoot: project.root)
        let date = Timestamp.vietnamDate(request.checkedAt)
        for campaign in Set(jobs.filter { $0.address != nil }.map(\.campaign)) {
            do { try store.prepare(date: date, campaign: campaign) } catch { throw .reportNotWritten(EvidenceStore.folder) }
        }
        var results = [CheckReport.UnitResult?](repeating: nil, count: jobs.count)
        let window = max(1, request.fetch.maxConcurrent) * 4
        await withTaskGroup(of: (Int, CheckReport.UnitResult).self) { group in
            var next = 0
            var done = 0
            func submit() {
                guard next < jobs.count else { return }
                let index = next
                let job = jobs[index]
                next += 1
                group.addTask { (index, await check(job, fetcher: fetcher, store: store, date: date)) }
            }
            for _ in 0..<min(window, jobs.count) { submit() }
            while let (index, result) = await group.next() {
                results[index] = result
                done += 1
                progress(done, jobs.count)
                submit()
            }
        }
        await fetcher.shutdown()
        var campaigns: [CheckReport.CampaignResult] = []
        for (job, result) in zip(jobs, results) {
            guard let result else { continue }
            if campaigns.last?.id != job.campaign {
                campaigns.append(CheckReport.CampaignResult(id: job.campaign, units: []))
            }
            campaigns[campaigns.count - 1].units.append(result)
        }
        let report = CheckReport(
            checkedAt: Timestamp.iso8601(request.checkedAt), campaigns: campaigns,
            summary: CheckReport.Summary(units: campaigns.flatMap(\.units)))
        try writeLatest(report, partial: request.campaign != nil || request.unit != nil, projectRoot: project.root)
        return report
    }

    /// One unit to check.
    struct Job: Sendable {
        var campaign: String
        var unit: String
        var name: String?
        var address: String?
        var procedures: [RegisteredProcedure]
    }

    static func selectJobs(_ project: Project, _ request: CheckRequest) throws(CheckError) -> [Job] {
        let campaigns = project.campaigns.filter { request.campaign == nil || $0.id == request.campaign }
        if let wanted = request.campaign, campaigns.isEmpty { throw .unknownCampaign(wanted) }
        var jobs: [Job] = []
        let units = project.unitIndex()
        for campaign in campaigns {
            for registration in campaign.registrations {
                let id = registration.unitID.value
                if let wanted = request.unit, wanted != id { continue }
                let registry = units[id]
                jobs.append(
                    Job(
                        campaign: campaign.id, unit: id, name: registration.name ?? registry?.name,
                        address: (registration.postingURL ?? registry?.postingURL)?.value,
                        procedures: registration.procedures))
            }
        }
        if let wanted = request.unit, jobs.isEmpty { throw .unknownUnit(wanted, campaign: request.campaign) }
        return jobs
    }

    /// Fetches, reads, matches and keeps the evidence of one unit.
    static func check(_ job: Job, fetcher: PostingFetcher, store: EvidenceStore, date: String) async
        -> CheckReport.UnitResult
    {
        var result = CheckReport.UnitResult(
            id: job.unit, name: job.name, postingURL: job.address, status: .noURL, httpStatus: nil, evidence: nil,
            procedures: job.procedures.map {
                CheckReport.ProcedureResult(
                    name: $0.name, reduced: $0.reduced?.value.vietnamese, nameFound: false, turnaroundFound: false)
            })
        guard let address = job.address, !address.trimmingCharacters(in: .whitespaces).isEmpty else { return result }
        let outcome = await fetcher.fetch(address)
        result.status = .unreachable
        result.error = outcome.failure?.code
        guard let posting = outcome.posting else { return result }
        result.httpStatus = posting.httpStatus
        let kind = PostingText.Kind(contentType: posting.contentType, address: posting.finalURL, data: posting.body)
        // Writing files blocks its thread: do it off the few threads that run the fetches.
        let kept: Result<StoredEvidence, any Error> = await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .utility).async {
                continuation.resume(
                    returning: Result {
                        try store.keep(
                            posting, fileExtension: kind.fileExtension, date: date, campaign: job.campaign,
                            unit: job.unit)
                    })
            }
        }
        switch kept {
        case .success(let kept):
            result.evidence = kept.path
            result.changed = kept.changed
            result.previousEvidence = kept.previous
        case .failure:
            result.error = result.error ?? "evidence-not-written"
        }
        guard outcome.failure == nil else { return result }
        guard let blocks = PostingText.blocks(of: posting.body, kind: kind, contentType: posting.contentType) else {
            result.error = "unreadable-body"
            return result
        }
        let matcher = PostingMatcher(blocks: blocks)
        let matches = job.procedures.map { matcher.match(name: $0.name, reduced: $0.reduced?.value) }
        result.procedures = matches.map {
            CheckReport.ProcedureResult(
                name: $0.name, reduced: $0.reduced?.vietnamese, nameFound: $0.nameFound,
                turnaroundFound: $0.turnaroundFound, foundTurnaround: $0.foundTurnaround?.vietnamese)
        }
        let posted = matches.filter(\.isPosted).count
        result.status = posted == matches.count ? .posted : posted > 0 ? .partial : .missing
        return result
    }

    /// Where `niemyet build` reads each unit's status.
    public static let latestPath = "\(EvidenceStore.folder)/latest.json"

    /// Writes the report to `evidence/latest.json`, replacing the previous one atomically.
    /// A run limited to a campaign or a unit updates only those units in it, so that the
    /// site keeps showing the others.
    static func writeLatest(_ report: CheckReport, partial: Bool, projectRoot: URL) throws(CheckError) {
        let file = projectRoot.appendingPathComponent(latestPath)
        var merged = report
        if partial, let data = try? Data(contentsOf: file),
            let previous = try? JSONDecoder().decode(CheckReport.self, from: data)
        {
            merged = previous.updated(with: report)
        }
        do {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((merged.json() + "\n").utf8).write(to: file, options: .atomic)
        } catch {
            throw .reportNotWritten(latestPath)
        }
    }
}

extension CheckReport {
    /// This report with the units of `newer` replacing or joining its own.
    func updated(with newer: CheckReport) -> CheckReport {
        var campaigns = self.campaigns
        for campaign in newer.campaigns {
            guard let index = campaigns.firstIndex(where: { $0.id == campaign.id }) else {
                campaigns.append(campaign)
                continue
            }
            for unit in campaign.units {
                if let position = campaigns[index].units.firstIndex(where: { $0.id == unit.id }) {
                    campaigns[index].units[position] = unit
                } else {
                    campaigns[index].units.append(unit)
                }
            }
        }
        return CheckReport(
            checkedAt: newer.checkedAt, campaigns: campaigns, summary: Summary(units: campaigns.flatMap(\.units)))
    }
}

extension CheckError {
    /// What to fix, in the reader's language.
    public func message(in language: Language) -> String {
        let messages = Messages.table(for: language)
        switch self {
        case .unknownCampaign(let campaign):
            return messages.message(for: .checkUnknownCampaign, ["campaign": campaign])
        case .unknownUnit(let unit, let campaign):
            var arguments = ["unit": unit]
            arguments["campaign"] = campaign
            return messages.message(for: .checkUnknownUnit, arguments)
        case .reportNotWritten(let path):
            return messages.message(for: .checkReportNotWritten, ["path": path])
        }
    }
}
