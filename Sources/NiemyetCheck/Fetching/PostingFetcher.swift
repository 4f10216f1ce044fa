import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import NIOSSL

/// A fetched posting: the body and everything evidence needs to show where it came from.
public struct FetchedPosting: Sendable {
    /// The address as registered.
    public var address: String
    /// Where the body came from after redirects (a file path for offline copies).
    public var finalURL: String
    /// The HTTP status; nil for a file.
    public var httpStatus: Int?
    /// Response headers in the order received.
    public var headers: [[String]]
    public var fetchedAt: Date
    public var body: Data
    /// Whether the body was cut at the size cap.
    public var truncated: Bool

    /// The Content-Type header, if any.
    public var contentType: String? {
        headers.first { $0.first?.lowercased() == "content-type" }.flatMap { $0.count > 1 ? $0[1] : nil }
    }
}

/// Why a posting could not be fetched.
public enum FetchFailure: Error, Hashable, Sendable {
    case timeout
    case connection(String)
    case certificate(String)
    case httpStatus(Int)
    case redirectLoop
    case tooManyRedirects
    case bodyTooLarge(limit: Int)
    case fileUnreadable(String)
    case invalidAddress

    /// A stable code for reports and JSON.
    public var code: String {
        switch self {
        case .timeout: "timeout"
        case .connection: "connection-failed"
        case .certificate: "certificate-invalid"
        case .httpStatus(let status): "http-\(status)"
        case .redirectLoop: "redirect-loop"
        case .tooManyRedirects: "too-many-redirects"
        case .bodyTooLarge: "body-too-large"
        case .fileUnreadable: "file-unreadable"
        case .invalidAddress: "invalid-address"
        }
    }
}

/// The outcome of one fetch: what arrived (even an error page is evidence), and why
/// it does not count, if it does not.
public struct FetchOutcome: Sendable {
    public var posting: FetchedPosting?
    public var failure: FetchFailure?
}

/// Fetches postings over HTTP(S) with AsyncHTTPClient, and offline copies from files,
/// within the limits of `FetchSettings`.
public final class PostingFetcher: Sendable {
    let settings: FetchSettings
    let client: HTTPClient
    let slots: ConnectionSlots
    /// The project folder, against which relative posting paths are resolved.
    let projectRoot: URL

    public init(settings: FetchSettings, projectRoot: URL) {
        self.settings = settings
        self.projectRoot = projectRoot
        var pool = HTTPClient.Configuration.ConnectionPool(
            idleTimeout: .seconds(30), concurrentHTTP1ConnectionsPerHostSoftLimit: max(1, settings.maxPerHost))
        pool.retryConnectionEstablishment = false
        var configuration = HTTPClient.Configuration(
            certificateVerification: settings.insecure ? .none : .fullVerification,
            redirectConfiguration: .follow(max: max(0, settings.maxRedirects), allowCycles: false),
            timeout: .init(
                connect: .nanoseconds(Int64(settings.connectTimeout.nanoseconds)),
                read: .nanoseconds(Int64(settings.timeout.nanoseconds))),
            decompression: .enabled(limit: .size(max(1, settings.maxBodyBytes))))
        configuration.connectionPool = pool
        configuration.httpVersion = .http1Only
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        slots = ConnectionSlots(total: settings.maxConcurrent, perHost: settings.maxPerHost)
    }

    /// Closes every connection; call once when done.
    public func shutdown() async {
        try? await client.shutdown()
    }

