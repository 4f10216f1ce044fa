import Foundation

/// A real project folder in a fresh temporary directory, written file by file.
struct ProjectFolder {
    let url: URL

    /// An empty project with `Campaigns/` (unless `campaigns` is false).
    init(campaigns: Bool = true) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("niemyet-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        if campaigns {
            try FileManager.default.createDirectory(
                at: url.appendingPathComponent("Campaigns"), withIntermediateDirectories: true)
        }
    }

    /// A copy of the repository's sample project (Campaigns/ and Site/).
    static func samples() throws -> ProjectFolder {
        let folder = try ProjectFolder(campaigns: false)
        for name in ["Campaigns", "Site"] {
            try FileManager.default.copyItem(
                at: repositoryRoot.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
        }
        return folder
    }

    /// The repository this test was built from.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Writes `text` to `relative`, creating folders as needed.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> URL {
        try write(relative, Data(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, _ data: Data) throws -> URL {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(relative).path)
    }

    /// Runs `niemyet` with this folder as the current folder.
    @discardableResult
    func run(_ arguments: String..., environment: [String: String] = [:]) throws -> CommandResult {
        try Niemyet.run(arguments, in: url, environment: environment)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
