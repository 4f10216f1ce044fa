import Foundation
import NiemyetCore
import ServiceLifecycle

/// The loop that keeps the preview current: polls the project's folders, waits for edits
/// to settle, rebuilds, and tells open pages to reload.
struct PreviewWatcher: Sendable {
    let watcher: ProjectWatcher
    let preview: SitePreview
    let events: ReloadEvents
    let pollInterval: Duration
    let settleDelay: Duration
    let onBuild: @Sendable (PreviewBuild) -> Void

    /// Open pages are pinged this often, so that connections of closed tabs are let go.
    private static let keepAliveEvery = Duration.seconds(15)

    /// Builds on a thread of its own: the build is synchronous and parallel, and must not
    /// hold one of the few threads that answer requests.
    func rebuild() async -> PreviewBuild {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { [preview] in
                continuation.resume(returning: preview.rebuild())
            }
        }
    }

    /// The watching loop as a service of the server, stopped with it.
    func service(from baseline: [String: ProjectWatcher.Stamp]) -> some Service {
        WatchService(watcher: self, baseline: baseline)
    }

    fileprivate func watch(from baseline: [String: ProjectWatcher.Stamp]) async throws {
        var seen = baseline
        var sinceKeepAlive = Duration.zero
        while true {
            try await Task.sleep(for: pollInterval)
            sinceKeepAlive += pollInterval
            if sinceKeepAlive >= Self.keepAliveEvery {
                events.send(.keepAlive)
                sinceKeepAlive = .zero
            }
            var now = watcher.snapshot()
            guard now != seen else { continue }
            // Wait until the files stop changing: one save can be several writes.
            while true {
                try await Task.sleep(for: settleDelay)
                let later = watcher.snapshot()
                if later == now { break }
                now = later
            }
            seen = now
            onBuild(await rebuild())
            events.send(.reload(preview.version))
        }
    }
}

/// Runs the watching loop until the server shuts down.
private struct WatchService: Service {
    let watcher: PreviewWatcher
    let baseline: [String: ProjectWatcher.Stamp]

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown { [watcher, baseline] in
                try await watcher.watch(from: baseline)
            }
        } catch is CancellationError {
            // Shut down: nothing left to watch for.
        }
    }
}
