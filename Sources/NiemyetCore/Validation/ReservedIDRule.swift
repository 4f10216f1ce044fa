/// Campaign and unit ids become folders of the published site; an id that a site page
/// or file already uses would overwrite it.
struct ReservedIDRule: ValidationRule {
    func check(_ project: Project) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for campaign in project.campaigns {
            if SitePaths.reservedCampaignIDs.contains(campaign.id) {
                diagnostics.append(
                    Diagnostic(
                        .reservedID, at: campaign.source,
                        ["value": .text(campaign.id), "reserved": .text(SitePaths.reservedCampaignIDs.sorted().joined(separator: ", "))]))
            }
            // Read in place, by index (see `UnitRegistryRule`).
            let registrations = campaign.registrations
            for index in registrations.indices where SitePaths.reservedUnitIDs.contains(registrations[index].unitID.value) {
                let unit = registrations[index].unitID
                diagnostics.append(
                    Diagnostic(
                        .reservedID, at: unit.location,
                        [
                            "value": .text(unit.value),
                            "reserved": .text(SitePaths.reservedUnitIDs.sorted().joined(separator: ", ")),
                        ]))
            }
        }
        return diagnostics
    }
}
