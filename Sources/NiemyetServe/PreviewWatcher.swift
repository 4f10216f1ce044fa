import Foundation
import NiemyetCore
import ServiceLifecycle

/// The loop that keeps the preview current: looks at the project's folders when they
/// change (and at each poll), waits for edits to settle, rebuilds, and tells open pages to
/// reload.
struct PreviewWatcher: Sendable {
    let watcher: ProjectWatcher
    let preview: SitePreview
    let events: ReloadEvents
    let pollInterval: Duration
    let settleDelay: Duration
    let onBuild: @Sendable (PreviewBuild) -> Void
    /// What wakes the loop before its next poll; nil where inotify is not to be had.
    let changes = FileEvents()

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

    /// With change events, polls are only a safety net (a folder past the kernel's limit
    /// of watches): walking ten thousand files five times a second would cost a core.
    private static let safetyPoll = Duration.seconds(2)

    /// Until something changes in a watched folder, or the poll interval is over.
    private func pause() async throws {
        guard let changes else { return try await Task.sleep(for: pollInterval) }
        let interval = max(pollInterval, Self.safetyPoll)
        // poll(2) blocks: on a thread of its own, not one of those answering requests.
        _ = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: changes.wait(timeout: interval)) }
        }
        try Task.checkCancellation()
    }

    fileprivate func watch(from baseline: [String: ProjectWatcher.Stamp]) async throws {
        var seen = baseline
        changes?.watch(watcher.folders(in: seen))
        let clock = ContinuousClock()
        var pinged = clock.now
        while true {
            try await pause()
            if clock.now - pinged >= Self.keepAliveEvery {
                events.send(.keepAlive)
                pinged = clock.now
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
            changes?.watch(watcher.folders(in: now))
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
