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
    func rebuild(changed: Set<String>? = nil) async -> PreviewBuild {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { [preview] in
                continuation.resume(returning: preview.rebuild(changed: changed))
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

    /// Until something changes in a watched folder (true), or the poll interval is over
    /// (false).
    private func pause() async throws -> Bool {
        guard let changes else {
            try await Task.sleep(for: pollInterval)
            return false
        }
        let changed = await wait(for: changes, timeout: max(pollInterval, Self.safetyPoll))
        try Task.checkCancellation()
        return changed
    }

    /// Whether `changes` reported something within `timeout`. poll(2) blocks: on a thread
    /// of its own, not one of those answering requests.
    private func wait(for changes: FileEvents, timeout: Duration) async -> Bool {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: changes.wait(timeout: timeout)) }
        }
    }

    fileprivate func watch(from baseline: [String: ProjectWatcher.Stamp]) async throws {
        var seen = baseline
        changes?.watch(watcher.folders(in: seen))
        let clock = ContinuousClock()
        var pinged = clock.now
        while true {
            let woken = try await pause()
            if clock.now - pinged >= Self.keepAliveEvery {
                events.send(.keepAlive)
                pinged = clock.now
            }
            // Wait until the files stop changing: one save can be several writes. Woken by
            // the kernel, it says when the folders are quiet, so one look at the files is
            // enough (a look at 10,000 files costs tens of milliseconds).
            if woken, let changes {
                while await wait(for: changes, timeout: settleDelay) {}
                try Task.checkCancellation()
            }
            var now = watcher.snapshot()
            guard now != seen else { continue }
            // Without the kernel's word (a poll, or a new folder nothing watches yet), the
            // files are looked at again until two looks agree.
            let unwatched = !woken || now.contains { $0.value.isFolder && seen[$0.key] == nil }
            while unwatched {
                try await Task.sleep(for: settleDelay)
                let later = watcher.snapshot()
                if later == now { break }
                now = later
            }
            let changed = watcher.changes(from: seen, to: now)
            seen = now
            changes?.watch(watcher.folders(in: now))
            onBuild(await rebuild(changed: changed))
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
