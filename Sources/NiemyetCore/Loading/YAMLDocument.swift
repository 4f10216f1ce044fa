// Yams' own libyaml (its CYaml module), read event by event. Yams' composer builds a tree
// of nodes each carrying a tag object, decodes every scalar through Foundation and finds
// repeated keys by hashing every mapping's keys: three times the time libyaml itself
// takes to parse (measured on 50,000 registrations, BENCHMARKS.md). Here libyaml still
// scans and parses, and the tree is built in one pass with the limits applied as it grows.
internal import CYaml

/// YAML read with libyaml, positions kept, and limits that keep hostile input harmless:
/// nesting and the number of values (every alias counted as often as it is used, against
/// "billion laughs") are bounded while the tree is built.
public struct YAMLDocument: Sendable {
    public let file: String
    /// The root node, or nil for an empty document.
    public let root: YAMLNode?
    /// Added to the YAML text's 1-based line numbers to give the file's line numbers.
    let lineOffset: Int

    public static let maximumDepth = 64
    public static let maximumNodes = 200_000
    public static let maximumBytes = 4 * 1024 * 1024

    /// Parses `yaml`, whose first line is line `firstLine` of `file`.
    public static func parse(_ yaml: String, file: String, firstLine: Int = 1) -> Result<YAMLDocument, Diagnostic> {
        parse(yaml[...], file: file, firstLine: firstLine)
    }

    /// Parses `yaml`, a slice of a file's text (front matter), whose first line is line
    /// `firstLine` of `file`.
    public static func parse(_ yaml: Substring, file: String, firstLine: Int = 1) -> Result<YAMLDocument, Diagnostic> {
        let offset = firstLine - 1
        if yaml.utf8.count > maximumBytes {
            return .failure(
                Diagnostic(.yamlTooLarge, at: SourceLocation(file: file, line: firstLine, column: 1),
                    ["limit": "\(maximumBytes) byte"]))
        }
        var text = yaml
        let composed = text.withUTF8 { bytes in Result { () throws(YAMLProblem) in try YAMLComposer.root(of: bytes) } }
        switch composed {
        case .success(let root): return .success(YAMLDocument(file: file, root: root, lineOffset: offset))
        case .failure(let problem): return .failure(problem.diagnostic(file: file, offset: offset))
        }
    }

    /// Where `node` was written in the file.
    public func location(of node: YAMLNode) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }
}

/// Why a YAML text could not be read, with where.
enum YAMLProblem: Error {
    /// libyaml's own report: what it found, and where the thing it was reading began.
    case syntax(problem: String, at: YAMLMark?, context: YAMLMark?)
    case tooDeep(at: YAMLMark)
    case tooLarge(at: YAMLMark)
    /// `keys` are written twice in one mapping; `at` is the first repetition.
    case duplicateKeys([String], at: YAMLMark)

    func diagnostic(file: String, offset: Int) -> Diagnostic {
        func location(_ mark: YAMLMark?) -> SourceLocation {
            SourceLocation(file: file, line: (mark?.line ?? 1) + offset, column: mark?.column ?? 1)
        }
        switch self {
        case .syntax(let problem, let mark, let context):
            // Running out of input ("unexpected end of stream") is best shown where the
            // unfinished thing began, such as an opening quote.
            let place = problem.contains("end of stream") ? context ?? mark : mark
            return Diagnostic(.yamlSyntax, at: location(place), ["problem": .phrase(problem)])
        case .tooDeep(let mark):
            return Diagnostic(.yamlTooDeep, at: location(mark), ["limit": "\(YAMLDocument.maximumDepth)"])
        case .tooLarge(let mark):
            return Diagnostic(.yamlTooLarge, at: location(mark), ["limit": "\(YAMLDocument.maximumNodes)"])
        case .duplicateKeys(let keys, let mark):
            return Diagnostic(.duplicateKey, at: location(mark), ["key": .text(keys.joined(separator: "', '"))])
        }
    }
}

/// Builds the tree of one YAML stream from libyaml's events.
private struct YAMLComposer: ~Copyable {
    /// libyaml's parser keeps a pointer to itself once given its input: it must not move.
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// The event being read: released before the next is parsed, and at the end.
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    /// Values still allowed, aliases counted as the values they stand for.
    private var budget = YAMLDocument.maximumNodes
    /// Room made at once for a list's items or a mapping's entries: most hold fewer,
    /// and growing an array from empty reallocates it at every doubling.
    private static let initialCapacity = 8

