/// Campaign and activity dates: the end is not before the start, and activities fall
/// within the campaign.
struct CampaignDatesRule: ValidationRule {
    func check(_ project: Project) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for campaign in project.campaigns {
            if campaign.end.value < campaign.start.value {
                diagnostics.append(
                    Diagnostic(
                        .endBeforeStart, at: campaign.end.location,
                        ["start": .date(campaign.start.value), "end": .date(campaign.end.value)]))
            }
            for activity in campaign.activities {
                if let start = activity.start, let end = activity.end, end.value < start.value {
                    diagnostics.append(
                        Diagnostic(.endBeforeStart, at: end.location, ["start": .date(start.value), "end": .date(end.value)]))
                }
                for date in [activity.start, activity.end].compactMap({ $0 })
                where date.value < campaign.start.value || date.value > campaign.end.value {
                    diagnostics.append(
                        Diagnostic(
                            .activityOutsideCampaign, at: date.location,
                            [
                                "activity": .text(activity.title), "start": .date(campaign.start.value),
                                "end": .date(campaign.end.value),
                            ]))
                    break
                }
            }
        }
        return diagnostics
    }
}
