import Foundation
import Testing

/// The load cache in `.niemyet/cache/`: a cached run must give exactly what an uncached
/// one gives, see every edit, and ignore a record it cannot trust.
@Suite("Load cache")
struct CacheTests {
    static let campaign = """
        ---
        title: Tháng cao điểm 2021
        organizer: Ủy ban nhân dân Quận 12
        start: 2021-06-01
        end: 2021-07-01
        ---

        Nội dung thông báo.

        """

    static let unit = """
        ---
        name: Ủy ban nhân dân phường Tân Chánh Hiệp
        block: ward
        posting_url: https://example.gov.vn/niem-yet
        procedures:
          - name: Thủ tục chứng thực chữ ký
            standard: 01 ngày làm việc
            reduced: 02 giờ
        ---

        Niêm yết tại bộ phận một cửa.

        """

    /// The pack a first run writes every record into.
    static let record = ".niemyet/cache/records.pack"

    /// A project with one folder campaign and one unit file, left to settle: files written
    /// less than a second before a run are never cached.
    func settledProject() throws -> ProjectFolder {
        let project = try ProjectFolder()
        try project.write("Campaigns/c/campaign.md", Self.campaign)
        try project.write("Campaigns/c/units/tan-chanh-hiep.md", Self.unit)
        Thread.sleep(forTimeInterval: 1.2)
        return project
    }

