import Dispatch
import Synchronization

/// A check over the loaded project that yields every problem it finds.
///
/// Each rule is small and lives in its own file; the loader has already reported what
/// a single value can tell (dates, turnarounds, shapes), rules look across values.
public protocol ValidationRule: Sendable {
    func check(_ project: Project) -> [Diagnostic]
}

/// Runs every rule over a loaded project.
public enum Validator {
    public static let rules: [any ValidationRule] = [
        CampaignDatesRule(),
        ReducedTurnaroundRule(),
        CatalogueRule(),
        UnitRegistryRule(),
        DuplicateRegistrationRule(),
        PostingURLRule(),
        ResultsRule(),
        ReservedIDRule(),
        DayOffDatesRule(),
    ]

    /// Every problem of the project, the loader's and the rules', in reading order.
    /// Rules are independent and read the project only, so they run side by side.
    public static func validate(_ loaded: LoadedProject) -> [Diagnostic] {
        let found = Mutex([[Diagnostic]](repeating: [], count: rules.count))
        DispatchQueue.concurrentPerform(iterations: rules.count) { index in
            let diagnostics = rules[index].check(loaded.project)
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
