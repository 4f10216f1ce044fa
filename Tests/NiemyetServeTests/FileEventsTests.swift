import Foundation
import Testing

@testable import NiemyetServe

@Suite("The preview wakes when a watched folder changes")
struct FileEventsTests {
    @Test("a write, a new folder's file and a rename each wake the wait; a quiet folder lets it time out")
    func wakes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("events-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let events = try #require(FileEvents())
        events.watch([folder.path])
        #expect(!events.wait(timeout: .milliseconds(50)))

        // Each change is made on another thread while the wait blocks, once the events of
        // the one before are all read (one write is several events: create, modify, close);
        // the generous timeout only bounds a failing run.
        func wakes(after change: @escaping @Sendable () throws -> Void) -> Bool {
            while events.wait(timeout: .milliseconds(100)) {}
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) { try? change() }
            return events.wait(timeout: .seconds(10))
        }
        let file = folder.appendingPathComponent("campaign.md")
        #expect(wakes { try Data("---\n".utf8).write(to: file) })
        let units = folder.appendingPathComponent("units")
        #expect(wakes { try FileManager.default.createDirectory(at: units, withIntermediateDirectories: true) })
        // A folder made after the watch began is watched once named, as the loop does.
        events.watch([units.path])
        #expect(wakes { try Data("---\n".utf8).write(to: units.appendingPathComponent("phuong-a.md")) })
        #expect(wakes { try FileManager.default.moveItem(at: file, to: folder.appendingPathComponent("khac.md")) })
        // A change outside the watched folders wakes nothing.
        while events.wait(timeout: .milliseconds(100)) {}
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("events-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: outside) }
        try Data("x".utf8).write(to: outside)
        #expect(!events.wait(timeout: .milliseconds(300)))
    }
}
