import Foundation
import NiemyetCore

/// Writes the files of one build into its staging folder, fast: plain POSIX calls,
/// folders made once, and unchanged pages hard-linked from the previous output.
struct OutputFiles: Sendable {
    let root: URL
    /// `root`'s path ending in "/": full paths are made by appending, not through `URL`
    /// (whose path appending cost 5% of a cold build, once or twice per page).
    private let prefix: String

    init(root: URL) {
        self.root = root
        let path = root.path
        prefix = path.hasSuffix("/") ? path : path + "/"
    }

    /// The full path of `path`, relative to the root.
    func full(_ path: String) -> String { prefix + path }

    /// Every folder above `paths`, each once; with `ownFolders` false, not the folder each
    /// path is in (a page's own folder is made by the thread that writes the page).
    private static func folders(above paths: some Sequence<String>, ownFolders: Bool) -> Set<String> {
        var folders = Set<String>()
        // Paths come grouped (a campaign's pages one after another): a folder just seen is
        // not hashed again. Folders are cut out of the paths, and made strings only when new.
        var last: Substring = ""
        for path in paths {
            var folder = SitePaths.folder(of: path[...])
            if !ownFolders { folder = SitePaths.folder(of: folder) }
            if folder == last { continue }
            last = folder
            while !folder.isEmpty, folders.insert(String(folder)).inserted {
                folder = SitePaths.folder(of: folder)
            }
        }
        return folders
    }

    /// Makes every folder the files at `paths` need, parents first; with `ownFolders`
    /// false, all but the folder each is in.
    func makeFolders(for paths: some Sequence<String>, ownFolders: Bool = true) throws(SiteBuildError) {
        let folders = Self.folders(above: paths, ownFolders: ownFolders)
        for folder in folders.sorted(by: { $0.count < $1.count || ($0.count == $1.count && $0 < $1) }) {
            let target = full(folder)
            if mkdir(target, 0o755) != 0, errno != EEXIST {
                throw .writeFailed(target, String(cString: strerror(errno)))
            }
        }
    }

    /// Makes the folder `path` is written in, whose parent must exist; pages call it on
    /// their own thread, so that thousands of unit folders are not made one by one.
    func makeFolder(of path: String) throws(SiteBuildError) {
        let folder = SitePaths.folder(of: path)
        guard !folder.isEmpty else { return }
        let target = full(folder)
        if mkdir(target, 0o755) != 0, errno != EEXIST {
            throw .writeFailed(target, String(cString: strerror(errno)))
        }
    }

    /// Writes `bytes` to `path` (relative to the root) as a new file; its folder must
    /// exist. A file already there is unlinked first, never written through: in a
    /// recycled staging folder it may be a hard link to a page of the published site.
    func write(_ bytes: some Collection<UInt8>, to path: String) throws(SiteBuildError) {
        let target = full(path)
        if unlink(target) != 0, errno != ENOENT { throw .writeFailed(target, String(cString: strerror(errno))) }
        if let failure = NewFile.create(target, with: bytes) { throw .writeFailed(target, String(cString: strerror(failure))) }
    }

    func write(_ text: String, to path: String) throws(SiteBuildError) {
        try write(Array(text.utf8), to: path)
    }

    /// Makes `path` the same file as the file at `source` (a hard link; a copy when
    /// linking fails, say across file systems). False when `source` is gone.
    func reuse(_ source: String, as path: String) -> Bool {
        let target = full(path)
        if link(source, target) == 0 { return true }
        if errno == EEXIST, unlink(target) == 0, link(source, target) == 0 { return true }
        return (try? FileManager.default.copyItem(atPath: source, toPath: target)) != nil
    }

    /// Removes files of a recycled staging folder that the new site does not have, then
    /// the folders that left empty (deepest first).
    func remove(_ paths: some Collection<String>) throws(SiteBuildError) {
        for path in paths {
            let target = full(path)
            if unlink(target) != 0, errno != ENOENT { throw .writeFailed(target, String(cString: strerror(errno))) }
        }
        // A folder that still holds files stays (rmdir refuses it).
        for folder in Self.folders(above: paths, ownFolders: true).sorted(by: { $0.count > $1.count }) {
            _ = rmdir(full(folder))
        }
    }

    /// Removes entries at the top of the folder that no path of `paths` starts with, but
    /// `file`: files put by hand into a published site (which a build from scratch never
    /// keeps) come back with the spare copy, and must not be published again by chance.
    func removeOthers(keepingTopLevelOf paths: some Sequence<String>, and file: String) {
        // Substrings of the paths: no new string per path (there are tens of thousands).
        // Paths come grouped (a campaign's pages one after another): a name just kept is
        // not hashed again.
        var kept = Set<Substring>([file[...]])
        var last: Substring = ""
        for path in paths {
            let top = path.utf8.firstIndex(of: UInt8(ascii: "/")).map { path[..<$0] } ?? path[...]
            if top == last { continue }
            last = top
            kept.insert(top)
        }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [] where !kept.contains(name[...]) {
            try? FileManager.default.removeItem(atPath: full(name))
        }
    }

    /// Whether a file exists at `path` (relative to the root).
    func exists(_ path: String) -> Bool {
        access(full(path), F_OK) == 0
    }
}
