import Foundation

/// Where a mapping stands, as messages name it: "eligibility", "units[2]". Kept as its
/// parts and written out only when a message needs it: every registration and procedure
/// has one, and almost none is ever shown.
struct MappingContext: ExpressibleByStringLiteral {
    let key: String
    /// The 1-based position in the list `key`, for list items.
    let item: Int?

    init(_ key: String, item: Int? = nil) {
        self.key = key
        self.item = item
    }

    init(stringLiteral key: String) { self.init(key) }

    var text: String { item.map { "\(key)[\($0)]" } ?? key }
}

/// Reads the keys of one YAML mapping into typed values, collecting a diagnostic for
/// every problem instead of stopping at the first: missing keys, unknown keys (with a
/// "did you mean"), values of the wrong shape, dates and turnarounds that cannot be read.
struct MappingReader {
    let document: YAMLDocument
    let node: YAMLNode
    /// Where a missing key would go, named in the message ("units[2]", "eligibility").
    let context: MappingContext?
    private let mapping: YAMLMapping
    private(set) var diagnostics: [Diagnostic] = []

    /// A reader over `node`, or nil (with a diagnostic) when it is not a mapping.
    init?(_ node: YAMLNode, in document: YAMLDocument, context: MappingContext?, knownKeys: [String], diagnostics: inout [Diagnostic]) {
        guard case .mapping(let mapping) = node else {
            diagnostics.append(
                Diagnostic(.expectedMapping, at: document.location(of: node), ["key": .text(context?.text ?? "front matter")]))
            return nil
        }
        self.document = document
        self.node = node
        self.context = context
        self.mapping = mapping
        // Each mapping is asked for a dozen known keys at most: scanning its entries costs
        // less than building a table of them.
        for entry in mapping.entries {
            let key = entry.key
            let name = key.string ?? ""
            if !knownKeys.contains(name) {
                var arguments: [String: DiagnosticArgument] = ["key": .text(name)]
                if let suggestion = Spelling.closest(to: name, among: knownKeys) {
                    arguments["suggestion"] = .text(suggestion)
                }
                diagnostics.append(Diagnostic(.unknownKey, at: document.location(of: key), arguments))
            }
        }
    }

    /// Where the mapping itself starts.
    var location: SourceLocation { document.location(of: node) }

    /// Where `key` is written, or the mapping's start.
    func location(of key: String) -> SourceLocation {
        mapping.entries.first { $0.key.string == key }.map { document.location(of: $0.key) } ?? location
    }

    /// The node of `key`, unless it is absent or null.
    func value(_ key: String) -> YAMLNode? {
        guard let value = mapping.value(key) else { return nil }
        if case .scalar(let scalar) = value, scalar.isPlain, scalar.string.meansNull { return nil }
        return value
    }

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    mutating func requireMissing(_ key: String) {
        var arguments: [String: DiagnosticArgument] = ["key": .text(key)]
        if let context { arguments["context"] = .text(context.text) }
        diagnostics.append(Diagnostic(.missingKey, at: location, arguments))
    }

    /// A text value, trimmed; reports a missing required key or a non-text value.
    mutating func text(_ key: String, required: Bool = false) -> Located<String>? {
        guard let node = value(key) else {
            if required { requireMissing(key) }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            diagnostics.append(Diagnostic(.expectedText, at: document.location(of: node), ["key": .text(key)]))
            return nil
        }
        let text = scalar.string.trimmingWhitespace()
        if text.isEmpty {
            if required { requireMissing(key) }
            return nil
        }
        // `niemyet new` leaves "..." where the author has to write (organizer, names).
        if text.endsWithEllipsis {
            diagnostics.append(
                Diagnostic(.placeholderText, at: document.location(of: node), ["key": .text(key), "value": .text(text)]))
        }
        return Located(text, at: document.location(of: node))
    }

    /// A date written `YYYY-MM-DD` (or `DD/MM/YYYY`).
    mutating func date(_ key: String, required: Bool = false) -> Located<LocalDate>? {
        guard let text = text(key, required: required) else { return nil }
        guard let date = LocalDate(iso: text.value) ?? LocalDate(vietnamese: text.value) else {
            diagnostics.append(
                Diagnostic(.invalidDate, at: text.location, ["key": .text(key), "value": .text(text.value)]))
            return nil
        }
        return Located(date, at: text.location)
    }

    /// A turnaround such as "03 ngày làm việc".
    mutating func turnaround(_ key: String, required: Bool = false) -> Located<Turnaround>? {
        guard let text = text(key, required: required) else { return nil }
        guard let turnaround = Turnaround(parsing: text.value) else {
            diagnostics.append(
                Diagnostic(.invalidTurnaround, at: text.location, ["key": .text(key), "value": .text(text.value)]))
            return nil
        }
        return Located(turnaround, at: text.location)
    }

    /// The items of a list value; reports a value that is not a list.
    mutating func list(_ key: String, required: Bool = false) -> [YAMLNode] {
        guard let node = value(key) else {
            if required { requireMissing(key) }
            return []
        }
        guard case .sequence(let sequence) = node else {
            diagnostics.append(Diagnostic(.expectedList, at: document.location(of: node), ["key": .text(key)]))
            return []
        }
        return sequence.items
    }

    /// Every top-level text value, for settings that themes may use.
    var textValues: [String: String] {
        Dictionary(
            mapping.entries.compactMap { entry in entry.key.string.flatMap { k in entry.value.string.map { (k, $0) } } },
            uniquingKeysWith: { _, last in last })
    }
}

extension String {
    /// Whether a plain YAML value with this text means "no value": nothing, `~` or `null`.
    var meansNull: Bool {
        // Counted first: nearly every value is longer than four bytes.
        guard utf8.count <= 4 else { return false }
        switch self {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// Whether the text ends with "..." or "…", read as bytes: this runs for every value,
    /// and `hasSuffix` compares characters from the end at many times the cost.
    var endsWithEllipsis: Bool {
        let utf8 = self.utf8
        // "…" is E2 80 A6; "..." is three full stops. Neither can be part of a longer character.
        guard let last = utf8.last, last == 0x2E || last == 0xA6 else { return false }
        return utf8.reversed().starts(with: last == 0x2E ? [0x2E, 0x2E, 0x2E] : [0xA6, 0x80, 0xE2])
    }

    /// The text without white space at either end (Swift-native: this runs for every value).
    func trimmingWhitespace() -> String {
        // Most values start and end with a letter or digit: nothing to trim, nothing to
        // copy. (A character is white space when its first scalar is; a letter at the end
        // cannot be a mark joined to white space before it.)
        // Printable ASCII is told apart without Unicode's property tables, from the bytes
        // at either end when both are ASCII.
        let ends = utf8.withContiguousStorageIfAvailable { $0.isEmpty ? nil : ($0[0], $0[$0.count - 1]) }
        if let (first, last) = ends ?? nil, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return self
        }
        if let head = unicodeScalars.first, let tail = unicodeScalars.last,
            head.isASCII ? head.value > 0x20 && head.value < 0x7F : !head.properties.isWhitespace,
            tail.isASCII ? tail.value > 0x20 && tail.value < 0x7F : Self.isLetter(tail)
        {
            return self
        }
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter: true
        default: false
        }
    }
}

extension LocalDate {
    /// Parses the Vietnamese way of writing a date, `DD/MM/YYYY`.
    init?(vietnamese text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4,
            parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }),
            let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }
}
