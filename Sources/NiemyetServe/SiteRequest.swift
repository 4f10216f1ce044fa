/// A request's path, checked before it comes near the file system: the decoded parts
/// of the path, or the reason to refuse it.
///
/// The check works on the raw request target, so that encoded separators (`%2f`) and
/// dot segments (`%2e%2e`) are seen for what they are before anything is decoded.
public enum SiteRequest: Equatable, Sendable {
    /// A path inside the site: its decoded components, none empty, none starting with a
    /// dot; `folder` when the request ended with `/`.
    case path(components: [String], folder: Bool)
    /// A path that tries to leave the site or is not a plain site path.
    case refused

    /// Reads the path part of a request target (`/a/b/?q` is read as `/a/b/`).
    public init(rawPath: String) {
        let path = rawPath.prefix { $0 != "?" && $0 != "#" }
        guard path.first == "/", !path.contains("\\") else {
            self = .refused
            return
        }
        var components: [String] = []
        for raw in path.split(separator: "/", omittingEmptySubsequences: true) {
            guard let decoded = String(raw).removingPercentEncoding,
                Self.isPlainName(decoded)
            else {
                self = .refused
                return
            }
            components.append(decoded)
        }
        self = .path(components: components, folder: path.hasSuffix("/"))
    }

    /// A file or folder name as the site writes them: no separator, no NUL, no control
    /// character, and no leading dot (which also rules out `.` and `..` and hidden files).
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".")
            && !name.unicodeScalars.contains { $0 == "/" || $0 == "\\" || $0.properties.generalCategory == .control }
    }
}
