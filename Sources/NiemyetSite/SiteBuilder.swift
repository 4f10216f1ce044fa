import Foundation
import NiemyetCore
import Synchronization

/// How to build the site.
public struct SiteBuildOptions: Sendable {
    /// The folder to publish into, usually `<project>/public`.
    public var output: URL
    /// "Today" for running, upcoming and past: fixed by `--clock` for reproducible builds.
    public var today: LocalDate
    /// Whether unit and campaign pages link their posters (`SitePaths.poster`), which
    /// `writeExtraFiles` must then write.
    public var includePosters: Bool
    /// Writes more files (posters) into the staging folder given, while the pages are
    /// rendered (so it must not read them) and before the links are verified and the
    /// folder is published, and returns their paths relative to it; a thrown error stops
    /// the build. The folder may hold an earlier site's files (see
    /// `Staging`): replace them by new files or renames, never by writing through them.
    /// The second argument gives each campaign's key (see `SiteBuilder`) by id: a campaign
    /// whose key is the one an earlier build recorded has the same pages as then.
    public var writeExtraFiles: (@Sendable (URL, [String: String]) throws -> [String])?

    public init(
        output: URL, today: LocalDate, includePosters: Bool = false,
        writeExtraFiles: (@Sendable (URL, [String: String]) throws -> [String])? = nil
    ) {
        self.output = output
        self.today = today
        self.includePosters = includePosters
        self.writeExtraFiles = writeExtraFiles
    }
}

/// What a build did, for the one-line summary and `--verbose`.
public struct SiteBuildSummary: Sendable {
    public var output: URL
    /// Every HTML page of the site.
    public var pages: Int
    /// The pages rendered by this build (the others were unchanged and kept), sorted.
    public var renderedPages: [String]
    /// Every file published, pages included.
    public var files: Int
    /// Campaigns whose inputs were those of an earlier build: their pages and open data
    /// were kept without being planned again.
    public var unchangedCampaigns: Int

    public var reusedPages: Int { pages - renderedPages.count }

    /// For `--verbose`: "Chiến dịch không có gì thay đổi (giữ nguyên cả thư mục, không dựng
    /// lại): 3."
    public func unchangedLine(in language: Language) -> String {
        SiteLabels.table(for: language).fill("summary.unchanged", ["count": "\(unchangedCampaigns)"])
    }

    /// "Đã dựng trang web vào public: 17 trang (17 dựng mới, 0 giữ nguyên), 30 tệp."
    public func line(in language: Language, outputShownAs shown: String) -> String {
        SiteLabels.table(for: language).fill(
            "summary.built",
            [
                "out": shown, "pages": "\(pages)", "rendered": "\(renderedPages.count)",
                "reused": "\(reusedPages)", "files": "\(files)",
            ])
    }
}

/// Turns a validated project into the published notice site: renders the pages in
/// parallel into a staging folder (keeping pages whose inputs did not change), writes
/// feeds and open data, verifies every internal link, then swaps the folder in.
public enum SiteBuilder {
    public static func build(_ project: Project, options: SiteBuildOptions) throws(SiteBuildError) -> SiteBuildSummary {
        let content = SiteContent(
            project: project, today: options.today, report: CheckReport.read(projectRoot: project.root))
        // The site-wide values, worked out once: written into the templates, and folded
        // into every page's fingerprint.
        let site = PageBuilder.siteContext(of: content)
        let labels = PageBuilder.labelContext(of: content)
        // The procedures are grouped on another thread while the templates are read: each
        // would otherwise leave a core idle.
        let grouping = DispatchGroup()
        let grouped = Mutex(RegisteredProcedures([]))
        DispatchQueue.global().async(group: grouping) {
            let registered = RegisteredProcedures(content.campaigns)
            grouped.withLock { $0 = registered }
        }
        let loadedTheme = Result { () throws(SiteBuildError) in
            try Theme.load(for: project, constants: ["labels": labels, "site": site])
        }
        grouping.wait()
        let theme = try loadedTheme.get()
        let builder = PageBuilder(
            content: content, includePosters: options.includePosters, registered: grouped.withLock { $0 })
        let output = options.output.standardizedFileURL
        let staging = try Staging.begin(output: output)
        do {
            let summary = try write(
                builder, theme: theme, site: site, labels: labels, options: options, output: output, staging: staging)
            try staging.publish()
            return summary
        } catch {
            staging.discard()
            throw error
        }
    }

