/// A registration's promise must be a real reduction, for a procedure the campaign admits:
/// reduced shorter than standard, standard within `eligibility.max_standard`.
struct ReducedTurnaroundRule: ValidationRule {
    func check(_ project: Project) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Read in place, by index (see `UnitRegistryRule`).
        for campaign in project.campaigns.indices {
            let maximum = project.campaigns[campaign].maxStandard
            let registrations = project.campaigns[campaign].registrations
            for registration in registrations.indices {
                let procedures = registrations[registration].procedures
                for index in procedures.indices {
                    guard let standard = procedures[index].standard else { continue }
                    if let reduced = procedures[index].reduced, !reduced.value.isShorter(than: standard.value) {
                        diagnostics.append(
                            Diagnostic(
                                .reducedNotShorter, at: reduced.location,
                                [
                                    "reduced": .text(reduced.value.vietnamese), "standard": .text(standard.value.vietnamese),
                                    "procedure": .text(procedures[index].name),
                                ]))
                    }
                    if let maximum, maximum.value.isShorter(than: standard.value) {
                        diagnostics.append(
                            Diagnostic(
                                .standardAboveMaximum, at: standard.location,
                                [
                                    "standard": .text(standard.value.vietnamese), "maximum": .text(maximum.value.vietnamese),
                                    "procedure": .text(procedures[index].name),
                                ]))
                    }
                }
            }
        }
        return diagnostics
    }
}
