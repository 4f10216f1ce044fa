import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Finds the character encoding of an HTML page the way browsers do: a byte-order
/// mark first, then the HTTP Content-Type header, then a <meta> tag in the first
/// kilobytes, and UTF-8 when nothing says otherwise. The only code that touches iconv.
public enum Charset {
    /// The encoding name to decode `data` with (as iconv spells it, "UTF-8",
    /// "WINDOWS-1258"...).
    public static func detect(_ data: Data, contentType: String?) -> String {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if data.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if data.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if let contentType, let name = parameter("charset", in: contentType) { return canonical(name) }
        if let name = metaCharset(in: data.prefix(4096)) { return canonical(name) }
        return "UTF-8"
    }

    /// The charset named by a `<meta charset=...>` or `<meta http-equiv content=...>` tag.
    static func metaCharset(in head: Data) -> String? {
        // Charset names are ASCII; reading the head as Latin-1 keeps byte offsets.
        let text = String(decoding: head.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        var rest = text[...]
        while let meta = rest.range(of: "<meta") {
            let tagEnd = rest[meta.upperBound...].firstIndex(of: ">") ?? rest.endIndex
            let tag = rest[meta.upperBound..<tagEnd]
            if let name = parameter("charset", in: String(tag)) { return name }
            rest = rest[tagEnd...]
        }
        return nil
    }

    /// The value of `name=value` in a header or tag, without quotes.
    static func parameter(_ name: String, in text: String) -> String? {
        let lowered = text.lowercased()
        guard let range = lowered.range(of: name) else { return nil }
        var value = lowered[range.upperBound...].drop { $0 == " " }
        guard value.first == "=" else { return nil }
        value = value.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
        let name = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
        return name.isEmpty ? nil : String(name)
    }

    /// The iconv spelling of a charset label.
    static func canonical(_ label: String) -> String {
        switch label.lowercased() {
        case "utf8", "utf-8", "unicode-1-1-utf-8": "UTF-8"
        case "windows-1258", "cp1258", "x-cp1258": "WINDOWS-1258"
        case "iso-8859-1", "latin1", "us-ascii", "ascii": "WINDOWS-1252"
        default: label.uppercased()
        }
    }

    /// `data` decoded from `charset` into UTF-8, each byte the charset does not define
    /// shown as U+FFFD, as a browser shows it. Nil when iconv does not know the charset.
    ///
    /// libxml2 2.9 would call iconv itself, but it stops reading a page at the first such
    /// byte (losing the rest of the posting) and prints the error on the terminal.
    static func utf8(_ data: Data, from charset: String) -> Data? {
        guard let converter = iconv_open("UTF-8", charset), converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = [UInt8](data)
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        var output = Data()
        output.reserveCapacity(data.count + data.count / 2)
        input.withUnsafeMutableBytes { inputBytes in
            chunk.withUnsafeMutableBytes { chunkBytes in
                /// Runs iconv on what is left of the input, or with `flush` writes out the
                /// letter it holds back (windows-1258 waits for a tone mark after a letter).
                func convert(_ pending: inout UnsafeMutablePointer<CChar>?, _ left: inout Int, flush: Bool) -> Int32 {
                    var out = chunkBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                    var room = chunkBytes.count
                    let result = flush ? iconv(converter, nil, nil, &out, &room) : iconv(converter, &pending, &left, &out, &room)
                    let failure = result == -1 ? errno : 0
                    output.append(contentsOf: chunkBytes.prefix(chunkBytes.count - room))
                    return failure
                }
                var pending = inputBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                var left = inputBytes.count
                while left > 0 {
                    switch convert(&pending, &left, flush: false) {
                    case 0, E2BIG:
                        continue
                    case EILSEQ, EINVAL:
                        // A byte the charset does not define, or a sequence cut off at the end.
                        _ = convert(&pending, &left, flush: true)
                        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                        pending = pending?.advanced(by: 1)
                        left -= 1
                    default:
                        left = 0
                    }
                }
                while convert(&pending, &left, flush: true) == E2BIG {}
            }
        }
        return output
    }
}
