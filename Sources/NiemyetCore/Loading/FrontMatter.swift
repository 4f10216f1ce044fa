import Foundation

/// A Markdown file split into its YAML front matter and its body.
public struct FrontMatterDocument: Sendable {
    public let file: String
    /// The YAML between the `---` lines: a slice of the file's text, handed to libyaml as
    /// it is (copying it would check its UTF-8 a second time).
    public let yaml: Substring
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
        switch text.withUTF8({ Self.shape(of: $0) }) {
        case .missing: return .failure(Diagnostic(.frontMatterMissing, at: .start(of: source.file)))
        case .unclosed: return .failure(Diagnostic(.frontMatterUnclosed, at: .start(of: source.file)))
        case .split(let yaml, let body):
            // Both ranges start and end next to a line feed, on character boundaries:
            // slicing the checked text needs no second check.
            let utf8 = text.utf8
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            return .success(
                FrontMatterDocument(
                    file: source.file,
                    yaml: text[index(yaml.lowerBound)..<index(yaml.upperBound)],
                    yamlFirstLine: 2,
                    body: String(text[index(body)...])))
        }
    }

    private enum Shape {
        case missing, unclosed
        /// Byte ranges of the YAML and of the start of the body (lines end with LF only:
        /// `SourceText` made them so).
        case split(yaml: Range<Int>, body: Int)
    }

    private static func shape(of bytes: UnsafeBufferPointer<UInt8>) -> Shape {
        // memchr: the generic `firstIndex(of:)` looks at one byte at a time.
        func end(ofLineAt start: Int) -> Int {
            guard start < bytes.count, let base = bytes.baseAddress,
                let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
            else { return bytes.count }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
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
