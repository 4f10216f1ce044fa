import Yams

/// YAML read with Yams, positions kept, and limits that keep hostile input harmless:
/// nesting is bounded before Yams composes (its composer recurses), and the number of
/// values is bounded after, counting aliases as often as they are used ("billion laughs").
public struct YAMLDocument {
    public let file: String
    /// The root node, or nil for an empty document.
    public let root: Node?
    /// Added to Yams' 1-based line numbers to give the file's line numbers.
    let lineOffset: Int

    public static let maximumDepth = 64
    public static let maximumNodes = 200_000
    public static let maximumBytes = 4 * 1024 * 1024

    /// Parses `yaml`, whose first line is line `firstLine` of `file`.
    public static func parse(_ yaml: String, file: String, firstLine: Int = 1) -> Result<YAMLDocument, Diagnostic> {
        let offset = firstLine - 1
        if yaml.utf8.count > maximumBytes {
            return .failure(
                Diagnostic(.yamlTooLarge, at: SourceLocation(file: file, line: firstLine, column: 1),
                    ["limit": "\(maximumBytes) byte"]))
        }
        if let line = firstLineDeeperThan(maximumDepth, in: yaml) {
            return .failure(
                Diagnostic(.yamlTooDeep, at: SourceLocation(file: file, line: line + offset, column: 1),
                    ["limit": "\(maximumDepth)"]))
        }
        let root: Node?
        do {
            // Every value is read as text and typed by niemyet itself, so Yams needs no
            // regular-expression tag resolution (its slowest part).
            // The encoding is given, or Yams reads the process environment on every parse.
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, yaml: yaml, file: file, offset: offset))
        } catch {
            return .failure(
                Diagnostic(.yamlSyntax, at: SourceLocation(file: file, line: firstLine, column: 1),
                    ["problem": .text("\(error)")]))
        }
        if let root, mayExceedNodeBudget(yaml), !fitsNodeBudget(root) {
            let mark = root.mark.map { SourceLocation(file: file, line: $0.line + offset, column: $0.column) }
            return .failure(
                Diagnostic(.yamlTooLarge, at: mark ?? SourceLocation(file: file, line: firstLine, column: 1),
                    ["limit": "\(maximumNodes)"]))
        }
        return .success(YAMLDocument(file: file, root: root, lineOffset: offset))
    }

    /// Where `node` was written in the file.
    public func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    private static func diagnostic(for error: YamlError, yaml: String, file: String, offset: Int) -> Diagnostic {
        func at(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: file, line: max(1, mark?.line ?? 1) + offset, column: max(1, mark?.column ?? 1))
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // Running out of input ("unexpected end of stream") is best shown where the
            // unfinished thing began, such as an opening quote.
            let place = problem.contains("end of stream") ? context?.mark ?? mark : mark
            return Diagnostic(.yamlSyntax, at: at(place), ["problem": .phrase(problem)])
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let (line, column) =
                repetition(of: key, after: context.mark, in: yaml) ?? (context.mark.line, context.mark.column)
            return Diagnostic(
                .duplicateKey, at: SourceLocation(file: file, line: line + offset, column: column),
                ["key": .text(duplicates.joined(separator: "', '"))])
        case .reader(let problem, _, _, _):
            return Diagnostic(.yamlSyntax, at: at(nil), ["problem": .text(problem)])
        default:
            return Diagnostic(.yamlSyntax, at: at(nil), ["problem": .text("\(error)")])
        }
    }

    /// Where `key` is written again at the same indentation after its first use.
    private static func repetition(of key: String, after first: Mark, in yaml: String) -> (line: Int, column: Int)? {
        let indent = String(repeating: " ", count: max(0, first.column - 1))
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        for number in first.line..<lines.count {
            let line = lines[number]
            for prefix in [indent + key + ":", indent + "\"" + key + "\":", indent + "- " + key + ":"]
            where line.hasPrefix(prefix) {
                let column = prefix.hasPrefix(indent + "- ") ? first.column + 2 : first.column
                return (number + 1, column)
            }
        }
        return nil
    }

    /// The first line whose nesting may exceed `limit`, over-estimating on purpose:
    /// indentation, block-sequence dashes on the line and open flow brackets all count.
    static func firstLineDeeperThan(_ limit: Int, in yaml: String) -> Int? {
        var flowDepth = 0
        var lineNumber = 1
        var depth = 0
        var atStart = true
        var quote: UInt8? = nil
        var inComment = false
        var previous = UInt8(ascii: " ")
        for byte in yaml.utf8 {
            if byte == UInt8(ascii: "\n") {
                if depth / 2 + flowDepth > limit { return lineNumber }
                lineNumber += 1
                depth = 0
                atStart = true
                inComment = false
                quote = quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") ? quote : nil
                previous = UInt8(ascii: " ")
                continue
            }
            defer { previous = byte }
            if inComment { continue }
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "#") where previous == UInt8(ascii: " ") || atStart: inComment = true
            case UInt8(ascii: " ") where atStart: depth += 1
            case UInt8(ascii: "-") where atStart, UInt8(ascii: "?") where atStart: depth += 2
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                quote = byte
                atStart = false
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                atStart = false
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flowDepth = max(0, flowDepth - 1)
                atStart = false
            default: atStart = false
            }
        }
        return depth / 2 + flowDepth > limit ? lineNumber : nil
    }

    /// Whether a document could hold more values than the budget: only with aliases, or
    /// when it is large (without aliases, every value takes at least one byte of a line
    /// and a key or dash, so there are at most two per byte).
    static func mayExceedNodeBudget(_ yaml: String) -> Bool {
        yaml.utf8.count * 2 + 2 > maximumNodes || yaml.utf8.contains(UInt8(ascii: "*"))
    }

    /// Whether the tree, with every alias counted each time it is used, stays in budget.
    static func fitsNodeBudget(_ root: Node) -> Bool {
        var remaining = maximumNodes
        var stack: [Node] = [root]
        while let node = stack.popLast() {
            remaining -= 1
            if remaining < 0 { return false }
            switch node {
            case .scalar, .alias: break
            case .sequence(let sequence): stack.append(contentsOf: sequence)
            case .mapping(let mapping):
                for (key, value) in mapping {
                    stack.append(key)
                    stack.append(value)
                }
            }
        }
        return true
    }
}
