import Foundation

/// A project file read as text: UTF-8 checked, byte-order mark dropped, CRLF and CR line
/// ends made LF, so that lines and columns count the same way for every file.
public struct SourceText: Sendable {
    /// The path shown in messages.
    public let file: String
    public let text: String

    /// Files above this size are refused before reading, so a stray 1 GB file cannot
    /// take the machine down.
    public static let maximumBytes = 64 * 1024 * 1024

    /// Reads the file at `path`, or returns the problem that stopped it. Plain POSIX
    /// calls: a project holds tens of thousands of small files, and Foundation's file
    /// handles and URLs cost more than the reading itself.
    public static func read(path: String, shownAs file: String) -> Result<SourceText, Diagnostic> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(unreadable(file, errno: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(unreadable(file, errno: errno)) }
        // Read one byte past the limit: a larger file is refused without reading it all.
        let capacity = min(max(Int(status.st_size), 0), maximumBytes) + 1
        var bytes = [UInt8](repeating: 0, count: capacity)
        var count = 0
        while true {
            if count == bytes.count {
                if count > maximumBytes { break }
                bytes.append(contentsOf: repeatElement(0, count: min(count, maximumBytes + 1 - count)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(unreadable(file, errno: errno))
            }
            if got == 0 { break }
            count += got
        }
        if count > maximumBytes {
            return .failure(Diagnostic(.fileTooLarge, at: .start(of: file), ["limit": "\(maximumBytes)"]))
        }
        bytes.removeSubrange(count...)
        return decode(bytes, shownAs: file)
    }

    private static func unreadable(_ file: String, errno code: Int32) -> Diagnostic {
        Diagnostic(.fileUnreadable, at: .start(of: file), ["reason": .text(String(cString: strerror(code)))])
    }

    /// Decodes bytes as UTF-8 text, pointing at the first byte that is not.
    public static func decode(_ data: Data, shownAs file: String) -> Result<SourceText, Diagnostic> {
        decode([UInt8](data), shownAs: file)
    }

    /// Decodes bytes as UTF-8 text, pointing at the first byte that is not.
    public static func decode(_ bytes: [UInt8], shownAs file: String) -> Result<SourceText, Diagnostic> {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            return .failure(Diagnostic(.invalidUTF8, at: firstInvalidUTF8(in: bytes, file: file)))
        }
        var text = decoded
        // memchr: `contains` on the array looks at one byte at a time.
        let hasCR = bytes.withUnsafeBytes { raw in
            raw.baseAddress.map { memchr($0, Int32(UInt8(ascii: "\r")), raw.count) != nil } ?? false
        }
        if hasCR {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .success(SourceText(file: file, text: text))
    }

    /// The line and column (in characters) of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            let end = index + length
            if length == 0 || end > bytes.count
                || String(validating: bytes[index..<end], as: UTF8.self) == nil
            {
                let prefix = String(decoding: bytes[lineStart..<index], as: UTF8.self)
                return SourceLocation(file: file, line: line, column: prefix.count + 1)
            }
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = end
            }
            index = end
        }
        return SourceLocation(file: file, line: line, column: 1)
    }
}
