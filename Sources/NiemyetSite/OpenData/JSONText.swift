import Foundation

/// JSON written the same way every time: keys sorted, slashes plain, no floating point.
enum JSONText {
    static func data(_ value: Any) -> Data {
        (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
    }

    static func text(_ value: Any) -> String { String(decoding: data(value), as: UTF8.self) }

    /// JSON safe inside an HTML `<script>` element and an XML parser: `<`, `>` and `&`
    /// become `\u003c`, `\u003e`, `\u0026`, so no value can close the element.
    static func script(_ value: Any) -> String {
        text(value).replacingOccurrences(of: "&", with: "\\u0026")
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
    }
}
