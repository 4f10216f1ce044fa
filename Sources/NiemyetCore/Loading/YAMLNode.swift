/// Where a YAML value starts: 1-based line and column (columns count Unicode scalars,
/// as libyaml does), counted from the first line of the YAML text.
public struct YAMLMark: Sendable, Equatable {
    public let line: Int
    public let column: Int
}

/// One value of a YAML document as niemyet reads it: every scalar is text (niemyet types
/// values itself, so it can say which key holds a date that is not a date), and every
/// value keeps where it was written.
public enum YAMLNode: Sendable {
    case scalar(YAMLScalar)
    case sequence(YAMLSequence)
    case mapping(YAMLMapping)

    /// Where the value starts.
    public var mark: YAMLMark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(let sequence): sequence.mark
        case .mapping(let mapping): mapping.mark
        }
    }

    /// The text of a scalar; nil for a list or a mapping.
    public var string: String? {
        if case .scalar(let scalar) = self { return scalar.string }
        return nil
    }
}

/// A text value, and whether it was written plain (without quotes or a block indicator):
/// only a plain `~`, `null` or nothing at all means "no value".
public struct YAMLScalar: Sendable {
    public let string: String
    public let isPlain: Bool
    public let mark: YAMLMark
}

/// A list value.
public struct YAMLSequence: Sendable {
    public let items: [YAMLNode]
    public let mark: YAMLMark
}

/// A mapping value: its entries in the order written (keys are unique: a repeated key is
/// an error of the document).
public struct YAMLMapping: Sendable {
    public let entries: [YAMLEntry]
    public let mark: YAMLMark

    /// The value of the first entry whose key is the text `key`.
    public func value(_ key: String) -> YAMLNode? {
        for entry in entries {
            if case .scalar(let scalar) = entry.key, scalar.string == key { return entry.value }
        }
        return nil
    }
}

/// One key and its value. A struct, not a tuple: the compiler copies a struct with code
/// of its own, where a tuple of enums goes through the runtime's generic copy.
public struct YAMLEntry: Sendable {
    public let key: YAMLNode
    public let value: YAMLNode
}
