/// Procedure codes exist in `procedures.yaml`, and a registration's standard turnaround
/// agrees with the catalogue's.
struct CatalogueRule: ValidationRule {
    func check(_ project: Project) -> [Diagnostic] {
        let catalogue = Registry(units: [], catalogue: project.catalogue).proceduresByCode
        var diagnostics: [Diagnostic] = []
        for campaign in project.campaigns {
            for registration in campaign.registrations {
                for procedure in registration.procedures {
                    guard let code = procedure.code else { continue }
                    guard let entry = catalogue[code.value] else {
                        diagnostics.append(Diagnostic(.unknownProcedureCode, at: code.location, ["code": .text(code.value)]))
                        continue
                    }
                    if let standard = procedure.standard, let expected = entry.standard,
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
