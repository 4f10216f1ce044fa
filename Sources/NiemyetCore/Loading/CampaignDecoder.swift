import Foundation

/// Decodes one campaign: its front matter, body, `units/*.md` registrations and
/// `results.csv`. Names and turnarounds missing from a registration are taken from the
/// shared registries, so later stages see complete registrations.
struct CampaignDecoder {
    let loader: ProjectLoader
    let registry: Registry
    /// Where decoded files are kept between runs; nil to decode every file.
    let cache: LoadCache?

    static let campaignKeys = [
        "title", "theme", "slogan", "summary", "courtesy", "organizer", "start", "end", "published",
        "eligibility", "activities", "units",
    ]
    static let eligibilityKeys = ["max_standard"]
    static let activityKeys = ["title", "start", "end", "summary"]
    static let registrationKeys = ["unit", "name", "block", "posting_url", "procedures"]
    static let procedureKeys = ["code", "name", "field", "standard", "reduced"]

    /// The campaign written at `source` with its unit files and results, read through
    /// `cache` when there is one: only files whose stamp changed are decoded again.
    /// `digest` is set to a digest of what each of its files decoded to (see
    /// `Project.sourceDigests`).
    /// `outcome` is set to the record to keep for it (nil without a cache); the record goes
    /// straight into `pack` when there is one.
    func campaign(
        _ source: ProjectLoader.CampaignSource, stored: StoredRecords, pack: PackWriter?, diagnostics: inout [Diagnostic],
        filesRead: inout Int, digest: inout String, outcome: inout RecordOutcome?
    ) -> Campaign? {
        let name = cache == nil ? nil : LoadCache.name(of: source)
        let found = name.flatMap { cache?.record(named: $0, in: stored) }
        let old = found?.record
        var record = CampaignRecord(context: cache?.context ?? "")
        var changed = old == nil
        var fingerprint = Fingerprint()
        defer {
            if let name {
                var bytes = changed ? .memory(LoadCache.encode(record)) : found?.bytes ?? .memory([])
                if let pack, case .memory(let kept) = bytes {
                    pack.append(name, kept)
                    bytes = .written
                }
                outcome = RecordOutcome(name: name, bytes: bytes, changed: changed)
            }
            digest = fingerprint.hex
        }

        filesRead += 1
        let (head, headEntry) = lookup(source.file, in: old?.head, changed: &changed) { local in
            self.head(source, diagnostics: &local)
        }
        record.head = headEntry
        fingerprint.combine(head.digest)
        diagnostics += head.diagnostics
        guard head.value.readsUnits else { return nil }

        var registrations: [Registration] = []
        if let folder = source.folder {
            let unitsFolder = OpenFolder(path: loader.path(of: folder + "/units"))
            let names = unitsFolder?.names().filter { $0.hasSuffix(".md") } ?? []
            record.units.reserveCapacity(names.count)
            registrations.reserveCapacity(names.count)
            // The old record's entries and the folder's names are both in name order: the
            // entry of each name is found by walking the two side by side.
            let kept = old?.units ?? []
            var next = kept.startIndex
            for name in names {
                filesRead += 1
                // Entries before this name are of files gone since.
                while next < kept.endIndex, kept[next].name < name {
                    next += 1
                    changed = true
                }
                // One lstat answers both questions for a plain file: it stays inside, and
                // its stamp for the cache.
                let status = unitsFolder?.status(of: name)
                let plain = status.map { $0.st_mode & S_IFMT == S_IFREG } ?? false
                guard plain || loader.staysInside(folder + "/units/" + name, diagnostics: &diagnostics) else { continue }
                let stamp = plain ? status.map(FileStamp.init) : nil
                let entry = next < kept.endIndex && kept[next].name == name ? kept[next] : nil
                if entry != nil { next += 1 }
                // A file unchanged since its record: its stored value is used as it is.
                if let stamp, let entry, entry.stamp == stamp, let (value, problems) = entry.decoded() {
                    fingerprint.combine(name)
                    fingerprint.combine(entry.digest)
                    diagnostics += problems
                    if let value { registrations.append(value) }
                    record.units.append(entry)
                    continue
                }
                let relative = folder + "/units/" + name
                let (unit, decoded) = lookup(relative, stamp: stamp, in: nil, changed: &changed) { local in
                    unitFile(relative, name: name, diagnostics: &local)
                }
                if let decoded { record.units.append(UnitRecord(name: name, file: decoded)) }
                fingerprint.combine(name)
                fingerprint.combine(unit.digest)
                diagnostics += unit.diagnostics
                if let registration = unit.value { registrations.append(registration) }
            }
            // A unit file of the old record is gone, or was skipped this time.
            if next < kept.endIndex { changed = true }
        }

        var results: [UnitResult] = []
        if let folder = source.folder {
            let relative = folder + "/results.csv"
            if FileManager.default.fileExists(atPath: loader.root.appendingPathComponent(relative).path) {
                filesRead += 1
                let (read, entry) = lookup(relative, in: old?.results, changed: &changed) { local in
                    loader.readText(relative, into: &local).map { ResultsReader.read($0, diagnostics: &local) } ?? []
                }
                record.results = entry
                fingerprint.combine("results")
                fingerprint.combine(read.digest)
                diagnostics += read.diagnostics
                results = read.value
            } else if old?.results != nil {
                changed = true
            }
        }
        guard var campaign = head.value.campaign else { return nil }
        campaign.registrations += registrations
        campaign.results = results
        return campaign
    }

