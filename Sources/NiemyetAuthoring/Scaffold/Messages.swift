import NiemyetCore

extension CampaignScaffold.Problem {
    /// What went wrong, in the reader's language, with what to do.
    public func message(in language: Language) -> String {
        let table = Messages.table(for: language)
        switch self {
        case .exists(let path): return table.label("authoring.exists", ["path": path])
        case .unitExists(let path): return table.label("authoring.unitExists", ["path": path])
        case .emptySlug: return table.label("authoring.emptySlug")
        case .unknownCampaign(let id): return table.label("authoring.unknownCampaign", ["campaign": id])
        case .invalidID(let id):
            return table.label("authoring.invalidID", ["value": id, "suggestion": Spelling.slug(id)])
        }
    }
}

/// Lines the authoring commands print, from the strings tables.
public enum AuthoringReport {
    public static func created(_ path: String, language: Language) -> String {
        let table = Messages.table(for: language)
        return table.label("authoring.created", ["path": path])
    }

    public static func imported(_ outcome: RegistrationImporter.Outcome, skippedBadRows: Bool, language: Language) -> String {
        let table = Messages.table(for: language)
        if outcome.written.isEmpty {
            let key = skippedBadRows ? "import.nothingWrittenSkipping" : "import.nothingWritten"
            return table.label(key, ["rows": table.count(outcome.rowsRead, "rows")])
        }
        return table.label("import.written",
            ["rows": table.count(outcome.rowsRead, "rows"), "files": table.count(outcome.written.count, "files")])
            + outcome.written.map { "\n  " + $0 }.joined()
    }
}