    /// Prepares the copy of the site in `output` that the next build starts from, now
    /// rather than during that build (see `Staging.prepareSpare`); no build of `output`
    /// may run meanwhile.
    public static func prepareSpare(for output: URL) {
        Staging.prepareSpare(for: output.standardizedFileURL)
    }

    /// Where an unchanged campaign's pages are taken from.
    private enum Origin: Sendable {
        /// The recycled staging folder, which holds them already.
        case spare
        /// The published site, from which they are linked.
        case published
    }

    /// What a campaign's pages and open data are made from, as one key: its source digest
    /// (what its files decoded to), what its units take from `units.yaml`, its status on
    /// the build's day, its units' check results, the niemyet binary that lays the pages
    /// out, and what every page shares (`shared`: theme, site values, labels, posters).
    /// Nil when the source digest is unknown: the campaign's pages are then planned.
    private static func campaignKey(_ entry: CampaignEntry, content: SiteContent, shared: Fingerprint) -> String? {
        guard let digest = entry.sourceDigest, let binary = RunningBinary.stamp else { return nil }
        var key = shared
        key.combine(binary)
        key.combine(digest)
        key.combine(entry.status.rawValue)
        key.combine(content.settings.baseURL)
        key.combine(content.settings.language.rawValue)
        key.combine(content.checkedAt?.iso ?? "-")
        // Read in place, by index: a `for` loop copies each unit whole to read a few fields.
        let units = entry.units
        for unit in units.indices {
            key.combine(units[unit].name)
            for field in [units[unit].block?.id, units[unit].postingURL, units[unit].address, units[unit].phone] {
                key.combine(field ?? "\u{0}")
            }
            key.combine(units[unit].check.map { "\($0.status ?? "-") \($0.httpStatus.map(String.init) ?? "-")" } ?? "-")
        }
        return key.hex
    }

    /// One page's outcome.
    private struct PageOutcome: Sendable {
        var path: String
        /// Nil for a page of a campaign carried over whole from the spare copy, whose
        /// section of the manifest is copied as it is.
        var entry: Manifest.Entry?
        var rendered: Bool
        /// Kept from the spare copy, whose manifest gave the page the same fingerprint.
        var fromSpare = false
    }

    /// What `manifest` says of the pages and files in the sections that are read: the
    /// site's and those of the campaigns `parts` names (each read on its own thread).
    private static func known(in manifest: Manifest, parts: [String]) -> Manifest.Section {
        let sections = Mutex([Manifest.Section](repeating: Manifest.Section(), count: parts.count))
        DispatchQueue.concurrentPerform(iterations: parts.count) { index in
            guard let section = manifest.campaigns[parts[index]]?.section else { return }
            sections.withLock { $0[index] = section }
        }
        var known = manifest.site
        for section in sections.withLock({ $0 }) {
            known.entries.merge(section.entries) { first, _ in first }
            known.files.formUnion(section.files)
        }
        return known
    }

