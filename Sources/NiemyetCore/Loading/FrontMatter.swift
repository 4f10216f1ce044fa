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
    /// close with a line `---` (or `...`).
    public static func split(_ source: SourceText) -> Result<FrontMatterDocument, Diagnostic> {
        let text = source.text
        let utf8 = text.utf8
        guard let firstEnd = utf8.firstIndex(of: UInt8(ascii: "\n")) ?? Optional(utf8.endIndex),
            text[..<firstEnd].trimmingTrailingSpaces() == "---"
        else {
            return .failure(Diagnostic(.frontMatterMissing, at: .start(of: source.file)))
        }
        guard firstEnd < utf8.endIndex else {
            return .failure(Diagnostic(.frontMatterUnclosed, at: .start(of: source.file)))
        }
        let yamlStart = utf8.index(after: firstEnd)
        var lineStart = yamlStart
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let line = text[lineStart..<lineEnd].trimmingTrailingSpaces()
            if line == "---" || line == "..." {
                let bodyStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
                return .success(
                    FrontMatterDocument(
                        file: source.file, yaml: String(text[yamlStart..<lineStart]), yamlFirstLine: 2,
                        body: String(text[bodyStart...])))
            }
            guard lineEnd < utf8.endIndex else { break }
            lineStart = utf8.index(after: lineEnd)
        }
        return .failure(Diagnostic(.frontMatterUnclosed, at: .start(of: source.file)))
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, let c = self[index(before: end)].unicodeScalars.first, c == " " || c == "\t" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}
