import Foundation
import NiemyetCore

/// The folder a build writes into before anything is published: a hidden sibling of the
/// output folder (same file system, so the swap is a rename). A build that fails or is
/// killed leaves the output folder untouched; its leftover staging folder is removed by
/// the next build.
///
/// The site replaced by a build is kept as the *spare* (`.niemyet/site-spare/<name>` next
/// to the output) and becomes the next build's staging folder: that build only rewrites
/// what differs (`SiteBuilder` reads the spare's manifest), instead of making ten thousand
/// folders again, which on ext4 costs more than rendering the pages.
struct Staging: Sendable {
    /// The published folder, `public/`.
    let output: URL
    /// Where this build writes: `.public.staging-<pid>` next to it.
    let folder: URL
    /// Whether `folder` starts as the spare copy of an earlier site, described by its own
    /// manifest, rather than empty.
    let recycled: Bool

    /// Where the site a build replaces is kept for the next build.
    static func spare(for output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(WorkingFolder.name + "/site-spare", isDirectory: true)
            .appendingPathComponent(output.lastPathComponent, isDirectory: true)
    }

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
        // A spare is used only whole and described by a manifest this version writes.
        let spare = spare(for: output)
        if access(spare.path, F_OK) == 0 {
            if Manifest.describes(spare), rename(spare.path, folder.path) == 0 {
                return Staging(output: output, folder: folder, recycled: true)
            }
            try? FileManager.default.removeItem(at: spare)
        }
        guard mkdir(folder.path, 0o755) == 0 else { throw .writeFailed(folder.path, String(cString: strerror(errno))) }
        return Staging(output: output, folder: folder, recycled: false)
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
        guard hadOutput else { return }
        let spare = Self.spare(for: output)
        let spares = spare.deletingLastPathComponent()
        if (try? FileManager.default.createDirectory(at: spares, withIntermediateDirectories: true)) == nil
            || rename(previous.path, spare.path) != 0
        {
            try? FileManager.default.removeItem(at: previous)
        }
        WorkingFolder.keepOutOfGit(spares.deletingLastPathComponent())
    }

    /// Makes the spare copy of the site in `output` now, by hard links, when there is none:
    /// the build after a first one then starts from it instead of making every folder
    /// again (2.8 s for the first edit in a preview of 10,000 pages). Made under another
    /// name and renamed into place whole, so a build finds no spare or a complete one.
    /// The caller keeps builds of the same output from running meanwhile.
    static func prepareSpare(for output: URL) {
        let spare = spare(for: output)
        let manager = FileManager.default
        guard access(spare.path, F_OK) != 0, Manifest.describes(output),
            let walker = manager.enumerator(atPath: output.path)
        else { return }
        let spares = spare.deletingLastPathComponent()
        let making = spares.appendingPathComponent(".\(output.lastPathComponent).making-\(getpid())", isDirectory: true)
        try? manager.removeItem(at: making)
        guard (try? manager.createDirectory(at: making, withIntermediateDirectories: true)) != nil else { return }
        var complete = true
        while complete, let relative = walker.nextObject() as? String {
            let source = output.path + "/" + relative
            let copy = making.path + "/" + relative
            var status = stat()
            complete =
                lstat(source, &status) == 0
                && (status.st_mode & S_IFMT == S_IFDIR ? mkdir(copy, 0o755) : link(source, copy)) == 0
        }
        if complete, rename(making.path, spare.path) == 0 {
            WorkingFolder.keepOutOfGit(spares.deletingLastPathComponent())
        } else {
            try? manager.removeItem(at: making)
        }
    }

    /// Removes the staging folder of a build that failed.
    func discard() {
        try? FileManager.default.removeItem(at: folder)
    }
}
