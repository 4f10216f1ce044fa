/// `results.csv` rows: for registered units, once each, with counts that can add up.
struct ResultsRule: ValidationRule {
    func check(_ project: Project) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for campaign in project.campaigns {
            let registered = Set(campaign.registrations.map(\.unitID.value))
            var seen = Set<String>()
            for result in campaign.results {
                let id = result.unitID
                if !registered.contains(id.value) {
                    diagnostics.append(Diagnostic(.resultsUnknownUnit, at: id.location, ["unit": .text(id.value)]))
                }
                if !seen.insert(id.value).inserted {
                    diagnostics.append(Diagnostic(.resultsDuplicateUnit, at: id.location, ["unit": .text(id.value)]))
                }
                let sum = result.sameDay + result.onTime + result.late
                if sum > result.received {
                    diagnostics.append(
                        Diagnostic(.resultsImpossibleCounts, at: id.location, ["sum": "\(sum)", "received": "\(result.received)"]))
                }
            }
        }
        return diagnostics
    }
}