    func inode(_ project: ProjectFolder, _ relative: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: project.url.appendingPathComponent(relative).path)[
            .systemFileNumber] as? Int
    }

    /// Every file below `folder`, by relative path, with its bytes.
    func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        for path in paths {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test("a cached validate reports byte for byte what the uncached one did, without rewriting the cache")
    func cachedValidateIsIdentical() throws {
        let project = try settledProject()
        defer { project.remove() }
        try project.write("Campaigns/c/units/BAD NAME.md", "---\nname: [unclosed\n---\n")
        Thread.sleep(forTimeInterval: 1.2)
        let uncached = try project.run("validate", "--format", "json")
        #expect(uncached.status == 1)
        #expect(uncached.stdout.contains("yaml-syntax"))
        #expect(project.exists(Self.record))
        #expect(try project.read(".niemyet/.gitignore") == "*\n")
        let before = try inode(project, Self.record)
        let cached = try project.run("validate", "--format", "json")
        #expect(cached.status == uncached.status)
        #expect(cached.stdout == uncached.stdout)
        #expect(cached.stderr == uncached.stderr)
        // Nothing changed, so the record was read, not decoded again and replaced.
        #expect(try inode(project, Self.record) == before)
        let text = try project.run("validate")
        try FileManager.default.removeItem(at: project.url.appendingPathComponent(".niemyet"))
        let uncachedText = try project.run("validate")
        #expect(text.stdout == uncachedText.stdout)
        #expect(text.stderr == uncachedText.stderr)
    }

    @Test("an edit that keeps the file's size is seen on the next run")
    func sameSizeEditIsSeen() throws {
        let project = try settledProject()
        defer { project.remove() }
        #expect(try project.run("validate").status == 0)
        #expect(try project.run("validate").status == 0)
        let edited = Self.unit.replacingOccurrences(of: "reduced: 02 giờ", with: "reduced: 92 giờ")
        #expect(edited.utf8.count == Self.unit.utf8.count)
        try project.write("Campaigns/c/units/tan-chanh-hiep.md", edited)
        let (status, diagnostics) = try project.diagnostics()
        #expect(status == 1)
        #expect(
            diagnostics.map { "\($0.file):\($0.line):\($0.column) [\($0.code)]" }
                == ["Campaigns/c/units/tan-chanh-hiep.md:8:14 [reduced-not-shorter]"])
        // Removing the unit file is seen too.
        try FileManager.default.removeItem(at: project.url.appendingPathComponent("Campaigns/c/units/tan-chanh-hiep.md"))
        #expect(try project.diagnostics().diagnostics.isEmpty)
    }

    @Test("a damaged, truncated or foreign cache pack or record is ignored and replaced")
    func untrustedRecordsAreIgnored() throws {
        let project = try settledProject()
        defer { project.remove() }
        let expected = try project.run("validate", "--format", "json")
        let good = try Data(contentsOf: project.url.appendingPathComponent(Self.record))
        let foreign = try #require(
            String(data: good, encoding: .isoLatin1)?.replacingOccurrences(
                of: #"niemyet-load-cache-[0-9]+"#, with: "niemyet-load-cache-foreign", options: .regularExpression
            ).data(using: .isoLatin1))
        #expect(foreign != good)
        for pack in [Data("not a cache".utf8), good.prefix(good.count / 2), good + Data([0]), foreign] {
            try project.write(Self.record, pack)
            let run = try project.run("validate", "--format", "json")
            #expect(run.status == expected.status)
            #expect(run.stdout == expected.stdout)
            // The untrusted pack was decoded again and written anew.
            #expect(try Data(contentsOf: project.url.appendingPathComponent(Self.record)) == good)
        }
        // A pack whose record of campaign "c" is damaged inside: a unit name whose bytes are
        // no longer UTF-8 ("á" of Chánh starts with 0xC3). The campaign is decoded again
        // and its record written on its own, which later runs read instead.
        let name = Data("Chánh".utf8)
        let at = try #require(good.range(of: name)).lowerBound + 2
        var invalidText = good
        invalidText[at] = 0xFF
        try project.write(Self.record, invalidText)
        let loose = ".niemyet/cache/folder-c.record"
        let run = try project.run("validate", "--format", "json")
        #expect(run.stdout == expected.stdout)
        let record = try Data(contentsOf: project.url.appendingPathComponent(loose))
        #expect(good.range(of: record) != nil)
        let looseInode = try inode(project, loose)
        #expect(try project.run("validate", "--format", "json").stdout == expected.stdout)
        #expect(try inode(project, loose) == looseInode)
        // A damaged record of its own is replaced the same way.
        for damaged in [record.prefix(record.count / 2), record + Data([0])] {
            try project.write(loose, damaged)
            #expect(try project.run("validate", "--format", "json").stdout == expected.stdout)
            #expect(try Data(contentsOf: project.url.appendingPathComponent(loose)) == record)
        }
    }

    @Test("a first run packs every record in one file, an edit writes its campaign's record alone, a removed campaign repacks")
    func packAndLooseRecords() throws {
        let project = try settledProject()
        defer { project.remove() }
        try project.write("Campaigns/d.md", Self.campaign)
        Thread.sleep(forTimeInterval: 1.2)
        func cacheFiles() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: project.url.appendingPathComponent(".niemyet/cache").path)
                .filter { !$0.hasPrefix(".") }.sorted()
        }
        #expect(try project.run("validate").status == 0)
        #expect(try cacheFiles() == ["records.pack"])
        let pack = try inode(project, Self.record)
        try project.write("Campaigns/d.md", Self.campaign.replacingOccurrences(of: "2021-07-01", with: "2021-07-02"))
        Thread.sleep(forTimeInterval: 1.2)
        let edited = try project.run("validate", "--format", "json")
        #expect(try cacheFiles() == ["file-d.record", "records.pack"])
        #expect(try inode(project, Self.record) == pack)
        #expect(try project.run("validate", "--format", "json").stdout == edited.stdout)
        try FileManager.default.removeItem(at: project.url.appendingPathComponent("Campaigns/d.md"))
        let removed = try project.run("validate", "--format", "json")
        #expect(removed.status == 0)
        #expect(try cacheFiles() == ["records.pack"])
        #expect(try inode(project, Self.record) != pack)
        // What the new pack holds reads the same as the files it was made from.
        try FileManager.default.removeItem(at: project.url.appendingPathComponent(".niemyet"))
        #expect(try project.run("validate", "--format", "json").stdout == removed.stdout)
    }

    @Test("a build from the cache writes the same site as a build without it")
    func cachedBuildIsIdentical() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        Thread.sleep(forTimeInterval: 1.2)
        let first = try project.run("build", "--clock", "2021-06-10", "--out", "uncached")
        #expect(first.status == 0, "\(first.output)")
        let records = try FileManager.default.contentsOfDirectory(
            atPath: project.url.appendingPathComponent(".niemyet/cache").path)
        #expect(!records.isEmpty)
        let inodes = try records.map { try inode(project, ".niemyet/cache/" + $0) }
        let second = try project.run("build", "--clock", "2021-06-10", "--out", "cached")
        #expect(second.status == 0, "\(second.output)")
        #expect(try records.map { try inode(project, ".niemyet/cache/" + $0) } == inodes)
        let uncached = try tree(project.url.appendingPathComponent("uncached"))
        let cached = try tree(project.url.appendingPathComponent("cached"))
        #expect(uncached.count > 10)
        #expect(Set(cached.keys) == Set(uncached.keys))
        for (path, data) in uncached where cached[path] != data {
            Issue.record("\(path) differs between the uncached and the cached build")
        }
    }

    @Test("a rebuild links unchanged posters from the previous site and prints the changed ones")
    func unchangedPostersAreReused() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        #expect(try project.run("build", "--clock", "2021-06-10").status == 0)
        let posters = try FileManager.default.subpathsOfDirectory(
            atPath: project.url.appendingPathComponent("public/posters").path
        ).filter { $0.hasSuffix(".pdf") }.map { "public/posters/" + $0 }
        #expect(posters.count > 4)
        let before = try Dictionary(uniqueKeysWithValues: posters.map { ($0, try inode(project, $0)) })
        let edited = "2021-thang-cao-diem-quan-12"
        let file = "Campaigns/\(edited)/campaign.md"
        try project.write(
            file, try project.read(file).replacingOccurrences(of: "title: Tháng cao điểm", with: "title: Đợt cao điểm"))
        #expect(try project.run("build", "--clock", "2021-06-10").status == 0)
        for poster in posters {
            let reused = try inode(project, poster) == before[poster]
            #expect(reused == !poster.contains(edited), "\(poster)")
        }
        let reprinted = try #require(posters.first { $0.contains(edited) })
        #expect(try Poppler.text(project.url.appendingPathComponent(reprinted)).contains("Đợt cao điểm"))
    }

    @Test("a campaign kept whole keeps its posters, yet one removed from the spare copy comes back and a new paper size reaches them all")
    func postersOfUnchangedCampaigns() throws {
        let project = try ProjectFolder.siteFixture()
        defer { project.remove() }
        let posters = ["phuong-a.pdf", "phuong-b.pdf", "tong-hop.pdf"].map { "public/posters/2024-thang-hanh-dong/" + $0 }
        func build(size: String = "A4") throws {
            let result = try project.run("build", "--clock", "2024-06-01", "--poster-size", size)
            #expect(result.status == 0, "\(result.output)")
        }
        Thread.sleep(forTimeInterval: 1.2)
        // The third build starts from the spare copy, with the campaign's key unchanged.
        for _ in 0..<3 { try build() }
        let before = try posters.map { try inode(project, $0) }
        try build()
        #expect(try posters.map { try inode(project, $0) } == before)

        // A poster taken out of the spare copy by hand is linked again, never published
        // missing.
        try FileManager.default.removeItem(
            at: project.url.appendingPathComponent(".niemyet/site-spare/public/posters/2024-thang-hanh-dong/phuong-a.pdf"))
        try build()
        #expect(project.exists(posters[0]))

        // The campaign is the same, its posters are not: each is printed on A3.
        try build(size: "A3")
        for poster in posters {
            let sizes = try Poppler.pageSizes(project.url.appendingPathComponent(poster))
            #expect(sizes.allSatisfy { abs($0.width - 842) < 1 && abs($0.height - 1191) < 1 }, "\(poster): \(sizes)")
        }
        try build()
        #expect(try project.matchesFreshBuild(clock: "2024-06-01"))
    }
}
