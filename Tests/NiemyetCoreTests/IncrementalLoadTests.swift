import Foundation
import Testing

@testable import NiemyetCore

/// The preview's load after an edit (`ProjectLoader.load(after:changed:)`): it decodes only
/// the campaigns whose files changed, and gives what a full load gives.
@Suite("Loading again after an edit")
struct IncrementalLoadTests {
    /// A project of two folder campaigns and a single-file one, in a folder of its own.
    final class Project {
        let root: URL

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("niemyet-incremental-\(UUID().uuidString)")
            for id in ["a", "b"] {
                try write("Campaigns/\(id)/campaign.md", Self.campaign(id))
                try write("Campaigns/\(id)/units/ubnd.md", Self.unit(name: "Ủy ban \(id)", reduced: "02 giờ"))
            }
            try write("Campaigns/c.md", Self.campaign("c"))
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func write(_ relative: String, _ text: String) throws {
            let url = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func remove(_ relative: String) throws {
            try FileManager.default.removeItem(at: root.appendingPathComponent(relative))
        }

        var loader: ProjectLoader { ProjectLoader(root: root, displayRoot: "p") }

        static func campaign(_ id: String) -> String {
            "---\ntitle: Tháng cao điểm \(id)\norganizer: Ủy ban nhân dân Quận 12\nstart: 2021-06-01\nend: 2021-07-01\n---\n\nNội dung.\n"
        }

        static func unit(name: String, reduced: String) -> String {
            """
            ---
            name: \(name)
            block: ward
            posting_url: https://example.gov.vn/niem-yet
            procedures:
              - name: Thủ tục chứng thực chữ ký
                standard: 01 ngày làm việc
                reduced: \(reduced)
            ---

            """
        }
    }

    /// Two loads give the same project, messages and counts.
    func expectSame(_ loaded: LoadedProject, _ fresh: LoadedProject, _ comment: Comment) {
        #expect(loaded.project.campaigns == fresh.project.campaigns, comment)
        #expect(loaded.project.sourceDigests == fresh.project.sourceDigests, comment)
        #expect(loaded.project.units.map(\.id) == fresh.project.units.map(\.id), comment)
        #expect(loaded.diagnostics.sortedForDisplay() == fresh.diagnostics.sortedForDisplay(), comment)
        #expect(loaded.filesRead == fresh.filesRead, comment)
    }

    @Test("an edited unit file is read again, and the result is a full load's")
    func editedUnit() throws {
        let project = try Project()
        var (_, memo) = project.loader.loadKeeping()
        try project.write("Campaigns/a/units/ubnd.md", Project.unit(name: "Ủy ban mới", reduced: "không đọc được"))
        let (loaded, next) = project.loader.load(after: memo, changed: ["Campaigns/a/units/ubnd.md"])
        memo = next
        expectSame(loaded, project.loader.load(), "after an edit")
        #expect(loaded.project.campaigns.first { $0.id == "a" }?.registrations.first?.name == "Ủy ban mới")
        #expect(loaded.diagnostics.contains { $0.code == .invalidTurnaround })
        // A unit file added, and the single-file campaign edited.
        try project.write("Campaigns/a/units/phuong-1.md", Project.unit(name: "Phường 1", reduced: "01 buổi"))
        try project.write("Campaigns/c.md", Project.campaign("c").replacingOccurrences(of: "Quận 12", with: "Quận 6"))
        let (again, _) = project.loader.load(
            after: memo, changed: ["Campaigns/a/units", "Campaigns/a/units/phuong-1.md", "Campaigns/c.md"])
        expectSame(again, project.loader.load(), "after a unit added")
        #expect(again.project.campaigns.first { $0.id == "c" }?.organizer == "Ủy ban nhân dân Quận 6")
    }

