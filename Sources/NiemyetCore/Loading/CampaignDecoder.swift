import Foundation
import Yams

/// Decodes one campaign: its front matter, body, `units/*.md` registrations and
/// `results.csv`. Names and turnarounds missing from a registration are taken from the
/// shared registries, so later stages see complete registrations.
struct CampaignDecoder {
    let loader: ProjectLoader
    let registry: Registry

    static let campaignKeys = [
        "title", "theme", "slogan", "summary", "courtesy", "organizer", "start", "end", "published",
        "eligibility", "activities", "units",
    ]
    static let eligibilityKeys = ["max_standard"]
    static let activityKeys = ["title", "start", "end", "summary"]
    static let registrationKeys = ["unit", "name", "block", "posting_url", "procedures"]
    static let procedureKeys = ["code", "name", "field", "standard", "reduced"]

    func campaign(
        _ source: ProjectLoader.CampaignSource, diagnostics: inout [Diagnostic], filesRead: inout Int
    ) -> Campaign? {
        filesRead += 1
        guard let (document, body) = loader.readFrontMatter(source.file, into: &diagnostics) else { return nil }
        return campaign(source, document: document, body: body, diagnostics: &diagnostics, filesRead: &filesRead)
    }

    /// Decodes a campaign whose front matter is already parsed; reads `units/` and
    /// `results.csv` only when the campaign is a folder.
    func campaign(
        _ source: ProjectLoader.CampaignSource, document: YAMLDocument, body: String,
        diagnostics: inout [Diagnostic], filesRead: inout Int
    ) -> Campaign? {
        if !Spelling.isSlug(source.id) {
            diagnostics.append(
                RegistryDecoder.invalidSlug(Located(source.id, at: .start(of: loader.display(source.folder ?? source.file)))))
        }
        guard let root = document.root else {
            diagnostics.append(
                Diagnostic(.missingKey, at: SourceLocation(file: document.file, line: 2, column: 1), ["key": "title"]))
            return nil
        }
        guard
            var reader = MappingReader(
                root, in: document, context: nil, knownKeys: Self.campaignKeys, diagnostics: &diagnostics)
        else { return nil }
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
        var registrations = reader.list("units").enumerated().compactMap { index, node in
            registration(
                node, defaultID: nil, context: "units[\(index + 1)]", document: document, body: nil,
                diagnostics: &diagnostics)
        }
        if let folder = source.folder {
            registrations += unitFiles(in: folder, diagnostics: &diagnostics, filesRead: &filesRead)
        }
        var results: [UnitResult] = []
        if let folder = source.folder {
            let relative = folder + "/results.csv"
            if FileManager.default.fileExists(atPath: loader.root.appendingPathComponent(relative).path) {
                filesRead += 1
                if let text = loader.readText(relative, into: &diagnostics) {
                    results = ResultsReader.read(text, diagnostics: &diagnostics)
                }
            }
        }
        guard let title, let organizer, let start, let end else { return nil }
        return Campaign(
            id: source.id, title: title.value, theme: reader.text("theme")?.value,
            slogan: reader.text("slogan")?.value, summary: reader.text("summary")?.value,
            courtesy: reader.text("courtesy")?.value, organizer: organizer.value, start: start, end: end,
            published: published?.value ?? start.value, maxStandard: maxStandard, activities: activities,
            registrations: registrations, bodyHTML: Markdown.html(body), results: results,
            source: .start(of: document.file))
    }

    private func activity(_ node: Node, index: Int, document: YAMLDocument, diagnostics: inout [Diagnostic]) -> Activity? {
        guard
            var reader = MappingReader(
                node, in: document, context: "activities[\(index + 1)]", knownKeys: Self.activityKeys,
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

    /// The registrations written as `units/<id>.md`, one unit a file.
    private func unitFiles(in folder: String, diagnostics: inout [Diagnostic], filesRead: inout Int) -> [Registration] {
        let unitsFolder = loader.root.appendingPathComponent(folder + "/units", isDirectory: true)
        guard loader.isDirectory(unitsFolder) else { return [] }
        var registrations: [Registration] = []
        for name in loader.children(of: unitsFolder) where name.hasSuffix(".md") {
            let relative = folder + "/units/" + name
            guard loader.staysInside(unitsFolder.appendingPathComponent(name), shownAs: relative, diagnostics: &diagnostics),
                let (document, body) = loader.readFrontMatter(relative, into: &diagnostics)
            else {
                filesRead += 1
                continue
            }
            filesRead += 1
            let id = Located(String(name.dropLast(3)), at: .start(of: document.file))
            guard let root = document.root else {
                diagnostics.append(
                    Diagnostic(.missingKey, at: SourceLocation(file: document.file, line: 2, column: 1), ["key": "procedures"]))
                continue
            }
            if let registration = registration(
                root, defaultID: id, context: nil, document: document, body: body, diagnostics: &diagnostics)
            {
                registrations.append(registration)
            }
        }
        return registrations
    }

    private func registration(
        _ node: Node, defaultID: Located<String>?, context: String?, document: YAMLDocument, body: String?,
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
            procedure(node, context: "procedures[\(index + 1)]", document: document, diagnostics: &diagnostics)
        }
        let trimmedBody = body?.trimmingWhitespace() ?? ""
        return Registration(
            unitID: id, name: name?.value ?? known?.name,
            block: block.map { Located(Block($0.value), at: $0.location) }
                ?? known?.block.map { Located($0, at: known?.source ?? reader.location) },
            postingURL: reader.text("posting_url") ?? known?.postingURL, procedures: procedures,
            bodyHTML: trimmedBody.isEmpty ? nil : Markdown.html(trimmedBody), source: reader.location)
    }

    private func procedure(_ node: Node, context: String, document: YAMLDocument, diagnostics: inout [Diagnostic])
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
