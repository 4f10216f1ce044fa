import Foundation

/// niemyet's own folder, `.niemyet/`: the load cache inside the project, and the spare
/// copy of the site next to the output folder. Never published, never the users' to edit.
public enum WorkingFolder {
    public static let name = ".niemyet"

    /// Marks `folder` (a `.niemyet/`) as ignored by git, so that users need not edit their
    /// .gitignore; an existing file is kept.
    public static func keepOutOfGit(_ folder: URL) {
        let ignore = folder.appendingPathComponent(".gitignore")
        if access(ignore.path, F_OK) != 0 { try? Data("*\n".utf8).write(to: ignore) }
    }
}
