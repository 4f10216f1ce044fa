import Foundation
import NiemyetCore
import Testing

@testable import NiemyetSite

/// The library entry point, as the lead wires it: posters written by an extra writer
/// into the staging folder, before links are verified and the folder is published.
@Suite("SiteBuilder: posters and publishing")
struct SiteBuilderTests {
    /// A validated copy of the repository's sample project in a fresh folder.
    static func sampleProject() throws -> (Project, URL) {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["Campaigns", "Site"] {
            try FileManager.default.copyItem(at: repository.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let (loaded, diagnostics) = Validator.validate(path: folder.path)
        #expect(!diagnostics.hasErrors)
        return (loaded.project, folder)
    }

    static let today = LocalDate(year: 2021, month: 6, day: 5) ?? LocalDate(julianDay: 2_459_371)

    @Test("with posters included, pages link them and the extra writer's files are published")
    func postersWired() throws {
        let (project, folder) = try Self.sampleProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let campaigns = project.campaigns
        let options = SiteBuildOptions(output: output, today: Self.today, includePosters: true) { staging, _ in
            var written: [String] = []
            for campaign in campaigns {
                var paths = [SitePaths.summaryPoster(campaign: campaign.id)]
                paths += campaign.registrations.map { SitePaths.poster(unit: $0.unitID.value, in: campaign.id) }
                for path in paths {
                    let file = staging.appendingPathComponent(path)
                    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data("%PDF-1.7\n".utf8).write(to: file)
                    written.append(path)
                }
            }
            return written
        }
        let summary = try SiteBuilder.build(project, options: options)
        #expect(summary.files >= 19 + 7)
        let unitPage = try String(
            contentsOf: output.appendingPathComponent("2021-thang-cao-diem-quan-12/ubnd-quan-12/index.html"), encoding: .utf8)
        #expect(unitPage.contains(#"href="../../posters/2021-thang-cao-diem-quan-12/ubnd-quan-12.pdf""#))
        let campaignPage = try String(
            contentsOf: output.appendingPathComponent("2021-thang-cao-diem-quan-12/index.html"), encoding: .utf8)
        #expect(campaignPage.contains(#"href="../posters/2021-thang-cao-diem-quan-12/tong-hop.pdf""#))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("posters/2021-thang-cao-diem-quan-12/tong-hop.pdf").path))
    }

    @Test("posters linked but not written: the build fails on the broken links and publishes nothing")
    func postersMissing() throws {
        let (project, folder) = try Self.sampleProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let options = SiteBuildOptions(output: output, today: Self.today, includePosters: true)
        do {
            _ = try SiteBuilder.build(project, options: options)
            Issue.record("the build should have failed")
        } catch {
            #expect(error.diagnostics.allSatisfy { $0.code == .siteBrokenLink }, "\(error.diagnostics)")
            #expect(error.diagnostics.contains { $0.arguments["target"] == "posters/2021-thang-cao-diem-quan-12/ubnd-quan-12.pdf" })
            #expect(error.diagnostics.contains { $0.location.file.hasSuffix("campaign.md") })
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".public") }
        #expect(leftovers.isEmpty)
    }

    @Test("an extra writer that throws stops the build and keeps the previous site")
    func extraWriterFails() throws {
        let (project, folder) = try Self.sampleProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        _ = try SiteBuilder.build(project, options: SiteBuildOptions(output: output, today: Self.today))
        let before = try Data(contentsOf: output.appendingPathComponent("index.html"))
        struct PosterFailure: Error {}
        let failing = SiteBuildOptions(output: output, today: LocalDate(year: 2030, month: 1, day: 1) ?? Self.today) { _, _ in
            throw PosterFailure()
        }
        #expect(throws: SiteBuildError.self) { try SiteBuilder.build(project, options: failing) }
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == before)
    }

    @Test("a leftover staging folder of a killed build is cleared by the next build")
    func leftoverStaging() throws {
        let (project, folder) = try Self.sampleProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        // No process has pid 2^22 + 1 on Linux (pid_max is at most 2^22).
        let leftover = folder.appendingPathComponent(".public.staging-4194305")
        try FileManager.default.createDirectory(at: leftover.appendingPathComponent("half"), withIntermediateDirectories: true)
        _ = try SiteBuilder.build(project, options: SiteBuildOptions(output: folder.appendingPathComponent("public"), today: Self.today))
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("public/index.html").path))
    }
}
