/// A unit registers once per campaign, and a procedure once per unit.
struct DuplicateRegistrationRule: CampaignRule {
    func check(_ campaigns: ArraySlice<Campaign>, in project: Project) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Procedures are compared by code, or by name folded (case, spaces, tone-mark
        // placement). The same few names recur in every unit: each spelling is folded
        // once and numbered, so the per-unit check compares numbers.
        var numbers: [String: Int] = [:]
        var spellings = SpellingNumbers()
        func number(of key: String) -> Int {
            if let known = numbers[key] { return known }
            numbers[key] = numbers.count
            return numbers.count - 1
        }
        // Emptied for each campaign and each unit, their storage kept. A unit lists a
        // handful of procedures: each is compared with those before it by number, in a
        // short list, and read in place rather than copied.
        var firstUnit: [String: SourceLocation] = [:]
        var seen: [(key: Int, index: Int)] = []
        // Read in place, by index (see `UnitRegistryRule`).
        for campaign in campaigns.indices {
            firstUnit.removeAll(keepingCapacity: true)
            let registrations = campaigns[campaign].registrations
            for registration in registrations.indices {
                let id = registrations[registration].unitID
                if let first = firstUnit[id.value] {
                    diagnostics.append(
                        Diagnostic(.duplicateUnit, at: id.location, ["unit": .text(id.value), "first": .text(first.description)]))
                } else {
                    firstUnit[id.value] = id.location
                }
                seen.removeAll(keepingCapacity: true)
                registrations[registration].procedures.withUnsafeBufferPointer { procedures in
                    for index in procedures.indices {
                        let key: Int
                        if let code = procedures[index].code?.value {
                            key = number(of: code)
                        } else {
                            let name = procedures[index].name
                            key = spellings.number(of: name) { number(of: TextFolding.comparisonKey(name)) }
                        }
                        guard let first = seen.first(where: { $0.key == key }) else {
                            seen.append((key, index))
                            continue
                        }
                        diagnostics.append(
                            Diagnostic(
                                .duplicateProcedure, at: procedures[index].source,
                                [
                                    "procedure": .text(procedures[index].name), "unit": .text(id.value),
                                    "firstLine": .text("\(procedures[first.index].source.line)"),
                                ]))
                    }
                }
            }
        }
        return diagnostics
    }
}
