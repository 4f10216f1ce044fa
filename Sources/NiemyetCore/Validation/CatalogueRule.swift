/// Procedure codes exist in `procedures.yaml`, and a registration's standard turnaround
/// agrees with the catalogue's.
struct CatalogueRule: ValidationRule {
    func check(_ project: Project) -> [Diagnostic] {
        let catalogue = Registry(project).proceduresByCode
        var diagnostics: [Diagnostic] = []
        // Read in place, by index (see `UnitRegistryRule`).
        for campaign in project.campaigns.indices {
            let registrations = project.campaigns[campaign].registrations
            for registration in registrations.indices {
                let procedures = registrations[registration].procedures
                for index in procedures.indices {
                    guard let code = procedures[index].code else { continue }
                    guard let entry = catalogue[code.value] else {
                        diagnostics.append(Diagnostic(.unknownProcedureCode, at: code.location, ["code": .text(code.value)]))
                        continue
                    }
                    if let standard = procedures[index].standard, let expected = entry.standard,
                        standard.location != expected.location, !standard.value.isEquivalent(to: expected.value)
                    {
                        diagnostics.append(
                            Diagnostic(
                                .standardDisagreesWithCatalogue, at: standard.location,
                                [
                                    "standard": .text(standard.value.vietnamese), "catalogue": .text(expected.value.vietnamese),
                                    "code": .text(code.value),
                                ]))
                    }
                }
            }
        }
        return diagnostics
    }
}
