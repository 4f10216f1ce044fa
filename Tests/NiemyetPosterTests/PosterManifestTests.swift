import Foundation
import Testing

@testable import NiemyetPoster

@Suite("Poster manifest")
struct PosterManifestTests {
    @Test("the posters' manifest reads back what it wrote, campaign keys included, and refuses other formats")
    func roundTrip() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("posters-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var manifest = PosterManifest()
        manifest.entries = [
            "posters/c/phuong-a.pdf": "0123456789abcdef", "posters/c/tong-hop.pdf": "fedcba9876543210",
            "posters/K/x.pdf": "00000000000000aa",
        ]
        manifest.campaigns = ["c": "1111111111111111", "d": "2222222222222222"]
        try manifest.write(into: folder)
        let read = PosterManifest.read(from: folder)
        #expect(read.entries == manifest.entries)
        #expect(read.campaigns == manifest.campaigns)

        #expect(PosterManifest.read(from: folder.appendingPathComponent("missing")).entries.isEmpty)
        // The first format had no campaign keys: read as no manifest, so every poster is
        // looked at again.
        try Data("niemyet-posters 1\nposters/c/phuong-a.pdf\t0123456789abcdef\n".utf8).write(
            to: folder.appendingPathComponent(PosterManifest.fileName))
        let older = PosterManifest.read(from: folder)
        #expect(older.entries.isEmpty && older.campaigns.isEmpty)
    }
}
