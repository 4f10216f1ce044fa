import Foundation

/// The folder a build writes into before anything is published: a hidden sibling of the
/// output folder (same file system, so the swap is a rename). A build that fails or is
/// killed leaves the output folder untouched; its leftover staging folder is removed by
/// the next build.
struct Staging: Sendable {
    /// The published folder, `public/`.
    let output: URL
    /// Where this build writes: `.public.staging-<pid>` next to it.
    let folder: URL

    /// Creates a fresh staging folder, after clearing those of builds that died.
    static func begin(output: URL) throws(SiteBuildError) -> Staging {
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(parent.path, error.localizedDescription)
        }
        for leftover in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] {
            for marker in [".\(name).staging-", ".\(name).previous-"] where leftover.hasPrefix(marker) {
                // Only folders of processes that no longer run: a build still going keeps its own.
                if let pid = Int32(leftover.dropFirst(marker.count)), pid != getpid(), kill(pid, 0) == 0 || errno == EPERM {
                    continue
                }
                let url = parent.appendingPathComponent(leftover)
                // A build killed between its two renames left no output, only the previous
                // site: put that back rather than delete the last complete copy.
                if marker.hasSuffix("previous-"), access(output.path, F_OK) != 0, rename(url.path, output.path) == 0 {
                    continue
                }
                try? FileManager.default.removeItem(at: url)
            }
        }
        let folder = parent.appendingPathComponent(".\(name).staging-\(getpid())", isDirectory: true)
        try? FileManager.default.removeItem(at: folder)
        guard mkdir(folder.path, 0o755) == 0 else { throw .writeFailed(folder.path, String(cString: strerror(errno))) }
        return Staging(output: output, folder: folder)
    }

    /// Puts the staging folder in place of the output folder: two renames, so the output
    /// is always either the whole previous site or the whole new one.
    func publish() throws(SiteBuildError) {
        let previous = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).previous-\(getpid())", isDirectory: true)
        let hadOutput = access(output.path, F_OK) == 0
        if hadOutput, rename(output.path, previous.path) != 0 {
            throw .writeFailed(output.path, String(cString: strerror(errno)))
        }
        if rename(folder.path, output.path) != 0 {
            let reason = String(cString: strerror(errno))
            if hadOutput { _ = rename(previous.path, output.path) }
            throw .writeFailed(output.path, reason)
        }
        if hadOutput { try? FileManager.default.removeItem(at: previous) }
    }

    /// Removes the staging folder of a build that failed.
    func discard() {
        try? FileManager.default.removeItem(at: folder)
    }
}
