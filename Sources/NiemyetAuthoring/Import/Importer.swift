import Foundation
import NiemyetCore

/// `niemyet import registrations`: reads a spreadsheet into a campaign's `units/*.md`,
/// writing nothing unless every row is good (or the caller skips bad rows).
public struct RegistrationImporter: Sendable {
    public struct Outcome: Sendable {
        /// Every problem found, for every row.
        public var diagnostics: [Diagnostic]
        /// The files written, relative to the project folder (empty when nothing was written).
        public var written: [String]
        public var rowsRead: Int
    }

    public let projectPath: String
    public let campaignID: String
    public let skipBadRows: Bool
    public let replace: Bool

    public init(projectPath: String, campaignID: String, skipBadRows: Bool = false, replace: Bool = false) {
        self.projectPath = projectPath
        self.campaignID = campaignID
        self.skipBadRows = skipBadRows
        self.replace = replace
    }

    /// Imports `file` (shown in messages as `shownAs`).
    public func run(file: URL, shownAs: String) -> Outcome {
        let loaded = ProjectLoader(path: projectPath).load()
        let project = loaded.project
        guard let campaign = project.campaigns.first(where: { $0.id == campaignID }) else {
            return Outcome(
                diagnostics: [Diagnostic(.importUnknownCampaign, at: .start(of: shownAs), ["campaign": .text(campaignID)])],
                written: [], rowsRead: 0)
        }
        let folder = "Campaigns/\(campaignID)"
        guard campaign.source.file.hasSuffix("/campaign.md") else {
            return Outcome(
                diagnostics: [Diagnostic(.importSingleFileCampaign, at: campaign.source, ["campaign": .text(campaignID)])],
                written: [], rowsRead: 0)
        }
        let sheet: Spreadsheet
        switch Spreadsheet.read(file, shownAs: shownAs) {
        case .success(let read): sheet = read
        case .failure(let diagnostic): return Outcome(diagnostics: [diagnostic], written: [], rowsRead: 0)
        }
        let importer = RegistrationImport(project: project, campaign: campaign, file: shownAs)
        var (units, diagnostics) = importer.registrations(from: sheet)

        // A unit already registered in the campaign is not registered twice.
        let registered = Dictionary(
            campaign.registrations.map { ($0.unitID.value, $0.unitID.location) }, uniquingKeysWith: { first, _ in first })
        units = units.filter { unit in
            guard let existing = registered[unit.id] else { return true }
            let isOwnFile = existing.file.hasSuffix("/units/\(unit.id).md")
            if replace && isOwnFile { return true }
            diagnostics.append(
                Diagnostic(
                    .importUnitAlreadyRegistered,
                    at: SourceLocation(file: shownAs, line: unit.firstRow, column: 1),
                    ["unit": .text(unit.id), "first": .text(existing.description)]))
            return false
        }
        let rowsRead = sheet.rows.count
        if diagnostics.hasErrors && !skipBadRows {
            return Outcome(diagnostics: diagnostics.sortedForDisplay(), written: [], rowsRead: rowsRead)
        }
        // Render every file first; write only when all rendered.
        var files: [(String, String)] = []
        for unit in units {
            do {
                files.append(
                    ("\(folder)/units/\(unit.id).md", try RegistrationFile.text(for: unit, source: file.lastPathComponent)))
            } catch {
                diagnostics.append(
                    Diagnostic(.fileUnreadable, at: .start(of: shownAs), ["reason": .text("\(error)")]))
            }
        }
        var written: [String] = []
        for (relative, text) in files {
            let url = project.root.appendingPathComponent(relative)
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .atomic)
                written.append(relative)
            } catch {
                diagnostics.append(Diagnostic(.fileUnreadable, at: .start(of: relative), ["reason": .text("\(error)")]))
            }
        }
        return Outcome(diagnostics: diagnostics.sortedForDisplay(), written: written, rowsRead: rowsRead)
    }
}