    /// The single document's root of `bytes` (UTF-8), or nil when there is no document.
    static func root(of bytes: UnsafeBufferPointer<UInt8>) throws(YAMLProblem) -> YAMLNode? {
        var composer = YAMLComposer(bytes)
        return try composer.document()
    }

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        event = .allocate(capacity: 1)
        event.initialize(to: yaml_event_t())
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    }

    deinit {
        yaml_event_delete(event)
        event.deallocate()
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    private mutating func document() throws(YAMLProblem) -> YAMLNode? {
        guard try next() == YAML_STREAM_START_EVENT, try next() == YAML_DOCUMENT_START_EVENT else { return nil }
        _ = try next()
        let root = try node(depth: 0).node
        _ = try next()  // the document's end
        if try next() == YAML_DOCUMENT_START_EVENT {
            throw .syntax(problem: "but found another document", at: mark, context: YAMLMark(line: 1, column: 1))
        }
        return root
    }

    /// Parses the next event into `event`, releasing the one before.
    private mutating func next() throws(YAMLProblem) -> yaml_event_type_t {
        yaml_event_delete(event)
        guard yaml_parser_parse(parser, event) == 1 else { throw problem() }
        return event.pointee.type
    }

    private var mark: YAMLMark {
        YAMLMark(line: Int(event.pointee.start_mark.line) + 1, column: Int(event.pointee.start_mark.column) + 1)
    }

    private func problem() -> YAMLProblem {
        let state = parser.pointee
        let text = state.problem.map { String(cString: $0) } ?? "the text cannot be read as YAML"
        switch state.error {
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            let context = state.context.map { _ in
                YAMLMark(line: Int(state.context_mark.line) + 1, column: Int(state.context_mark.column) + 1)
            }
            let mark = YAMLMark(line: Int(state.problem_mark.line) + 1, column: Int(state.problem_mark.column) + 1)
            // libyaml has a nesting limit of its own (1,000), met first when its scanner
            // reads a long run of brackets ahead before the tree reaches ours.
            if text.hasPrefix("Maximum nesting level") { return .tooDeep(at: context ?? mark) }
            return .syntax(problem: text, at: mark, context: context)
        default:
            return .syntax(problem: text, at: nil, context: nil)
        }
    }

    private mutating func spend(_ count: Int, at mark: YAMLMark) throws(YAMLProblem) {
        budget -= count
        if budget < 0 { throw .tooLarge(at: mark) }
    }

    /// The node starting at the current event, and how many values it counts for.
    private mutating func node(depth: Int) throws(YAMLProblem) -> (node: YAMLNode, size: Int) {
        let start = mark
        switch event.pointee.type {
        case YAML_SCALAR_EVENT:
            try spend(1, at: start)
            let data = event.pointee.data.scalar
            let string = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let node = YAMLNode.scalar(
                YAMLScalar(string: string, isPlain: data.style == YAML_PLAIN_SCALAR_STYLE, mark: start))
            if let anchor = data.anchor { anchors[String(cString: anchor)] = (node, 1) }
            return (node, 1)
        case YAML_ALIAS_EVENT:
            guard let name = event.pointee.data.alias.anchor.map({ String(cString: $0) }), let anchored = anchors[name] else {
                throw .syntax(problem: "found undefined alias", at: start, context: nil)
            }
            try spend(anchored.size, at: start)
            return anchored
        case YAML_SEQUENCE_START_EVENT:
            guard depth < YAMLDocument.maximumDepth else { throw .tooDeep(at: start) }
            try spend(1, at: start)
            let anchor = event.pointee.data.sequence_start.anchor.map { String(cString: $0) }
            var items: [YAMLNode] = []
            items.reserveCapacity(Self.initialCapacity)
            var size = 1
            while try next() != YAML_SEQUENCE_END_EVENT {
                let item = try node(depth: depth + 1)
                items.append(item.node)
                size += item.size
            }
            let node = YAMLNode.sequence(YAMLSequence(items: items, mark: start))
            if let anchor { anchors[anchor] = (node, size) }
            return (node, size)
        case YAML_MAPPING_START_EVENT:
            guard depth < YAMLDocument.maximumDepth else { throw .tooDeep(at: start) }
            try spend(1, at: start)
            let anchor = event.pointee.data.mapping_start.anchor.map { String(cString: $0) }
            var entries: [YAMLEntry] = []
            entries.reserveCapacity(Self.initialCapacity)
            var keys = RepeatedKeys()
            var size = 1
            while try next() != YAML_MAPPING_END_EVENT {
                let key = try node(depth: depth + 1)
                keys.add(key.node, after: entries)
                _ = try next()
                let value = try node(depth: depth + 1)
                entries.append(YAMLEntry(key: key.node, value: value.node))
                size += key.size + value.size
            }
            // A mapping with the same text key twice is refused: the later value would
            // silently replace the earlier one, which an author never means.
            if let first = keys.first { throw .duplicateKeys(keys.repeated, at: first) }
            let node = YAMLNode.mapping(YAMLMapping(entries: entries, mark: start))
            if let anchor { anchors[anchor] = (node, size) }
            return (node, size)
        default:
            throw .syntax(problem: "found an unexpected event", at: start, context: nil)
        }
    }
}

/// The text keys of one mapping as it is read, and those written more than once.
private struct RepeatedKeys {
    /// Keys are compared with the entries before them while the mapping is small (nearly
    /// every one), and hashed once it is larger.
    private static let pairwiseLimit = 16
    private var many: Set<String> = []
    /// Each repeated key once, in the order of their first repetition.
    private(set) var repeated: [String] = []
    /// Where the first repetition is written.
    private(set) var first: YAMLMark?

    /// Checks `key`, about to follow `entries` in the mapping.
    mutating func add(_ key: YAMLNode, after entries: [YAMLEntry]) {
        guard case .scalar(let scalar) = key else { return }
        let text = scalar.string
        let isRepeat: Bool
        if entries.count < Self.pairwiseLimit {
            isRepeat = entries.contains { entry in
                if case .scalar(let earlier) = entry.key { earlier.string == text } else { false }
            }
        } else {
            if many.isEmpty { many = Set(entries.compactMap(\.key.string)) }
            isRepeat = !many.insert(text).inserted
        }
        guard isRepeat else { return }
        if !repeated.contains(text) { repeated.append(text) }
        first = first ?? scalar.mark
    }
}
