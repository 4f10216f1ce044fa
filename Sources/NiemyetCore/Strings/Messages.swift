import Foundation

/// A strings table: one message template per diagnostic code, with `{name}` placeholders
/// filled from the diagnostic's arguments.
public struct Messages: Sendable {
    public let language: Language
    let templates: [DiagnosticCode: String]
    let labels: [String: String]

    public static func table(for language: Language) -> Messages {
        switch language {
        case .vi: .vietnamese
        case .en: .english
        }
    }

    /// The template of `code`, if this table has one.
    public func template(for code: DiagnosticCode) -> String? { templates[code] }

    /// The message of `code` with its arguments filled in.
    public func message(for code: DiagnosticCode, _ arguments: [String: String]) -> String {
        fill(templates[code] ?? code.rawValue, arguments)
    }

    /// A short label such as "error" or "warning" in this language.
    public func label(_ key: String) -> String { labels[key] ?? key }

    /// Every label key of this table, for tests that compare the languages.
    public var labelKeys: Set<String> { Set(labels.keys) }

    /// The label `key` with its `{name}` placeholders filled in.
    public func label(_ key: String, _ arguments: [String: String]) -> String {
        fill(label(key), arguments)
    }

    /// A phrase of another library's (libyaml's problems) in this language, or as it is.
    public func phrase(_ text: String) -> String { labels["phrase." + text] ?? text }

    /// "1 error", "2 errors": the count with the label `key.one` or `key.other`.
    public func count(_ number: Int, _ key: String) -> String {
        fill(label(number == 1 ? key + ".one" : key + ".other"), ["count": "\(number)"])
    }

    /// Fills `{name}` placeholders; an optional part `[[...{name}...]]` is kept only
    /// when every placeholder in it has a value.
    func fill(_ template: String, _ arguments: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.range(of: "[[") {
            out += substitute(rest[..<open.lowerBound], arguments)
            guard let close = rest[open.upperBound...].range(of: "]]") else {
                rest = rest[open.upperBound...]
                break
            }
            let optional = rest[open.upperBound..<close.lowerBound]
            if placeholders(in: optional).allSatisfy({ arguments[$0] != nil }) {
                out += substitute(optional, arguments)
            }
            rest = rest[close.upperBound...]
        }
        return out + substitute(rest, arguments)
    }

    private func placeholders(in text: Substring) -> [String] {
        var names: [String] = []
        var rest = text
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    private func substitute(_ text: Substring, _ arguments: [String: String]) -> String {
        var out = ""
        var rest = text
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            out += arguments[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
