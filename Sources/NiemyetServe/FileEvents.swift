import Foundation

/// Wakes the preview's watch loop as soon as something changes in a watched folder
/// (Linux inotify), instead of at its next poll. An event only means "look now": what
/// changed is still found by comparing snapshots, and the polls go on, so a folder the
/// kernel would not watch (the per-user limit reached) is noticed later, never missed.
final class FileEvents: Sendable {
    private let descriptor: Int32
    private static let mask = UInt32(
        IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF
            | IN_MOVE_SELF)

    /// Nil when the kernel gives no inotify instance: the loop then only polls.
    init?() {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Watches each folder; one already watched stays as it is, and the kernel drops the
    /// watch of a folder that is removed.
    func watch(_ folders: some Sequence<String>) {
        for folder in folders { _ = inotify_add_watch(descriptor, folder, Self.mask) }
    }

    /// Blocks until something changed in a watched folder (true) or `timeout` passed
    /// (false); the events waiting are read and dropped.
    func wait(timeout: Duration) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let (seconds, attoseconds) = timeout.components
        let milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
        guard poll(&request, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while read(descriptor, &buffer, buffer.count) > 0 {}
        return true
    }
}
