import Foundation

/// The built site on disk, and how a checked request path maps to one of its files.
struct SiteFolder: Sendable {
    /// The folder the site is published into (replaced as a whole by every build).
    let root: URL

    /// What a request path names in the folder.
    enum Lookup: Equatable {
        /// A regular file inside the folder.
        case file(URL)
        /// A folder asked for without its trailing slash: the browser must come back with
        /// one, or the page's relative links would resolve one level too high.
        case folderWithoutSlash
        /// Nothing there (or not a regular file).
        case missing
        /// Something that resolves outside the folder, through a symbolic link.
        case outside
    }

    /// Finds the file for `components`: a folder serves its `index.html`.
    func lookup(_ components: [String], folder: Bool) -> Lookup {
        var candidate = root
        for component in components { candidate.appendPathComponent(component) }
        guard let resolvedRoot = Self.realPath(root.path), let resolved = Self.realPath(candidate.path) else {
            return .missing
        }
        guard resolved == resolvedRoot || resolved.hasPrefix(resolvedRoot + "/") else { return .outside }
        var status = stat()
        guard stat(resolved, &status) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            guard folder || components.isEmpty else { return .folderWithoutSlash }
            return lookup(components + ["index.html"], folder: false)
        case S_IFREG:
            return .file(URL(fileURLWithPath: resolved))
        default:
            return .missing
        }
    }

    /// The page served for addresses the site does not have.
    var notFoundPage: URL? {
        if case .file(let url) = lookup(["404.html"], folder: false) { return url }
        return nil
    }

    /// The path with every symbolic link resolved, or nil when it does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
