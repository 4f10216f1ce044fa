import Foundation

/// Renders diagnostics for people (`FILE:LINE:COLUMN: error: MESSAGE [code]`) and for
/// programs (`{"diagnostics":[...]}`), in the reader's language.
public struct DiagnosticReport: Sendable {
    public let diagnostics: [Diagnostic]
    public let language: Language

    public init(diagnostics: [Diagnostic], language: Language) {
        self.diagnostics = diagnostics
        self.language = language
    }

    /// One line a problem, optionally with ANSI colour for a terminal.
    public func text(colour: Bool = false) -> String {
        let table = Messages.table(for: language)
        var out = ""
        for diagnostic in diagnostics {
            let severity = table.label(diagnostic.severity.rawValue)
            let painted =
                colour ? (diagnostic.severity == .error ? "\u{1B}[1;31m\(severity)\u{1B}[0m" : "\u{1B}[1;33m\(severity)\u{1B}[0m")
                : severity
            out +=
                "\(diagnostic.location): \(painted): \(diagnostic.message(in: language)) [\(diagnostic.code.rawValue)]\n"
        }
        return out
    }

    /// The closing line: how many errors and warnings in how many files.
    public func summary(filesRead: Int) -> String {
        let table = Messages.table(for: language)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let files = table.count(filesRead, "files")
        if diagnostics.isEmpty { return table.fill(table.label("summary.clean"), ["files": files]) }
        return table.fill(
            table.label("summary.problems"),
            ["errors": table.count(errors, "errors"), "warnings": table.count(warnings, "warnings"), "files": files])
    }

    /// The JSON of FORMAT.md: `{"diagnostics":[{"file","line","column","severity","code","message"}]}`.
    public func json() -> String {
        struct Entry: Encodable {
            let file: String
            let line: Int
            let column: Int
            let severity: Severity
            let code: DiagnosticCode
            let message: String
        }
        struct Document: Encodable { let diagnostics: [Entry] }
        let document = Document(
            diagnostics: diagnostics.map {
                Entry(
                    file: $0.location.file, line: $0.location.line, column: $0.location.column, severity: $0.severity,
                    code: $0.code, message: $0.message(in: language))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{\"diagnostics\":[]}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