    private static func write(
        _ builder: PageBuilder, theme: Theme, site: [String: String], labels: [String: String], options: SiteBuildOptions,
        output: URL, staging: Staging
    ) throws(SiteBuildError) -> SiteBuildSummary {
        let content = builder.content
        let files = OutputFiles(root: staging.folder)
        let pages = builder.pages

        // What every page shares; a change here re-renders every page.
        var shared = Fingerprint()
        shared.combine(theme.fingerprint)
        shared.combine(context: site)
        shared.combine(context: labels)
        shared.combine(options.includePosters ? "posters" : "no-posters")
        let sharedFingerprint = shared

        // Jobs that need no rendered page, side by side: the pages' paths (checked for
        // clashes, then listed in the sitemap), the published site's manifest, the manifest
        // of what a recycled staging folder already holds, each campaign's key, and the
        // files that are not pages (feed, open data index, assets), each of which would
        // otherwise be the one job the others wait for.
        let read = Mutex(SideJobs())
        DispatchQueue.concurrentPerform(iterations: 6) { job in
            switch job {
            case 0:
                // The longest job, started first.
                let paths = pages.map(builder.path(of:))
                let (clashes, pathSet) = builder.clashes(pages, paths: paths)
                let sitemap = clashes.isEmpty ? Feeds.sitemap(paths: paths, baseURL: content.settings.baseURL) : []
                read.withLock {
                    $0.paths = (paths, pathSet, clashes)
                    $0.others[1] = [("sitemap.xml", sitemap)]
                }
            case 1:
                let previous = Manifest.read(from: output)
                read.withLock { $0.previous = previous }
            case 2:
                guard staging.recycled else { return }
                let spare = Manifest.read(from: staging.folder)
                read.withLock { $0.spare = spare }
            case 3:
                let keys = content.campaigns.map { campaignKey($0, content: content, shared: sharedFingerprint) }
                read.withLock { $0.keys = keys }
            case 4:
                let feed = Array(Feeds.atom(content).utf8)
                read.withLock { $0.others[0] = [("feed.xml", feed)] }
            default:
                var others: [(String, [UInt8])] = []
                for name in theme.assets.keys.sorted() { others.append(("assets/" + name, Array(theme.assets[name] ?? Data()))) }
                others.append(("robots.txt", Array(Feeds.robots(baseURL: content.settings.baseURL).utf8)))
                others.append(("data/campaigns.json", JSONText.data(OpenData.index(content))))
                read.withLock { $0.others[2] = others }
            }
        }
        let (previous, spare, keys, parts) = read.withLock { ($0.previous, $0.spare, $0.keys, $0.others) }
        let (pagePaths, pathSet, clashes) = read.withLock { $0.paths }
        if !clashes.isEmpty { throw SiteBuildError(clashes) }
        let others = Array(parts.joined())
        let dataPaths = content.campaigns.map { SitePaths.data($0.id) }
        // Page folders are made by each page's thread; here only the folders above them.
        try files.makeFolders(for: pagePaths, ownFolders: false)
        try files.makeFolders(for: others.map(\.0) + dataPaths)

        // Campaigns whose key is the one recorded by the build that made the spare copy or
        // the published site keep their pages and open data from there, unplanned.
        let kept: [Origin?] = keys.enumerated().map { index, key in
            guard let key else { return nil }
            let id = content.campaigns[index].id
            if spare.campaigns[id]?.key == key { return .spare }
            if previous.campaigns[id]?.key == key { return .published }
            return nil
        }
        // Campaigns carried over whole from the spare copy are not read from its manifest;
        // those of every other campaign are, and in the published site's those of
        // campaigns still in the project.
        let carried = Set(content.campaigns.indices.compactMap { kept[$0] == .spare ? content.campaigns[$0].id : nil })
        let present = Set(content.campaigns.map(\.id))
        let spareKnown = known(in: spare, parts: spare.campaigns.keys.filter { !carried.contains($0) })
        let previousKnown = known(
            in: previous, parts: previous.campaigns.keys.filter { present.contains($0) && !carried.contains($0) })
        // Whether a file of an unchanged campaign is in the staging folder: there already
        // when it comes with the spare copy (and no one removed it from there), else linked
        // from the published site.
        let published = OutputFiles(root: output)
        let keep = { @Sendable (path: String, origin: Origin) -> Bool in
            switch origin {
            case .spare: files.exists(path)
            case .published:
                previousKnown.files.contains(path) && (try? files.makeFolder(of: path)) != nil
                    && files.reuse(published.full(path), as: path)
            }
        }

        let basePath = builder.basePath
        let outcomes = Mutex([PageOutcome?](repeating: nil, count: pages.count))
        let failures = Mutex([SiteBuildError]())
        let campaignKeys = Dictionary(
            zip(content.campaigns, keys).compactMap { entry, key in key.map { (entry.id, $0) } },
            uniquingKeysWith: { first, _ in first })
        let folder = staging.folder
        // Extra files (posters) are written beside the pages, not after them: they share
        // no file, and the one long page of a rebuild (a procedure's, on a large site) leaves
        // a core idle meanwhile. They run as a block of their own, not as one iteration of an
        // apply around the pages: libdispatch runs an apply nested in another on a single
        // thread, which had made both the pages and the posters serial.
        let extraFiles = ExtraFiles()
        let extrasDone = DispatchGroup()
        if let writeExtraFiles = options.writeExtraFiles {
            DispatchQueue.global().async(group: extrasDone) {
                do {
                    let written = try writeExtraFiles(folder, campaignKeys)
                    extraFiles.result.withLock { $0 = .success(written) }
                } catch {
                    extraFiles.result.withLock { $0 = .failure(.writeFailed(output.path, "\(error)")) }
                }
            }
        }
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let page = pages[index]
            let path = pagePaths[index]
            if let campaign = page.campaign, let origin = kept[campaign],
                origin == .spare || previousKnown.entries[path] != nil, keep(path, origin)
            {
                let entry = origin == .spare ? nil : previousKnown.entries[path]
                outcomes.withLock { $0[index] = PageOutcome(path: path, entry: entry, rendered: false) }
                return
            }
            let template = builder.template(of: page)
            var fingerprint = sharedFingerprint
            fingerprint.combine(template)
            var context: [String: Any]?
            if !builder.combineInputs(of: page, into: &fingerprint) {
                let built = builder.context(for: page)
                fingerprint.combine(context: built)
                context = built
            }
            let digest = fingerprint.hex
            if let kept = spareKnown.entries[path], kept.fingerprint == digest, files.exists(path) {
                outcomes.withLock { $0[index] = PageOutcome(path: path, entry: kept, rendered: false, fromSpare: true) }
                return
            }
            if let kept = previousKnown.entries[path], kept.fingerprint == digest, (try? files.makeFolder(of: path)) != nil,
                files.reuse(published.full(path), as: path)
            {
                outcomes.withLock { $0[index] = PageOutcome(path: path, entry: kept, rendered: false) }
                return
            }
            let html = theme.render(
                template, PageBuilder.complete(context ?? builder.context(for: page), site: site, labels: labels))
            do throws(SiteBuildError) {
                try files.makeFolder(of: path)
                try files.write(html, to: path)
            } catch {
                failures.withLock { $0.append(error) }
                return
            }
            let targets = LinkCheck.targets(in: html, page: path, basePath: basePath)
            outcomes.withLock {
                $0[index] = PageOutcome(path: path, entry: Manifest.Entry(fingerprint: digest, targets: targets), rendered: true)
            }
        }
        // Each campaign's open data, in parallel too: serializing JSON is not cheap.
        DispatchQueue.concurrentPerform(iterations: content.campaigns.count) { index in
            if let origin = kept[index], keep(dataPaths[index], origin) { return }
            let document = OpenData.campaign(content.campaigns[index], content: content, includePosters: options.includePosters)
            do throws(SiteBuildError) {
                try files.write(JSONText.data(document), to: dataPaths[index])
            } catch {
                failures.withLock { $0.append(error) }
            }
        }
        extrasDone.wait()
        if let failure = failures.withLock({ $0.first }) { throw failure }
        let extras = try extraFiles.result.withLock { $0 }.get()
        var everything = pathSet
        everything.formUnion(others.map(\.0) + dataPaths + extras)

