/// How postings are fetched: time limits, retries, concurrency and size caps. Every
/// value has a flag on `niemyet check`.
public struct FetchSettings: Sendable {
    /// Time allowed to open a connection.
    public var connectTimeout: Duration = .seconds(10)
    /// Time allowed for one attempt, from the request to the last byte of the body.
    public var timeout: Duration = .seconds(30)
    /// Attempts after the first one, on timeouts, 429 and 5xx answers.
    public var retries = 2
    /// The wait before the first retry; it doubles on each further retry.
    public var retryDelay: Duration = .milliseconds(500)
    /// The longest Retry-After honoured; longer requests are shortened to this.
    public var maxRetryAfter: Duration = .seconds(60)
    /// Fetches in flight at once, over all hosts.
    public var maxConcurrent = 64
    /// Fetches in flight at once to any one host, to spare small office servers.
    public var maxPerHost = 4
    /// The largest body read; a larger one is cut there and the posting is unreadable.
    public var maxBodyBytes = 20 * 1024 * 1024
    /// Redirects followed before giving up.
    public var maxRedirects = 5
    /// Sent with every request, naming niemyet and the office to contact.
    public var userAgent = "niemyet"
    /// Accept TLS certificates that do not verify (for test servers only).
    public var insecure = false

    public init() {}

    /// The User-Agent naming niemyet, its version and the office's contact from site.yaml.
    public static func userAgent(version: String, contact: [String?]) -> String {
        let parts = contact.compactMap { $0 }.map { value in
            // Header values stay ASCII: keep only printable ASCII characters.
            String(value.unicodeScalars.filter { $0.isASCII && $0.value >= 0x20 && $0 != "(" && $0 != ")" }.map(Character.init))
                .trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        let comment = (["posting checker"] + parts).joined(separator: "; ")
        return "niemyet/\(version) (\(comment))"
    }
}
