/// How serious a problem is: errors stop a build, warnings do not.
public enum Severity: String, Sendable, Hashable, Codable {
    case error
    case warning
}

/// One problem found in the input: where, what kind, and the values a message needs.
///
/// Finding a problem is kept apart from wording it: the message is looked up by `code`
/// in a language's strings table when the diagnostic is shown.
public struct Diagnostic: Error, Hashable, Sendable {
    public var location: SourceLocation
    public var severity: Severity
    public var code: DiagnosticCode
    /// Named values for the message, such as `key`, `value` or `start`.
    public var arguments: [String: DiagnosticArgument]

    public init(
        _ code: DiagnosticCode, at location: SourceLocation,
        severity: Severity? = nil, _ arguments: [String: DiagnosticArgument] = [:]
    ) {
        self.code = code
        self.location = location
        self.severity = severity ?? code.defaultSeverity
        self.arguments = arguments
    }

    /// The message in `language`, with the arguments filled in.
    public func message(in language: Language) -> String {
        Messages.table(for: language).message(
            for: code, arguments.mapValues { $0.written(in: language) })
    }
}

/// A value quoted in a message; dates are written the reader's way.
public enum DiagnosticArgument: Hashable, Sendable, ExpressibleByStringLiteral,
    ExpressibleByStringInterpolation
{
    case text(String)
    case date(LocalDate)
    /// A phrase from another library (libyaml's problem texts), translated when the
    /// strings table knows it.
    case phrase(String)

    public init(stringLiteral value: String) { self = .text(value) }

    public func written(in language: Language) -> String {
        switch self {
        case .text(let text): text
        case .date(let date): date.written(in: language)
        case .phrase(let phrase): Messages.table(for: language).phrase(phrase)
        }
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of these problems is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The problems in reading order: by file, line, column, then code.
    public func sortedForDisplay() -> [Diagnostic] {
        sorted { ($0.location, $0.code.rawValue) < ($1.location, $1.code.rawValue) }
    }
}