        // Every internal link and asset must be a file of the site. A campaign carried over
        // whole, or a page kept from the spare copy with the same fingerprint, was checked by
        // the build that made it, against a site that had no file this one lacks (unless the
        // spare's sections read show one gone: then it is read too). The site's own pages
        // kept so (a procedure's links to thousands of units) were most of a rebuild's
        // checks.
        let spareIntact = spareKnown.files.isSubset(of: everything)
        let results = outcomes.withLock { $0 }
        let index = Dictionary(content.campaigns.indices.map { (content.campaigns[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        // A campaign carried over whole keeps its section as the spare's manifest has it.
        let whole = content.campaigns.indices.map { kept[$0] == .spare && spare.campaigns[content.campaigns[$0].id] != nil }
        var sections = [Manifest.Section](repeating: Manifest.Section(), count: content.campaigns.count)
        var siteSection = Manifest.Section()
        var checked: [(page: Int?, path: String, entry: Manifest.Entry)] = []
        for (number, outcome) in results.enumerated() {
            guard let outcome else { continue }
            let campaign = pages[number].campaign
            guard let entry = outcome.entry else { continue }
            if let campaign { sections[campaign].entries[outcome.path] = entry } else { siteSection.entries[outcome.path] = entry }
            if !(outcome.fromSpare && spareIntact) { checked.append((number, outcome.path, entry)) }
        }
        for (number, path) in pagePaths.enumerated() {
            if let campaign = pages[number].campaign {
                if !whole[campaign] { sections[campaign].files.insert(path) }
            } else {
                siteSection.files.insert(path)
            }
        }
        for (number, path) in dataPaths.enumerated() where !whole[number] { sections[number].files.insert(path) }
        for path in others.map(\.0) { siteSection.files.insert(path) }
        for path in extras {
            // Posters are `posters/<campaign>/...`.
            let parts = path.split(separator: "/", maxSplits: 2)
            if parts.count == 3, parts[0] == "posters", let campaign = index[String(parts[1])] {
                if !whole[campaign] { sections[campaign].files.insert(path) }
            } else {
                siteSection.files.insert(path)
            }
        }
        var manifest = Manifest()
        manifest.site = siteSection
        lazy var pageOfPath = Dictionary(pagePaths.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for (number, entry) in content.campaigns.enumerated() {
            if whole[number], let part = spare.campaigns[entry.id] {
                manifest.campaigns[entry.id] = part
                if !spareIntact {
                    for (path, page) in part.section.entries { checked.append((pageOfPath[path], path, page)) }
                }
            } else {
                manifest.campaigns[entry.id] = Manifest.Part(key: keys[number] ?? "", section: sections[number])
            }
        }
        // The manifest (a few milliseconds to lay out and write) is written beside the
        // files that are not pages, the removals and the link check, which leave it alone; a
        // failed check discards it with the staging folder.
        let finished = manifest
        let manifestWritten = DispatchGroup()
        let manifestFailure = Mutex<SiteBuildError?>(nil)
        DispatchQueue.global().async(group: manifestWritten) {
            do throws(SiteBuildError) {
                try files.write(finished.bytes, to: Manifest.fileName)
            } catch {
                manifestFailure.withLock { $0 = error }
            }
        }
        defer { manifestWritten.wait() }

        for (path, bytes) in others { try files.write(bytes, to: path) }
        // A recycled folder loses what the new site no longer has before links are checked.
        // Filtered, not `subtracting`: the spare's few files are looked up in the large set,
        // rather than the other way round.
        try files.remove(spareKnown.files.filter { !everything.contains($0) })
        if staging.recycled {
            files.removeOthers(keepingTopLevelOf: [pagePaths, others.map(\.0), dataPaths, extras].joined(), and: Manifest.fileName)
        }
        var broken: [Diagnostic] = []
        for (number, path, entry) in checked {
            for target in entry.targets where !everything.contains(target) && !files.exists(target) {
                let location = number.flatMap { builder.source(of: pages[$0]) } ?? .start(of: output.appendingPathComponent(path).path)
                broken.append(Diagnostic(.siteBrokenLink, at: location, ["page": .text(path), "target": .text(target)]))
            }
        }
        if !broken.isEmpty { throw SiteBuildError(broken.sortedForDisplay()) }
        manifestWritten.wait()
        if let failure = manifestFailure.withLock({ $0 }) { throw failure }

        // Hidden bookkeeping files (the posters' manifest) are not counted as the site's.
        // Only the files that are not pages can be hidden: pages and open data are named
        // after ids, which are slugs.
        let hidden = Set(others.map(\.0) + extras).count { SitePaths.name(of: $0).utf8.first == UInt8(ascii: ".") }
        let shown = everything.count - hidden
        return SiteBuildSummary(
            output: output, pages: pages.count,
            renderedPages: results.compactMap { $0?.rendered == true ? $0?.path : nil }.sorted(),
            files: shown, unchangedCampaigns: kept.count { $0 != nil })
    }
}

/// What the side jobs of a build hand back: the published site's manifest, the spare
/// copy's, each campaign's key, the pages' paths, and the files that are not pages (feed,
/// sitemap, the rest).
/// A struct, not a tuple: ThreadSanitizer's suppression of `Mutex` hand-overs (see
/// Fuzz/tsan.supp) knows a `withLock` body by its `inout sending` parameter, which a
/// tuple's is not mangled with.
private struct SideJobs: Sendable {
    var previous = Manifest()
    var spare = Manifest()
    var keys: [String?] = []
    /// Every page's path, in the order of the pages, the same as a set, and the pages that
    /// clash.
    var paths: ([String], Set<String>, [Diagnostic]) = ([], [], [])
    var others = [[(String, [UInt8])]](repeating: [], count: 3)
}

/// What the extra files' writer returned, handed over from the block that ran it.
private final class ExtraFiles: Sendable {
    let result = Mutex<Result<[String], SiteBuildError>>(.success([]))
}
