import Foundation
import Testing

@testable import NiemyetSite

@Suite("Publishing survives a build killed at any point")
struct StagingTests {
    /// A folder with `public/index.html` saying `text`.
    func site(_ text: String) throws -> (URL, URL) {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("niemyet-staging-\(UUID().uuidString)")
        let output = parent.appendingPathComponent("public", isDirectory: true)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: output.appendingPathComponent("index.html"))
        return (parent, output)
    }

    /// The largest pid the kernel hands out plus one: no process can have it.
    var deadPID: Int32 {
        let maximum = (try? String(contentsOfFile: "/proc/sys/kernel/pid_max", encoding: .utf8))
            .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return (maximum ?? 4_194_304) + 1
    }

    @Test("killed between its two renames, a build left only .public.previous-PID: the next build puts it back")
    func restoresPrevious() throws {
        let (parent, output) = try site("cũ")
        defer { try? FileManager.default.removeItem(at: parent) }
        let previous = parent.appendingPathComponent(".public.previous-\(deadPID)")
        try FileManager.default.moveItem(at: output, to: previous)
        let staging = try Staging.begin(output: output)
        defer { staging.discard() }
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "cũ")
        #expect(!FileManager.default.fileExists(atPath: previous.path))
    }

    @Test("a leftover previous site is removed when the output is in place")
    func removesLeftovers() throws {
        let (parent, output) = try site("mới")
        defer { try? FileManager.default.removeItem(at: parent) }
        let previous = parent.appendingPathComponent(".public.previous-\(deadPID)")
        try FileManager.default.createDirectory(at: previous, withIntermediateDirectories: true)
        let staging = try Staging.begin(output: output)
        defer { staging.discard() }
        #expect(!FileManager.default.fileExists(atPath: previous.path))
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "mới")
    }
}
