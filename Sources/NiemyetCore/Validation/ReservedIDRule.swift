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
            for registration in campaign.registrations where SitePaths.reservedUnitIDs.contains(registration.unitID.value) {
                diagnostics.append(
                    Diagnostic(
                        .reservedID, at: registration.unitID.location,
                        [
                            "value": .text(registration.unitID.value),
                            "reserved": .text(SitePaths.reservedUnitIDs.sorted().joined(separator: ", ")),
                        ]))
            }
        }
        return diagnostics
    }
}
