/// JSON written the same way every time: keys sorted, slashes plain, whole numbers only.
/// Hand-written because Foundation's JSONSerialization dominated the build's profile.
enum JSONText {
    static func data(_ value: Any) -> [UInt8] { Array(text(value).utf8) }

    static func text(_ value: Any) -> String {
        var out = ""
        write(value, to: &out)
        return out
    }

    /// JSON safe inside an HTML `<script>` element and an XML parser: `<`, `>` and `&`
    /// are written `\u003c`, `\u003e`, `\u0026`, so no value can close the element.
    static func script(_ value: Any) -> String {
        var out = ""
        write(value, to: &out, forScript: true)
        return out
    }

    private static func write(_ value: Any, to out: inout String, forScript: Bool = false) {
        switch value {
        case let text as String:
            writeString(text, to: &out, forScript: forScript)
        case let number as Int:
            out += String(number)
        case let flag as Bool:
            out += flag ? "true" : "false"
        case let group as [String: Any]:
            out += "{"
            for (position, key) in group.keys.sorted().enumerated() {
                if position > 0 { out += "," }
                writeString(key, to: &out, forScript: forScript)
                out += ":"
                if let child = group[key] { write(child, to: &out, forScript: forScript) }
            }
            out += "}"
        case let list as [Any]:
            out += "["
            for (position, child) in list.enumerated() {
                if position > 0 { out += "," }
                write(child, to: &out, forScript: forScript)
            }
            out += "]"
        default:
            out += "null"
        }
    }

    private static func writeString(_ text: String, to out: inout String, forScript: Bool) {
        out += "\""
        // Most values need no escape at all: copy them whole.
        let plain = text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
                && !(forScript && (byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")))
        }
        if plain {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<" where forScript: out += "\\u003c"
            case ">" where forScript: out += "\\u003e"
            case "&" where forScript: out += "\\u0026"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
