import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import Synchronization

/// What the test server answers to one request.
struct Reply: Sendable {
    var status: HTTPResponseStatus = .ok
    var headers: [(String, String)] = [("Content-Type", "text/html; charset=utf-8")]
    var body: [UInt8] = []
    /// Wait this long before answering.
    var delay: TimeAmount?
    /// Stream this many bytes of filler (chunked, no Content-Length) instead of `body`.
    var streamBytes: Int?
    /// Send `body` one byte at a time, this long apart.
    var trickle: TimeAmount?

    static func html(_ text: String, charset: String = "utf-8") -> Reply {
        Reply(headers: [("Content-Type", "text/html; charset=\(charset)")], body: Array(text.utf8))
    }
}

/// A real HTTP/1.1 server on 127.0.0.1 and a free port, answering by path; it counts
/// the requests to each path so that tests can see retries.
final class TestServer: Sendable {
    typealias Route = @Sendable (_ path: String, _ attempt: Int) -> Reply

    let port: Int
    private let channel: any Channel
    private let log: RequestLog

    private init(port: Int, channel: any Channel, log: RequestLog, scheme: String) {
        self.port = port
        self.scheme = scheme
        self.channel = channel
        self.log = log
    }

    /// The number of requests `path` received.
    func requests(_ path: String) -> Int { log.counts.withLock { $0[path, default: 0] } }

    /// Every User-Agent seen.
    var userAgents: Set<String> { log.userAgents.withLock { $0 } }

    /// The most requests this server was answering at once.
    var peakInFlight: Int { log.inFlight.withLock { $0.peak } }

    let scheme: String

    func url(_ path: String) -> String { "\(scheme)://127.0.0.1:\(port)\(path)" }

    /// Starts the server; with `tls`, it speaks HTTPS with that configuration.
    static func start(tls: TLSConfiguration? = nil, _ route: @escaping Route) async throws -> TestServer {
        let log = RequestLog()
        let context = try tls.map { try NIOSSLContext(configuration: $0) }
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let context {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
                    }
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(RouteHandler(route: route, log: log))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        let port = channel.localAddress?.port ?? 0
        return TestServer(port: port, channel: channel, log: log, scheme: tls == nil ? "http" : "https")
    }

    func stop() async {
        try? await channel.close()
    }
}

/// How many requests each path received, and the most answered at once.
final class RequestLog: Sendable {
    let counts = Mutex<[String: Int]>([:])
    let inFlight = Mutex<(now: Int, peak: Int)>((0, 0))
    let userAgents = Mutex<Set<String>>([])

    func enter() { inFlight.withLock { $0.now += 1; $0.peak = max($0.peak, $0.now) } }
    func leave() { inFlight.withLock { $0.now -= 1 } }

    /// Counts a request to `path` and returns which attempt it is (1 for the first).
    func record(_ path: String) -> Int {
        counts.withLock { table in
            table[path, default: 0] += 1
            return table[path, default: 0]
        }
    }
}

private final class RouteHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let route: TestServer.Route
    let log: RequestLog
    var path = "/"

    init(route: @escaping TestServer.Route, log: RequestLog) {
        self.route = route
        self.log = log
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            path = head.uri
            let agents = head.headers["User-Agent"]
            log.userAgents.withLock { $0.formUnion(agents) }
        case .body: break
        case .end:
            let attempt = log.record(path)
            log.enter()
            let reply = route(path, attempt)
            let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            if let delay = reply.delay {
                context.eventLoop.scheduleTask(in: delay) {
                    let (handler, context) = bound.value
                    handler.send(reply, context: context)
                }
            } else {
                send(reply, context: context)
            }
        }
    }

    func send(_ reply: Reply, context: ChannelHandlerContext) {
        log.leave()
        var headers = HTTPHeaders(reply.headers)
        if reply.streamBytes == nil { headers.replaceOrAdd(name: "Content-Length", value: "\(reply.body.count)") }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: reply.status, headers: headers))), promise: nil)
        if let pause = reply.trickle {
            trickle(reply.body[...], pause: pause, context: context)
            return
        }
        if let total = reply.streamBytes {
            stream(remaining: total, context: context)
            return
        }
        context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: reply.body)))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }

    /// Writes `bytes` one at a time, `pause` apart; stops when the client hangs up.
    func trickle(_ bytes: ArraySlice<UInt8>, pause: TimeAmount, context: ChannelHandlerContext) {
        guard let first = bytes.first else {
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            return
        }
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: [first]))))).whenComplete { result in
            guard case .success = result else { return }
            bound.value.1.eventLoop.scheduleTask(in: pause) {
                let (handler, context) = bound.value
                handler.trickle(bytes.dropFirst(), pause: pause, context: context)
            }
        }
    }

    /// Writes filler one chunk at a time, the next only when the last was sent, so the
    /// server never holds more than a chunk; stops when the client hangs up.
    func stream(remaining: Int, context: ChannelHandlerContext) {
        guard remaining > 0 else {
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            return
        }
        let size = min(remaining, 256 * 1024)
        let chunk = ByteBuffer(repeating: UInt8(ascii: "x"), count: size)
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(chunk)))).whenComplete { result in
            guard case .success = result else { return }
            let (handler, context) = bound.value
            handler.stream(remaining: remaining - size, context: context)
        }
    }
}
