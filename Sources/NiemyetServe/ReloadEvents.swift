import Foundation
import Synchronization

/// The open pages listening for rebuilds (server-sent events): each gets a stream of
/// events, and every rebuild is announced to all of them.
final class ReloadEvents: Sendable {
    /// What a listening page is told.
    enum Event: Sendable, Equatable {
        /// The site was rebuilt (or became invalid, or valid again): reload.
        case reload(PreviewVersion)
        /// Nothing happened; written now and then so that closed connections are noticed.
        case keepAlive
    }

    private let listeners = Mutex<[UUID: AsyncStream<Event>.Continuation]>([:])

    /// A new listener's stream and the id to end it with.
    func listen() -> (id: UUID, events: AsyncStream<Event>) {
        let id = UUID()
        let (events, continuation) = AsyncStream<Event>.makeStream(bufferingPolicy: .bufferingNewest(8))
        listeners.withLock { $0[id] = continuation }
        return (id, events)
    }

    /// Ends one listener's stream: its page went away, or the server is shutting down.
    func end(_ id: UUID) {
        let continuation = listeners.withLock { $0.removeValue(forKey: id) }
        continuation?.finish()
    }

    /// Tells every listener.
    func send(_ event: Event) {
        for continuation in listeners.withLock({ Array($0.values) }) { continuation.yield(event) }
    }

    /// The wire form of an event (text/event-stream).
    static func wire(_ event: Event) -> String {
        switch event {
        case .reload(let version): "event: reload\ndata: \(version)\n\n"
        case .keepAlive: ": keep-alive\n\n"
        }
    }
}

/// Which build a page was served from: the server's run and the build's number, so that
/// a page served by an earlier run of the server also reloads.
struct PreviewVersion: Sendable, Equatable, CustomStringConvertible {
    var run: String
    var build: Int

    var description: String { "\(run)-\(build)" }
}
