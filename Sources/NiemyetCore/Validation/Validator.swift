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
    public static func validate(_ loaded: LoadedProject) -> [Diagnostic] {
        var diagnostics = loaded.diagnostics
        for rule in rules { diagnostics += rule.check(loaded.project) }
        return Array(Set(diagnostics)).sortedForDisplay()
    }

    /// Loads the project at `path` and validates it.
    public static func validate(path: String) -> (LoadedProject, [Diagnostic]) {
        let loaded = ProjectLoader(path: path).load()
        return (loaded, validate(loaded))
    }
}
