/// A unit registers once per campaign, and a procedure once per unit.
struct DuplicateRegistrationRule: ValidationRule {
    func check(_ project: Project) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for campaign in project.campaigns {
            var firstUnit: [String: SourceLocation] = [:]
            for registration in campaign.registrations {
                let id = registration.unitID
                if let first = firstUnit[id.value] {
                    diagnostics.append(
                        Diagnostic(.duplicateUnit, at: id.location, ["unit": .text(id.value), "first": .text(first.description)]))
                } else {
                    firstUnit[id.value] = id.location
                }
                var firstProcedure: [String: SourceLocation] = [:]
                for procedure in registration.procedures {
                    let key = procedure.code?.value ?? TextFolding.comparisonKey(procedure.name)
                    if let first = firstProcedure[key] {
                        diagnostics.append(
                            Diagnostic(
                                .duplicateProcedure, at: procedure.source,
                                [
                                    "procedure": .text(procedure.name), "unit": .text(id.value),
                                    "firstLine": .text("\(first.line)"),
                                ]))
                    } else {
                        firstProcedure[key] = procedure.source
                    }
                }
            }
        }
        return diagnostics
    }
}
