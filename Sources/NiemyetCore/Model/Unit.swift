/// The kind of unit that registers procedures. Blocks are an open list: since 1/7/2025
/// Vietnam has no district level, and offices add their own; unknown blocks are kept.
public enum Block: Hashable, Sendable, CustomStringConvertible {
    case district, ward, commune, department, vertical, city
    case other(String)

    public static let known: [Block] = [.district, .ward, .commune, .department, .vertical, .city]

    public init(_ text: String) {
        self = Block.known.first { $0.id == text } ?? .other(text)
    }

    /// The spelling used in files and URLs.
    public var id: String {
        switch self {
        case .district: "district"
        case .ward: "ward"
        case .commune: "commune"
        case .department: "department"
        case .vertical: "vertical"
        case .city: "city"
        case .other(let text): text
        }
    }

    public var isKnown: Bool { if case .other = self { false } else { true } }
    public var description: String { id }
}

/// A unit in the shared registry (`units.yaml`): a ward, a department, a vertical agency.
public struct Unit: Hashable, Sendable {
    public var id: String
    public var name: String
    public var block: Block?
    public var parent: String?
    public var postingURL: Located<String>?
    public var address: String?
    public var phone: String?
    public var source: SourceLocation

    public init(
        id: String, name: String, block: Block? = nil, parent: String? = nil,
        postingURL: Located<String>? = nil, address: String? = nil, phone: String? = nil,
        source: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.block = block
        self.parent = parent
        self.postingURL = postingURL
        self.address = address
        self.phone = phone
        self.source = source
    }
}
