/// One unit's registration in a campaign: which procedures it will resolve faster, and
/// where it posted them for citizens to see.
public struct Registration: Hashable, Sendable {
    /// The unit's id: a key of `units.yaml`, or the name of its `units/<id>.md` file.
    public var unitID: Located<String>
    /// Name, block and posting given in the registration; when absent, the registry's apply.
    public var name: String?
    public var block: Located<Block>?
    public var postingURL: Located<String>?
    public var procedures: [RegisteredProcedure]
    /// The unit's own notice text, as safe HTML, when its file has a body.
    public var bodyHTML: String?
    public var source: SourceLocation

    public init(
        unitID: Located<String>, name: String? = nil, block: Located<Block>? = nil,
        postingURL: Located<String>? = nil, procedures: [RegisteredProcedure] = [],
        bodyHTML: String? = nil, source: SourceLocation
    ) {
        self.unitID = unitID
        self.name = name
        self.block = block
        self.postingURL = postingURL
        self.procedures = procedures
        self.bodyHTML = bodyHTML
        self.source = source
    }
}
