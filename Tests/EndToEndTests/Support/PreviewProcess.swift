import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Bytes a child process writes, collected from its pipe as they come.
final class CollectedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ more: Data) { lock.withLock { data.append(more) } }
    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}

/// A running `niemyet serve --port 0` on a project, with a temporary folder of its own
/// (TMPDIR), so that tests can find the private folder it serves from.
final class PreviewProcess {
    let process = Process()
    /// The address printed on standard output.
    let url: URL
    let port: Int
    /// The server's TMPDIR.
    let temporary: URL
    private let stdout = CollectedOutput()
    private let stderrOutput = CollectedOutput()
    /// The pipes of standard output and error, read by readability handlers until `stop`.
    private let outputPipe = Pipe()
    private let errorPipe = Pipe()

    init(project: ProjectFolder, arguments: [String] = []) throws {
        temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("niemyet-serve-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        process.executableURL = Niemyet.binary
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = project.url
        var environment = ProcessInfo.processInfo.environment
        for name in ["LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"] { environment[name] = nil }
        environment["NO_COLOR"] = "1"
        environment["TMPDIR"] = temporary.path
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        outputPipe.fileHandleForReading.readabilityHandler = { [stdout] handle in stdout.append(handle.availableData) }
        errorPipe.fileHandleForReading.readabilityHandler = { [stderrOutput] handle in
            stderrOutput.append(handle.availableData)
        }
        try process.run()

        // The address is the first line on standard output, once the server listens.
        let deadline = Date().addingTimeInterval(30)
        var found: URL?
        while Date() < deadline, process.isRunning {
            if let line = stdout.text.split(separator: "\n").first, stdout.text.contains("\n") {
                found = URL(string: String(line))
                break
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        guard let found, let port = found.port else {
            let message = "no address printed; stderr: \(stderrOutput.text)"
            if process.isRunning { process.terminate() }
            for pipe in [outputPipe, errorPipe] { pipe.fileHandleForReading.readabilityHandler = nil }
            throw PreviewFailure(message)
        }
        url = found
        self.port = port
    }

    /// What the server told people on standard error so far.
    var stderr: String { stderrOutput.text }

    /// Standard output so far (the address line first).
    var standardOutput: String { stdout.text }

    /// The private folder the site is served from (`$TMPDIR/niemyet-serve-*/site`).
    func siteFolder() throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: temporary.path).filter { $0.hasPrefix("niemyet-serve-") }
        guard names.count == 1 else { throw PreviewFailure("expected one private folder, found \(names)") }
        return temporary.appendingPathComponent(names[0]).appendingPathComponent("site")
    }

    /// Stops the server as Ctrl+C would (SIGTERM), waiting for it to exit; kills it if it
    /// does not within `seconds`. Returns whether it exited by itself.
    @discardableResult
    func stop(within seconds: Double = 10) -> Bool {
        defer { collectRest() }
        guard process.isRunning else { return true }
        process.terminate()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        guard process.isRunning else { return true }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return false
    }

    /// Once the server has exited: reads what is left in its pipes and releases the
    /// readability handlers (each holds its file handle in a cycle that LeakSanitizer
    /// reports at exit otherwise).
    private func collectRest() {
        for (pipe, collected) in [(outputPipe, stdout), (errorPipe, stderrOutput)] {
            pipe.fileHandleForReading.readabilityHandler = nil
            collected.append(pipe.fileHandleForReading.readDataToEndOfFile())
        }
    }

    /// Stops the server and removes its temporary folder.
    func finish() {
        stop()
        try? FileManager.default.removeItem(at: temporary)
    }

    /// A page or file fetched over HTTP with URLSession.
    struct Fetched {
        var status: Int
        var contentType: String
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    func fetch(_ path: String) async throws -> Fetched {
        guard let address = URL(string: url.absoluteString + path.drop { $0 == "/" }) else {
            throw PreviewFailure("bad path \(path)")
        }
        let session = URLSession(configuration: .ephemeral)
        defer { session.finishTasksAndInvalidate() }
        var request = URLRequest(url: address)
        request.timeoutInterval = 10
        let (data, response) = try await session.data(for: request)
        guard let response = response as? HTTPURLResponse else { throw PreviewFailure("not HTTP") }
        return Fetched(
            status: response.statusCode, contentType: response.value(forHTTPHeaderField: "Content-Type") ?? "", body: data)
    }
}

struct PreviewFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A plain TCP connection to 127.0.0.1, for requests sent byte for byte as written (an
/// HTTP client would clean up `..` before sending) and for reading an event stream.
final class LoopbackConnection {
    private let socketDescriptor: Int32
    private var received = Data()

    init(port: Int) throws {
        socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else { throw PreviewFailure("socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socketDescriptor)
            throw PreviewFailure("connect: \(errno)")
        }
        var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(socketDescriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(socketDescriptor) }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socketDescriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { throw PreviewFailure("send: \(errno)") }
            sent += count
        }
    }

    /// Reads what arrives until `done` says the bytes so far are enough, the peer closes,
    /// or `seconds` pass. Returns everything received on this connection.
    func read(for seconds: Double, until done: (Data) -> Bool = { _ in false }) -> Data {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while Date() < deadline, !done(received) {
            let count = buffer.withUnsafeMutableBytes { recv(socketDescriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                received.append(contentsOf: buffer[0..<count])
            } else if count == 0 {
                break
            }
        }
        return received
    }

    /// Sends `GET target` exactly as written and reads the whole answer.
    static func get(_ target: String, port: Int) throws -> (status: Int, head: String, body: String) {
        let connection = try LoopbackConnection(port: port)
        try connection.send("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
        let text = String(decoding: connection.read(for: 10), as: UTF8.self)
        let statusLine = text.prefix { $0 != "\r" }.split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { throw PreviewFailure("no status in \(text)") }
        guard let headEnd = text.range(of: "\r\n\r\n") else { return (status, text, "") }
        return (status, String(text[..<headEnd.lowerBound]), String(text[headEnd.upperBound...]))
    }
}

/// One open page's server-sent events, read from the raw stream.
final class EventListener {
    private let connection: LoopbackConnection

    /// Listens as a page served from build `version` would.
    init(port: Int, version: String) throws {
        connection = try LoopbackConnection(port: port)
        try connection.send(
            "GET /_niemyet/events?v=\(version) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
    }

    /// The response head (status line and headers), once it arrived.
    func head() -> String {
        let data = connection.read(for: 5) { String(decoding: $0, as: UTF8.self).contains("\r\n\r\n") }
        let text = String(decoding: data, as: UTF8.self)
        return text.range(of: "\r\n\r\n").map { String(text[..<$0.lowerBound]) } ?? text
    }

    /// The events received so far, as (name, data) pairs, after undoing the chunked
    /// transfer encoding.
    private static func events(in data: Data) -> [(name: String, data: String)] {
        let text = String(decoding: data, as: UTF8.self)
        guard let headEnd = text.range(of: "\r\n\r\n") else { return [] }
        var body = ""
        var rest = Substring(text[headEnd.upperBound...])
        while let lineEnd = rest.range(of: "\r\n"), let size = Int(rest[..<lineEnd.lowerBound], radix: 16), size > 0 {
            let chunk = rest[lineEnd.upperBound...].utf8
            guard chunk.count >= size + 2 else { break }
            let end = chunk.index(chunk.startIndex, offsetBy: size)
            body += String(decoding: chunk[chunk.startIndex..<end], as: UTF8.self)
            rest = Substring(rest[chunk.index(end, offsetBy: 2)...])
        }
        var events: [(String, String)] = []
        for block in body.components(separatedBy: "\n\n") {
            var name = "message"
            var data: [String] = []
            var hasField = false
            for line in block.split(separator: "\n") where !line.hasPrefix(":") {
                if line.hasPrefix("event: ") { name = String(line.dropFirst(7)); hasField = true }
                if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))); hasField = true }
            }
            if hasField { events.append((name, data.joined(separator: "\n"))) }
        }
        return events
    }

    private var seen = 0

    /// Waits up to `seconds` for the next event and returns it.
    func next(within seconds: Double) -> (name: String, data: String)? {
        let data = connection.read(for: seconds) { Self.events(in: $0).count > self.seen }
        let events = Self.events(in: data)
        guard events.count > seen else { return nil }
        seen += 1
        return events[seen - 1]
    }
}
