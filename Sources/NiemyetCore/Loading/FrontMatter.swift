/// A Markdown file split into its YAML front matter and its body.
public struct FrontMatterDocument: Sendable {
    public let file: String
    /// The YAML between the `---` lines.
    public let yaml: String
    /// The line of the file on which the YAML's first line stands.
    public let yamlFirstLine: Int
    /// The Markdown after the closing `---`.
    public let body: String

    /// Splits `source`; the front matter must open on the first line with `---` and
    /// close with a line `---` (or `...`), spaces and tabs after either allowed.
    public static func split(_ source: SourceText) -> Result<FrontMatterDocument, Diagnostic> {
        var text = source.text
        // The lines are looked at as bytes: every line of every front matter is a
        // candidate for the closing one.
        return text.withUTF8 { bytes in
            switch shape(of: bytes) {
            case .missing: return .failure(Diagnostic(.frontMatterMissing, at: .start(of: source.file)))
            case .unclosed: return .failure(Diagnostic(.frontMatterUnclosed, at: .start(of: source.file)))
            case .split(let yaml, let body):
                return .success(
                    FrontMatterDocument(
                        file: source.file,
                        yaml: String(decoding: UnsafeBufferPointer(rebasing: bytes[yaml]), as: UTF8.self),
                        yamlFirstLine: 2,
                        body: String(decoding: UnsafeBufferPointer(rebasing: bytes[body...]), as: UTF8.self)))
            }
        }
    }

    private enum Shape {
        case missing, unclosed
        /// Byte ranges of the YAML and of the start of the body (lines end with LF only:
        /// `SourceText` made them so).
        case split(yaml: Range<Int>, body: Int)
    }

    private static func shape(of bytes: UnsafeBufferPointer<UInt8>) -> Shape {
        func end(ofLineAt start: Int) -> Int {
            bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        }
        /// Whether the line `start..<end` is three `mark`s, then nothing but spaces and tabs.
        func isFence(_ start: Int, _ end: Int, _ mark: UInt8) -> Bool {
            var last = end
            while last > start, bytes[last - 1] == UInt8(ascii: " ") || bytes[last - 1] == UInt8(ascii: "\t") {
                last -= 1
            }
            return last - start == 3 && bytes[start] == mark && bytes[start + 1] == mark && bytes[start + 2] == mark
        }
        let firstEnd = end(ofLineAt: 0)
        guard isFence(0, firstEnd, UInt8(ascii: "-")) else { return .missing }
        var lineStart = firstEnd + 1
        while lineStart < bytes.count {
            let lineEnd = end(ofLineAt: lineStart)
            if isFence(lineStart, lineEnd, UInt8(ascii: "-")) || isFence(lineStart, lineEnd, UInt8(ascii: ".")) {
                return .split(yaml: (firstEnd + 1)..<lineStart, body: min(lineEnd + 1, bytes.count))
            }
            lineStart = lineEnd + 1
        }
        return .unclosed
    }
}
