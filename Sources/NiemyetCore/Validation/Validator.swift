import Dispatch
import Synchronization

/// A check over the loaded project that yields every problem it finds.
///
/// Each rule is small and lives in its own file; the loader has already reported what
/// a single value can tell (dates, turnarounds, shapes), rules look across values.
public protocol ValidationRule: Sendable {
    func check(_ project: Project) -> [Diagnostic]
}

/// A check whose problems each lie within one campaign. It runs over slices of the
/// campaigns, beside the other slices: run over the whole project in one go, the longest
/// such rule kept one core busy after the other had finished.
public protocol CampaignRule: Sendable {
    func check(_ campaigns: ArraySlice<Campaign>, in project: Project) -> [Diagnostic]
}

/// Runs every rule over a loaded project.
public enum Validator {
    public static let rules: [any ValidationRule] = [
        CampaignDatesRule(),
        ReducedTurnaroundRule(),
        CatalogueRule(),
        UnitRegistryRule(),
        PostingURLRule(),
        ResultsRule(),
        ReservedIDRule(),
        DayOffDatesRule(),
    ]

    /// Rules checked one campaign at a time.
    public static let campaignRules: [any CampaignRule] = [
        DuplicateRegistrationRule(),
        PostingURLRule(),
    ]

    /// How many slices the campaign rules split the campaigns into: enough to share them
    /// out among the cores, few enough that what a rule learns once per slice (folded
    /// procedure names) is not learnt again for every campaign.
    static let campaignSlices = 16

    /// Every problem of the project, the loader's and the rules', in reading order.
    /// Rules are independent and read the project only, so they run side by side: each
    /// project rule as one task, the campaign rules as one task per slice of campaigns.
    public static func validate(_ loaded: LoadedProject) -> [Diagnostic] {
        let campaigns = loaded.project.campaigns
        let slices = min(campaignSlices, campaigns.count)
        let tasks = rules.count + slices
        let found = Mutex([[Diagnostic]](repeating: [], count: tasks))
        DispatchQueue.concurrentPerform(iterations: tasks) { index in
            let diagnostics: [Diagnostic]
            if index < rules.count {
                diagnostics = rules[index].check(loaded.project)
            } else {
                let slice = index - rules.count
                let part = campaigns[(campaigns.count * slice / slices)..<(campaigns.count * (slice + 1) / slices)]
                diagnostics = campaignRules.flatMap { $0.check(part, in: loaded.project) }
            }
            found.withLock { $0[index] = diagnostics }
        }
        let diagnostics = loaded.diagnostics + found.withLock { $0 }.joined()
        return Array(Set(diagnostics)).sortedForDisplay()
    }

    /// Loads the project at `path` and validates it.
    public static func validate(path: String) -> (LoadedProject, [Diagnostic]) {
        let loaded = ProjectLoader(path: path).load()
        return (loaded, validate(loaded))
    }
}
