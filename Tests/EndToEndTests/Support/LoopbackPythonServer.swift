import Foundation

/// A Python HTTP server on 127.0.0.1 and a free port, run from `script`. The script gets
/// the port file as its first argument and writes the port there (by a rename), so no
/// pipe has to be read while the server runs.
final class LoopbackPythonServer {
    let process = Process()
    let port: Int

    init(script: String, arguments: [String]) throws {
        let portFile = FileManager.default.temporaryDirectory.appendingPathComponent("niemyet-port-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: portFile) }
        let prelude = """
            import http.server, os, sys
            def publish(server):
                with open(sys.argv[1] + ".tmp", "w") as f: f.write(str(server.server_address[1]))
                os.rename(sys.argv[1] + ".tmp", sys.argv[1])

            """
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", prelude + script, portFile.path] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        for _ in 0..<200 {
            if let text = try? String(contentsOf: portFile, encoding: .utf8), let port = Int(text) {
                self.port = port
                return
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(process.processIdentifier, SIGKILL)
        throw CocoaError(.fileReadUnknown)
    }

    /// Kills the server. SIGKILL, because the test runner's blocked signals are
    /// inherited and python would never see a SIGTERM.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
