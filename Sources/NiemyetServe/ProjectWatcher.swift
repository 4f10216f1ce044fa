import Foundation

/// Notices edits under `Campaigns/` and `Site/` by comparing the files' modification
/// times and sizes between snapshots (taken when `FileEvents` says something changed, and
/// at each poll): cheap for folders of a few thousand files.
struct ProjectWatcher: Sendable {
    /// The project folder, watched too so that `Campaigns/` or `Site/` made later is seen.
    let root: URL
    /// The folders watched (they may not exist yet).
    let folders: [URL]

    init(project: String) {
        let root = URL(fileURLWithPath: project, isDirectory: true)
        self.root = root
        folders = ["Campaigns", "Site"].map { root.appendingPathComponent($0, isDirectory: true) }
    }

    /// What a file looked like at one poll.
    struct Stamp: Equatable, Sendable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        /// Editors that save by writing a new file and renaming it change the inode.
        var inode: UInt64
        var isFolder: Bool
    }

    /// The folders of a snapshot, with the project folder: what `FileEvents` watches.
    func folders(in snapshot: [String: Stamp]) -> [String] {
        [root.path] + snapshot.filter(\.value.isFolder).keys
    }

    /// Every file and folder under the watched folders with its stamp. Folders count too,
    /// so that removing or renaming a file is seen.
    func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for folder in folders {
            guard let stamp = Self.stamp(folder.path) else { continue }
            stamps[folder.path] = stamp
            guard let walker = FileManager.default.enumerator(atPath: folder.path) else { continue }
            while let name = walker.nextObject() as? String {
                let path = folder.appendingPathComponent(name).path
                if let stamp = Self.stamp(path) { stamps[path] = stamp }
            }
        }
        return stamps
    }

    private static func stamp(_ path: String) -> Stamp? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Stamp(
            seconds: status.st_mtim.tv_sec, nanoseconds: status.st_mtim.tv_nsec, size: Int64(status.st_size),
            inode: UInt64(status.st_ino), isFolder: status.st_mode & S_IFMT == S_IFDIR)
    }
}