    /// Decodes the file at `relative` with `decode`, or takes its cached result.
    private func lookup<Value>(
        _ relative: String, stamp: FileStamp? = nil, in cached: CachedFile<Value>?, changed: inout Bool,
        decode: (inout [Diagnostic]) -> Value
    ) -> (decoded: Decoded<Value>, entry: CachedFile<Value>?) {
        guard let cache else {
            var local: [Diagnostic] = []
            let value = decode(&local)
            return (Decoded(value, local), nil)
        }
        return cache.lookup(loader.path(of: relative), stamp: stamp, in: cached, changed: &changed, decode: decode)
    }

    /// The campaign's front matter and body, with its inline registrations only.
    private func head(_ source: ProjectLoader.CampaignSource, diagnostics: inout [Diagnostic]) -> CampaignHead {
        guard let (document, body) = loader.readFrontMatter(source.file, into: &diagnostics) else {
            return CampaignHead(readsUnits: false, campaign: nil)
        }
        return head(source, document: document, body: body, diagnostics: &diagnostics)
    }

    /// The campaign's parsed front matter and body, with its inline registrations only.
    func head(
        _ source: ProjectLoader.CampaignSource, document: YAMLDocument, body: String, diagnostics: inout [Diagnostic]
    ) -> CampaignHead {
        if !Spelling.isSlug(source.id) {
            diagnostics.append(
                RegistryDecoder.invalidSlug(Located(source.id, at: .start(of: loader.display(source.folder ?? source.file)))))
        }
        guard let root = document.root else {
            diagnostics.append(
                Diagnostic(.missingKey, at: SourceLocation(file: document.file, line: 2, column: 1), ["key": "title"]))
            return CampaignHead(readsUnits: false, campaign: nil)
        }
        guard
            var reader = MappingReader(
                root, in: document, context: nil, knownKeys: Self.campaignKeys, diagnostics: &diagnostics)
        else { return CampaignHead(readsUnits: false, campaign: nil) }
        defer { diagnostics += reader.diagnostics }

        let title = reader.text("title", required: true)
        let organizer = reader.text("organizer", required: true)
        let start = reader.date("start", required: true)
        let end = reader.date("end", required: true)
        let published = reader.date("published")
        var maxStandard: Located<Turnaround>? = nil
        if let node = reader.value("eligibility"),
            var eligibility = MappingReader(
                node, in: document, context: "eligibility", knownKeys: Self.eligibilityKeys, diagnostics: &diagnostics)
        {
            maxStandard = eligibility.turnaround("max_standard")
            diagnostics += eligibility.diagnostics
        }
        let activities = reader.list("activities").enumerated().compactMap { index, node in
            activity(node, index: index, document: document, diagnostics: &diagnostics)
        }
        let registrations = reader.list("units").enumerated().compactMap { index, node in
            registration(
                node, defaultID: nil, context: MappingContext("units", item: index + 1), document: document, body: nil,
                diagnostics: &diagnostics)
        }
        guard let title, let organizer, let start, let end else { return CampaignHead(readsUnits: true, campaign: nil) }
        let campaign = Campaign(
            id: source.id, title: title.value, theme: reader.text("theme")?.value,
            slogan: reader.text("slogan")?.value, summary: reader.text("summary")?.value,
            courtesy: reader.text("courtesy")?.value, organizer: organizer.value, start: start, end: end,
            published: published?.value ?? start.value, maxStandard: maxStandard, activities: activities,
            registrations: registrations, bodyHTML: Markdown.html(body), results: [],
            source: .start(of: document.file))
        return CampaignHead(readsUnits: true, campaign: campaign)
    }