    /// Fetches `address`: a web address, a file:// URL or a path relative to the project.
    public func fetch(_ address: String) async -> FetchOutcome {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        let lowered = trimmed.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            return await fetchWeb(trimmed)
        }
        let path: String
        if lowered.hasPrefix("file://") {
            guard let url = URL(string: trimmed), url.isFileURL else { return FetchOutcome(failure: .invalidAddress) }
            path = url.path
        } else if trimmed.hasPrefix("/") {
            return FetchOutcome(failure: .invalidAddress)
        } else {
            path = projectRoot.appendingPathComponent(trimmed).standardizedFileURL.path
        }
        return readFile(address: address, path: path)
    }

    private func readFile(address: String, path: String) -> FetchOutcome {
        let fetchedAt = Date()
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return FetchOutcome(failure: .fileUnreadable(path))
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: settings.maxBodyBytes + 1) ?? Data()
            let truncated = data.count > settings.maxBodyBytes
            let posting = FetchedPosting(
                address: address, finalURL: URL(fileURLWithPath: path).absoluteString, httpStatus: nil,
                headers: [], fetchedAt: fetchedAt, body: truncated ? data.prefix(settings.maxBodyBytes) : data,
                truncated: truncated)
            return FetchOutcome(
                posting: posting, failure: truncated ? .bodyTooLarge(limit: settings.maxBodyBytes) : nil)
        } catch {
            return FetchOutcome(failure: .fileUnreadable(path))
        }
    }

    /// One web fetch with retries: timeouts, 429 and 5xx are tried again after a backoff
    /// (or the server's Retry-After), each attempt holding a connection slot.
    private func fetchWeb(_ address: String) async -> FetchOutcome {
        let host = URL(string: address)?.host?.lowercased() ?? address
        var attempt = 0
        while true {
            await slots.acquire(host)
            let outcome = await attemptWithTimeout(address)
            await slots.release(host)
            guard attempt < settings.retries, let failure = outcome.failure, failure.isTransient else { return outcome }
            let backoff = settings.retryDelay * (1 << min(attempt, 16))
            let wait = min(retryAfter(outcome.posting) ?? backoff, settings.maxRetryAfter)
            attempt += 1
            try? await Task.sleep(for: wait)
        }
    }

    /// The Retry-After of a response, in seconds or as an HTTP date.
    private func retryAfter(_ posting: FetchedPosting?) -> Duration? {
        guard let value = posting?.headers.first(where: { $0.first?.lowercased() == "retry-after" })?.last else {
            return nil
        }
        return RetryAfter.parse(value, now: Date())
    }

    /// One attempt, cut off after the total timeout even while the body streams.
    private func attemptWithTimeout(_ address: String) async -> FetchOutcome {
        let limit = settings.timeout
        return await withTaskGroup(of: FetchOutcome?.self) { group in
            group.addTask { await self.attempt(address) }
            group.addTask {
                try? await Task.sleep(for: limit)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? FetchOutcome(failure: .timeout)
        }
    }

    private func attempt(_ address: String) async -> FetchOutcome {
        var request = HTTPClientRequest(url: address)
        request.headers.add(name: "User-Agent", value: settings.userAgent)
        request.headers.add(name: "Accept", value: "text/html, application/pdf;q=0.9, */*;q=0.5")
        let fetchedAt = Date()
        do {
            let response = try await client.execute(request, timeout: .nanoseconds(Int64(settings.timeout.nanoseconds)))
            let headers = response.headers.map { [$0.name, $0.value] }
            var posting = FetchedPosting(
                address: address, finalURL: response.url?.absoluteString ?? address,
                httpStatus: Int(response.status.code), headers: headers, fetchedAt: fetchedAt, body: Data(),
                truncated: false)
            let cap = settings.maxBodyBytes
            if let length = response.headers.first(name: "content-length").flatMap(Int.init), length > cap {
                posting.truncated = true
                return FetchOutcome(posting: posting, failure: .bodyTooLarge(limit: cap))
            }
            for try await buffer in response.body {
                let room = cap - posting.body.count
                if buffer.readableBytes > room {
                    posting.body.append(contentsOf: buffer.readableBytesView.prefix(room))
                    posting.truncated = true
                    break
                }
                posting.body.append(contentsOf: buffer.readableBytesView)
            }
            let status = Int(response.status.code)
            if posting.truncated { return FetchOutcome(posting: posting, failure: .bodyTooLarge(limit: cap)) }
            if !(200..<300).contains(status) { return FetchOutcome(posting: posting, failure: .httpStatus(status)) }
            return FetchOutcome(posting: posting, failure: nil)
        } catch NIOHTTPDecompression.DecompressionError.limit {
            // A gzip or deflate body that inflates past the cap (a "gzip bomb") is refused
            // as the oversized body it is, before it is ever held in memory.
            return FetchOutcome(failure: .bodyTooLarge(limit: settings.maxBodyBytes))
        } catch {
            return FetchOutcome(failure: PostingFetcher.failure(for: error))
        }
    }

    /// Names what went wrong in the users' terms.
    static func failure(for error: any Error) -> FetchFailure {
        if let error = error as? HTTPClientError {
            switch error {
            case .redirectCycleDetected: return .redirectLoop
            case .redirectLimitReached: return .tooManyRedirects
            case .readTimeout, .deadlineExceeded, .connectTimeout, .writeTimeout: return .timeout
            case .invalidURL, .emptyHost, .emptyScheme: return .invalidAddress
            default: return .connection(String(describing: error))
            }
        }
        let description = String(describing: error)
        if let tls = error as? NIOSSLError, case .handshakeFailed = tls { return .certificate(description) }
        if error is NIOSSLExtraError { return .certificate(description) }
        if error is CancellationError { return .timeout }
        return .connection(description)
    }
}

extension FetchFailure {
    /// Failures worth another try: the server may answer next time.
    var isTransient: Bool {
        switch self {
        case .timeout: true
        case .httpStatus(let status): status == 429 || (500...599).contains(status)
        default: false
        }
    }
}

extension FetchOutcome {
    init(failure: FetchFailure) {
        self.init(posting: nil, failure: failure)
    }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}

/// The Retry-After header: a number of seconds or an HTTP date.
enum RetryAfter {
    static func parse(_ value: String, now: Date) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed), seconds >= 0 { return .seconds(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        return .milliseconds(max(0, Int(date.timeIntervalSince(now) * 1000)))
    }
}
