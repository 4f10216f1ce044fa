import Foundation

/// The readable text of a fetched posting, as blocks that the matcher looks in.
public enum PostingText {
    /// What kind of document a body is.
    public enum Kind: String, Sendable {
        case html, pdf

        /// Decides from the Content-Type, the address and the first bytes.
        public init(contentType: String?, address: String, data: Data) {
            if data.starts(with: Array("%PDF-".utf8)) || contentType?.lowercased().contains("application/pdf") == true
                || (contentType == nil && address.lowercased().hasSuffix(".pdf"))
            {
                self = .pdf
            } else {
                self = .html
            }
        }

        /// The file extension evidence is stored under.
        public var fileExtension: String { rawValue }
    }

    /// The blocks of `data`, or nil when it cannot be read.
    public static func blocks(of data: Data, kind: Kind, contentType: String?) -> [String]? {
        switch kind {
        case .html:
            let charset = Charset.detect(data, contentType: contentType)
            let utf8 = charset == "UTF-8" ? data : Charset.utf8(data, from: charset) ?? data
            return HTMLPage.blocks(ofUTF8: utf8).map { $0.map(\.precomposedStringWithCanonicalMapping) }
        case .pdf:
            return PDFPosting.pageTexts(of: data).map { pdfBlocks(pages: $0) }
        }
    }

    /// How many consecutive lines of a PDF make one block. A PDF has no rows or
    /// paragraphs, only lines in reading order, and a table row's cells come out as
    /// consecutive lines (a long name wraps onto two, a turnaround onto two more).
    static let pdfWindow = 4

    /// Every line, and every run of `pdfWindow` consecutive lines, of each page.
    static func pdfBlocks(pages: [String]) -> [String] {
        var blocks: [String] = []
        for page in pages {
            let lines = page.split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            for start in lines.indices {
                let end = min(start + pdfWindow, lines.count)
                blocks.append(lines[start..<end].joined(separator: " ").precomposedStringWithCanonicalMapping)
            }
        }
        return blocks
    }
}
