/// One campaign as decoded: the model (nil when its front matter could not give one),
/// what decoding it found, how many files it read, and the digest of what they decoded to.
struct DecodedCampaign: Sendable {
    var campaign: Campaign?
    var diagnostics: [Diagnostic] = []
    var filesRead = 0
    var digest = ""
}

/// What a load found, kept by a process that loads the same project again and again (the
/// preview), so that after an edit only the campaigns whose files changed are decoded.
public struct LoadMemo: Sendable {
    /// The project without its campaigns (site settings, registries, calendar), with what
    /// reading them and listing the campaigns found.
    var base: LoadedProject
    var sources: [ProjectLoader.CampaignSource]
    /// One for each of `sources`.
    var decoded: [DecodedCampaign]
    /// False when there was no `Campaigns/` folder.
    var hasCampaigns: Bool

    /// The loaded project: the base, and the campaigns in the order of their sources.
    var loaded: LoadedProject {
        var loaded = base
        var digests: [String: String] = [:]
        var ids = Set<String>()
        for decoded in self.decoded {
            if let campaign = decoded.campaign {
                loaded.project.campaigns.append(campaign)
                // Two campaigns with one id (an error of its own) vouch for neither.
                digests[campaign.id] = ids.insert(campaign.id).inserted ? decoded.digest : nil
            }
            loaded.diagnostics += decoded.diagnostics
            loaded.filesRead += decoded.filesRead
        }
        loaded.project.sourceDigests = digests
        return loaded
    }
}
