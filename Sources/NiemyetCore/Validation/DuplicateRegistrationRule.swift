/// A unit registers once per campaign, and a procedure once per unit.
struct DuplicateRegistrationRule: CampaignRule {
    func check(_ campaigns: ArraySlice<Campaign>, in project: Project) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Procedures are compared by code, or by name folded (case, spaces, tone-mark
        // placement). The same few names recur in every unit: each spelling is folded
        // once and numbered, so the per-unit check compares numbers.
        var numbers: [String: Int] = [:]
        var numberOfSpelling: [ExactText: Int] = [:]
        func number(of key: String) -> Int {
            if let known = numbers[key] { return known }
            numbers[key] = numbers.count
            return numbers.count - 1
        }
        // Emptied for each campaign and each unit, their storage kept.
        var firstUnit: [String: SourceLocation] = [:]
        var firstProcedure: [Int: SourceLocation] = [:]
        for campaign in campaigns {
            firstUnit.removeAll(keepingCapacity: true)
            for registration in campaign.registrations {
                let id = registration.unitID
                if let first = firstUnit[id.value] {
                    diagnostics.append(
                        Diagnostic(.duplicateUnit, at: id.location, ["unit": .text(id.value), "first": .text(first.description)]))
                } else {
                    firstUnit[id.value] = id.location
                }
                firstProcedure.removeAll(keepingCapacity: true)
                for procedure in registration.procedures {
                    let key: Int
                    if let code = procedure.code?.value {
                        key = number(of: code)
                    } else if let known = numberOfSpelling[ExactText(procedure.name)] {
                        key = known
                    } else {
                        key = number(of: TextFolding.comparisonKey(procedure.name))
                        numberOfSpelling[ExactText(procedure.name)] = key
                    }
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