    @Test("a settled edit is kept in the load cache as a record of its own, which a full load then trusts")
    func cacheAfterEdit() throws {
        let project = try Project()
        // Files written less than a second before a load are never cached.
        Thread.sleep(forTimeInterval: 1.1)
        let (_, memo) = project.loader.loadKeeping()
        let cache = project.root.appendingPathComponent(".niemyet/cache")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path) == ["records.pack"])
        try project.write("Campaigns/b/units/ubnd.md", Project.unit(name: "Ủy ban đã sửa", reduced: "01 buổi"))
        Thread.sleep(forTimeInterval: 1.1)
        let (loaded, _) = project.loader.load(after: memo, changed: ["Campaigns/b/units/ubnd.md"])
        // Only the edited campaign's record is written, beside the pack the others stay in.
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).sorted() == ["folder-b.record", "records.pack"])
        let uncached = ProjectLoader(root: project.root, displayRoot: "p", caching: false).load()
        expectSame(loaded, uncached, "after the edit")
        expectSame(project.loader.load(), uncached, "a full load through the cache")
    }

    @Test("unit files added before, between and after cached ones, or removed, load as without the cache")
    func unitFilesAroundCachedOnes() throws {
        let project = try Project()
        for name in ["phuong-2", "phuong-4"] {
            try project.write("Campaigns/a/units/\(name).md", Project.unit(name: name, reduced: "01 buổi"))
        }
        // Files written less than a second before a load are never cached.
        Thread.sleep(forTimeInterval: 1.1)
        _ = project.loader.load()
        // The record of a holds phuong-2, phuong-4 and ubnd, in that order. Around them:
        // one file sorting first, one between, one last; ubnd gone, phuong-4 edited.
        for name in ["a-truoc", "phuong-3", "zz-sau"] {
            try project.write("Campaigns/a/units/\(name).md", Project.unit(name: name, reduced: "02 giờ"))
        }
        try project.remove("Campaigns/a/units/ubnd.md")
        try project.write("Campaigns/a/units/phuong-4.md", Project.unit(name: "phuong-4 mới", reduced: "02 giờ"))
        Thread.sleep(forTimeInterval: 1.1)
        let uncached = ProjectLoader(root: project.root, displayRoot: "p", caching: false).load()
        let names = uncached.project.campaigns.first { $0.id == "a" }?.registrations.compactMap(\.name)
        #expect(names == ["a-truoc", "phuong-2", "phuong-3", "phuong-4 mới", "zz-sau"])
        expectSame(project.loader.load(), uncached, "the first load after the changes")
        expectSame(project.loader.load(), uncached, "the next one, from the record it wrote")
    }

    @Test("only the campaigns named by the changes are read again")
    func untouchedKept() throws {
        let project = try Project()
        let (first, memo) = project.loader.loadKeeping()
        // Campaign b is broken on disk but not named: the load after the edit of a keeps
        // b as it was, which shows it was not read.
        try project.write("Campaigns/b/campaign.md", "no front matter")
        try project.write("Campaigns/a/units/ubnd.md", Project.unit(name: "Ủy ban mới", reduced: "01 buổi"))
        let (loaded, _) = project.loader.load(after: memo, changed: ["Campaigns/a/units/ubnd.md"])
        #expect(loaded.project.campaigns.first { $0.id == "b" } == first.project.campaigns.first { $0.id == "b" })
        #expect(loaded.project.campaigns.first { $0.id == "a" }?.registrations.first?.name == "Ủy ban mới")
        // Nothing named: the memo's project as it was.
        let (same, _) = project.loader.load(after: memo, changed: [])
        #expect(same.project.campaigns == first.project.campaigns)
    }

    @Test(
        "a change beyond a campaign's own files loads everything again",
        arguments: [
            (["Campaigns/units.yaml"], "units.yaml"),
            (["Campaigns", "Campaigns/d/campaign.md", "Campaigns/d"], "a new campaign"),
            (["Site/site.yaml"], "site settings"),
            (["Campaigns/a/campaign.md", "Campaigns/a"], "a campaign file removed"),
        ])
    func beyondCampaigns(changed: [String], what: String) throws {
        let project = try Project()
        let (_, memo) = project.loader.loadKeeping()
        try project.write("Campaigns/units.yaml", "- id: ubnd-moi\n  name: Ủy ban mới\n")
        try project.write("Campaigns/d/campaign.md", Project.campaign("d"))
        try project.write("Site/site.yaml", "title: Cổng thông tin\nlanguage: en\n")
        try project.remove("Campaigns/a/campaign.md")
        let (loaded, _) = project.loader.load(after: memo, changed: Set(changed))
        expectSame(loaded, project.loader.load(), "\(what)")
    }

    @Test("changes are told apart by the campaign they belong to")
    func owners() {
        let sources = [
            ProjectLoader.CampaignSource(id: "a", file: "Campaigns/a/campaign.md", folder: "Campaigns/a"),
            ProjectLoader.CampaignSource(id: "c", file: "Campaigns/c.md", folder: nil),
        ]
        #expect(ProjectLoader.campaigns(touchedBy: ["Campaigns/a/units/x.md", "Campaigns/c.md"], among: sources) == ["a", "c"])
        #expect(ProjectLoader.campaigns(touchedBy: ["Campaigns/a"], among: sources) == ["a"])
        #expect(ProjectLoader.campaigns(touchedBy: ["Campaigns/ab/x.md"], among: sources) == nil)
        #expect(ProjectLoader.campaigns(touchedBy: ["Campaigns"], among: sources) == nil)
        #expect(ProjectLoader.campaigns(touchedBy: ["Site/site.yaml"], among: sources) == nil)
        #expect(ProjectLoader.campaigns(touchedBy: [], among: sources) == [])
    }
}
