/// Every registered unit is known: listed in `units.yaml`, or named in place.
struct UnitRegistryRule: ValidationRule {
    func check(_ project: Project) -> [Diagnostic] {
        let known = Set(project.units.map(\.id))
        let ids = project.units.map(\.id)
        var diagnostics: [Diagnostic] = []
        for campaign in project.campaigns {
            for registration in campaign.registrations
            where !known.contains(registration.unitID.value) && registration.name == nil {
                var arguments: [String: DiagnosticArgument] = ["unit": .text(registration.unitID.value)]
                if let suggestion = Spelling.closest(to: registration.unitID.value, among: ids) {
                    arguments["suggestion"] = .text(suggestion)
                }
                diagnostics.append(Diagnostic(.unknownUnit, at: registration.unitID.location, arguments))
            }
        }
        return diagnostics
    }
}
