import Mustache

/// The HTML escaping every template renders with: the same five entities as
/// swift-mustache's own (`&lt; &gt; &amp; &quot; &#39;`), found by scanning UTF-8 bytes.
/// Its built-in escaper walks grapheme clusters and looks each one up in a dictionary,
/// which was a fifth of a whole site build's time with Vietnamese text.
struct HTMLEscaping: MustacheContentType {
    /// The name templates are parsed with (`Theme` puts the pragma before every template).
    static let name = "NIEMYET_HTML"
    /// The pragma that selects this escaping, put as a line of its own in front of every
    /// template's text (standalone, so it leaves no trace in the output).
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    func escapeText(_ text: String) -> String {
        var bytesOfText = text
        return bytesOfText.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: Self.needsEscape) else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}

/// Text renders as itself. Without this, swift-mustache tries a value as a lambda and as an
/// optional, then prints it through `String(describing:)`: three dynamic casts and a
/// printing pass for each of the tens of thousands of values a site renders, where a
/// `MustacheCustomRenderable` is rendered after one cast. Output is the same text.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    /// Text is never a missing value: an empty one opens a section as it did.
    public var isNull: Bool { false }
}

/// Text has no named parts. Inside a section opened by a text value, swift-mustache looks
/// each name up in that text first, through `Mirror` reflection (which finds nothing in a
/// `String`), before the enclosing contexts; this answers the same without reflecting.
extension String: @retroactive MustacheParent {
    public func child(named: String) -> Any? { nil }
}
