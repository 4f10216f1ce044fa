/// A procedure in the shared catalogue (`procedures.yaml`), with its normal turnaround.
public struct CatalogueProcedure: Hashable, Sendable {
    public var code: String
    public var name: String
    public var field: String?
    public var standard: Located<Turnaround>?
    public var source: SourceLocation

    public init(code: String, name: String, field: String?, standard: Located<Turnaround>?, source: SourceLocation) {
        self.code = code
        self.name = name
        self.field = field
        self.standard = standard
        self.source = source
    }
}

/// A procedure a unit registered for a campaign, with the reduced turnaround it promises.
public struct RegisteredProcedure: Hashable, Sendable {
    public var code: Located<String>?
    public var name: String
    public var field: String?
    public var standard: Located<Turnaround>?
    public var reduced: Located<Turnaround>?
    public var source: SourceLocation

    public init(
        code: Located<String>?, name: String, field: String?, standard: Located<Turnaround>?,
        reduced: Located<Turnaround>?, source: SourceLocation
    ) {
        self.code = code
        self.name = name
        self.field = field
        self.standard = standard
        self.reduced = reduced
        self.source = source
    }
}
