import Foundation

/// The outcome of running the built `niemyet` binary.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Both streams, for assertions that do not care which one a line went to.
    var output: String { stdout + stderr }
}

/// Runs the built `niemyet` executable as a user would, in a real folder.
enum Niemyet {
    /// The binary SwiftPM built next to this test bundle (or `NIEMYET_BIN`).
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["NIEMYET_BIN"] { return URL(fileURLWithPath: path) }
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("niemyet")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        let fromSource = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/niemyet")
        return fromSource
    }()

    /// Runs `niemyet arguments...` in `folder`, with `environment` added to a clean one
    /// (LANG unset, so that messages follow the project's site.yaml unless a test says).
    @discardableResult
    static func run(
        _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:], stdin: Data? = nil
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        var env = ProcessInfo.processInfo.environment
        for name in ["LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"] { env[name] = nil }
        env["NO_COLOR"] = "1"
        for (name, value) in environment { env[name] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        if let stdin {
            let input = Pipe()
            process.standardInput = input
            try process.run()
            input.fileHandleForWriting.write(stdin)
            try input.fileHandleForWriting.close()
        } else {
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }
        // Read both pipes while the process runs, so a large output cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
