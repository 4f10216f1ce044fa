/// Every registered unit is known: listed in `units.yaml`, or named in place.
struct UnitRegistryRule: ValidationRule {
    func check(_ project: Project) -> [Diagnostic] {
        let known = Set(project.units.map(\.id))
        let ids = project.units.map(\.id)
        var diagnostics: [Diagnostic] = []
        // Read in place, by index: a `for` loop over campaigns or registrations copies each
        // one whole (a dozen reference counts) to read a field or two.
        for campaign in project.campaigns.indices {
            let registrations = project.campaigns[campaign].registrations
            for index in registrations.indices where registrations[index].name == nil {
                let unit = registrations[index].unitID
                guard !known.contains(unit.value) else { continue }
                var arguments: [String: DiagnosticArgument] = ["unit": .text(unit.value)]
                if let suggestion = Spelling.closest(to: unit.value, among: ids) {
                    arguments["suggestion"] = .text(suggestion)
                }
                diagnostics.append(Diagnostic(.unknownUnit, at: unit.location, arguments))
            }
        }
        return diagnostics
    }
}