    private func activity(_ node: YAMLNode, index: Int, document: YAMLDocument, diagnostics: inout [Diagnostic]) -> Activity? {
        guard
            var reader = MappingReader(
                node, in: document, context: MappingContext("activities", item: index + 1), knownKeys: Self.activityKeys,
                diagnostics: &diagnostics)
        else { return nil }
        defer { diagnostics += reader.diagnostics }
        let title = reader.text("title", required: true)
        let start = reader.date("start")
        let end = reader.date("end")
        let summary = reader.text("summary")
        guard let title else { return nil }
        return Activity(
            title: title.value, start: start, end: end, summaryHTML: summary.map { Markdown.html($0.value) },
            source: reader.location)
    }

    /// The registration written as `units/<id>.md`, one unit a file.
    private func unitFile(_ relative: String, name: String, diagnostics: inout [Diagnostic]) -> Registration? {
        guard let (document, body) = loader.readFrontMatter(relative, into: &diagnostics) else { return nil }
        let id = Located(String(name.dropLast(3)), at: .start(of: document.file))
        guard let root = document.root else {
            diagnostics.append(
                Diagnostic(.missingKey, at: SourceLocation(file: document.file, line: 2, column: 1), ["key": "procedures"]))
            return nil
        }
        return registration(root, defaultID: id, context: nil, document: document, body: body, diagnostics: &diagnostics)
    }

    private func registration(
        _ node: YAMLNode, defaultID: Located<String>?, context: MappingContext?, document: YAMLDocument, body: String?,
        diagnostics: inout [Diagnostic]
    ) -> Registration? {
        guard
            var reader = MappingReader(
                node, in: document, context: context, knownKeys: Self.registrationKeys, diagnostics: &diagnostics)
        else { return nil }
        defer { diagnostics += reader.diagnostics }
        let explicitID = reader.text("unit", required: defaultID == nil)
        guard let id = explicitID ?? defaultID else { return nil }
        if !Spelling.isSlug(id.value) { reader.report(RegistryDecoder.invalidSlug(id)) }
        let known = registry.unitsByID[id.value]
        let name = reader.text("name")
        let block = reader.text("block")
        if let block { RegistryDecoder.reportUnknownBlock(block, into: &reader) }
        let procedureNodes = reader.list("procedures")
        let procedures = procedureNodes.enumerated().compactMap { index, node in
            procedure(node, context: MappingContext("procedures", item: index + 1), document: document, diagnostics: &diagnostics)
        }
        let trimmedBody = body?.trimmingWhitespace() ?? ""
        return Registration(
            unitID: id, name: name?.value ?? known?.name,
            block: block.map { Located(Block($0.value), at: $0.location) }
                ?? known?.block.map { Located($0, at: known?.source ?? reader.location) },
            postingURL: reader.text("posting_url") ?? known?.postingURL, procedures: procedures,
            bodyHTML: trimmedBody.isEmpty ? nil : Markdown.html(trimmedBody), source: reader.location)
    }

    private func procedure(_ node: YAMLNode, context: MappingContext, document: YAMLDocument, diagnostics: inout [Diagnostic])
        -> RegisteredProcedure?
    {
        guard
            var reader = MappingReader(
                node, in: document, context: context, knownKeys: Self.procedureKeys, diagnostics: &diagnostics)
        else { return nil }
        defer { diagnostics += reader.diagnostics }
        let code = reader.text("code")
        let catalogued = code.flatMap { registry.proceduresByCode[$0.value] }
        let name = reader.text("name", required: catalogued == nil)
        let field = reader.text("field")
        let standard = reader.turnaround("standard")
        let reduced = reader.turnaround("reduced", required: true)
        guard let name = name?.value ?? catalogued?.name else { return nil }
        return RegisteredProcedure(
            code: code, name: name, field: field?.value ?? catalogued?.field,
            standard: standard ?? catalogued?.standard, reduced: reduced, source: reader.location)
    }
}
