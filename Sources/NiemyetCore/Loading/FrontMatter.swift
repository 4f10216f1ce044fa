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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        guard let first = lines.next(), first.trimmingTrailingSpaces() == "---" else {
            return .failure(Diagnostic(.frontMatterMissing, at: .start(of: source.file)))
        }
        var yamlLines: [Substring] = []
        var lineNumber = 1
        while let line = lines.next() {
            lineNumber += 1
            let trimmed = line.trimmingTrailingSpaces()
            if trimmed == "---" || trimmed == "..." {
                var bodyLines: [Substring] = []
                while let rest = lines.next() { bodyLines.append(rest) }
                return .success(
                    FrontMatterDocument(
                        file: source.file, yaml: yamlLines.joined(separator: "\n"), yamlFirstLine: 2,
                        body: bodyLines.joined(separator: "\n")))
            }
            yamlLines.append(line)
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
