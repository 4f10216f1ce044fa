/// A registration's promise must be a real reduction, for a procedure the campaign admits:
/// reduced shorter than standard, standard within `eligibility.max_standard`.
struct ReducedTurnaroundRule: ValidationRule {
    func check(_ project: Project) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for campaign in project.campaigns {
            for registration in campaign.registrations {
                for procedure in registration.procedures {
                    guard let standard = procedure.standard else { continue }
                    if let reduced = procedure.reduced, !reduced.value.isShorter(than: standard.value) {
                        diagnostics.append(
                            Diagnostic(
                                .reducedNotShorter, at: reduced.location,
                                [
                                    "reduced": .text(reduced.value.vietnamese), "standard": .text(standard.value.vietnamese),
                                    "procedure": .text(procedure.name),
                                ]))
                    }
                    if let maximum = campaign.maxStandard, maximum.value.isShorter(than: standard.value) {
                        diagnostics.append(
                            Diagnostic(
                                .standardAboveMaximum, at: standard.location,
                                [
                                    "standard": .text(standard.value.vietnamese), "maximum": .text(maximum.value.vietnamese),
                                    "procedure": .text(procedure.name),
                                ]))
                    }
                }
            }
        }
        return diagnostics
    }
}
