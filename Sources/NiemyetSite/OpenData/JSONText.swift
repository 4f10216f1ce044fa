/// JSON written the same way every time: keys sorted, slashes plain, whole numbers only.
/// Hand-written because Foundation's JSONSerialization dominated the build's profile;
/// written as bytes, since every campaign's open data is written again on each build.
enum JSONText {
    static func data(_ value: Any) -> [UInt8] {
        var out: [UInt8] = []
        write(value, to: &out)
        return out
    }

    static func text(_ value: Any) -> String { String(decoding: data(value), as: UTF8.self) }

    /// JSON safe inside an HTML `<script>` element and an XML parser: `<`, `>` and `&`
    /// are written `\u003c`, `\u003e`, `\u0026`, so no value can close the element.
    static func script(_ value: Any) -> String {
        var out: [UInt8] = []
        write(value, to: &out, forScript: true)
        return String(decoding: out, as: UTF8.self)
    }

    /// The likeliest types are tried first, and a list of objects is read as it is: cast
    /// to `[Any]`, it would be copied into a new array of boxed values first.
    private static func write(_ value: Any, to out: inout [UInt8], forScript: Bool = false) {
        switch value {
        case let text as String:
            writeString(text, to: &out, forScript: forScript)
        case let group as [String: Any]:
            write(group: group, to: &out, forScript: forScript)
        case let objects as [[String: Any]]:
            out.append(UInt8(ascii: "["))
            for (position, object) in objects.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                write(group: object, to: &out, forScript: forScript)
            }
            out.append(UInt8(ascii: "]"))
        case let number as Int:
            out.append(contentsOf: String(number).utf8)
        case let flag as Bool:
            out.append(contentsOf: (flag ? "true" : "false").utf8)
        case let list as [Any]:
            out.append(UInt8(ascii: "["))
            for (position, child) in list.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                write(child, to: &out, forScript: forScript)
            }
            out.append(UInt8(ascii: "]"))
        default:
            out.append(contentsOf: "null".utf8)
        }
    }

    private static func write(group: [String: Any], to out: inout [UInt8], forScript: Bool) {
        out.append(UInt8(ascii: "{"))
        for (position, key) in group.keys.sorted().enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            writeString(key, to: &out, forScript: forScript)
            out.append(UInt8(ascii: ":"))
            if let child = group[key] { write(child, to: &out, forScript: forScript) }
        }
        out.append(UInt8(ascii: "}"))
    }

    /// Escapes work on bytes: every byte of a multi-byte UTF-8 sequence is 0x80 or above,
    /// so only ASCII bytes are ever replaced. The runs between them are copied whole.
    private static func writeString(_ text: String, to out: inout [UInt8], forScript: Bool) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() {
                let escaped: StaticString
                switch byte {
                case UInt8(ascii: "\""): escaped = #"\""#
                case UInt8(ascii: "\\"): escaped = #"\\"#
                case UInt8(ascii: "\n"): escaped = #"\n"#
                case UInt8(ascii: "\r"): escaped = #"\r"#
                case UInt8(ascii: "\t"): escaped = #"\t"#
                case UInt8(ascii: "<") where forScript: escaped = #"\u003c"#
                case UInt8(ascii: ">") where forScript: escaped = #"\u003e"#
                case UInt8(ascii: "&") where forScript: escaped = #"\u0026"#
                case 0..<0x20: escaped = ""
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                start = index + 1
                if escaped.utf8CodeUnitCount > 0 {
                    escaped.withUTF8Buffer { out.append(contentsOf: $0) }
                } else {
                    let hex = String(byte, radix: 16)
                    out.append(contentsOf: (#"\u"# + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
