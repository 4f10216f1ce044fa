/// The stable identifier of each kind of problem, printed as `[code]` and in JSON.
///
/// Codes never change with the language, so scripts and tests can rely on them.
public enum DiagnosticCode: String, CaseIterable, Sendable, Hashable, Codable {
    // Reading files
    case projectNotFound = "project-not-found"
    case campaignsFolderMissing = "campaigns-folder-missing"
    case missingCampaignFile = "missing-campaign-file"
    case fileUnreadable = "file-unreadable"
    case fileTooLarge = "file-too-large"
    case invalidUTF8 = "invalid-utf8"
    case frontMatterMissing = "front-matter-missing"
    case frontMatterUnclosed = "front-matter-unclosed"
    case yamlSyntax = "yaml-syntax"
    case yamlTooDeep = "yaml-too-deep"
    case yamlTooLarge = "yaml-too-large"
    case duplicateKey = "duplicate-key"
    case symlinkOutside = "symlink-outside-project"

    // Shape of the front matter
    case missingKey = "missing-key"
    case unknownKey = "unknown-key"
    case expectedText = "expected-text"
    case expectedList = "expected-list"
    case expectedMapping = "expected-mapping"

    // Values
    case invalidDate = "invalid-date"
    case endBeforeStart = "end-before-start"
    case activityOutsideCampaign = "activity-outside-campaign"
    case invalidTurnaround = "invalid-turnaround"
    case reducedNotShorter = "reduced-not-shorter"
    case standardAboveMaximum = "standard-above-maximum"
    case standardDisagreesWithCatalogue = "standard-disagrees-with-catalogue"
    case unknownUnit = "unknown-unit"
    case unknownProcedureCode = "unknown-procedure-code"
    case duplicateUnit = "duplicate-unit"
    case duplicateProcedure = "duplicate-procedure"
    case invalidPostingURL = "invalid-posting-url"
    case postingFileMissing = "posting-file-missing"
    case invalidSlug = "invalid-slug"
    case unknownBlock = "unknown-block"
    case missingUnitName = "missing-unit-name"
    case invalidURL = "invalid-url"
    case invalidLanguage = "invalid-language"

    // results.csv
    case resultsHeader = "results-header"
    case resultsUnknownUnit = "results-unknown-unit"
    case resultsNotANumber = "results-not-a-number"
    case resultsImpossibleCounts = "results-impossible-counts"
    case resultsDuplicateUnit = "results-duplicate-unit"
    case resultsColumnCount = "results-column-count"

    // MARK: calendar (calendar.yaml, office hours, days off)

    // MARK: site (building the notice site)

    // MARK: poster (printable posters)

    // MARK: check (the posting checker)
    case checkUnknownCampaign = "check-unknown-campaign"
    case checkUnknownUnit = "check-unknown-unit"
    case checkReportNotWritten = "check-report-not-written"

    // MARK: import (scaffolding and spreadsheet import)

    /// Warnings point at something odd that still builds; everything else is an error.
    public var defaultSeverity: Severity {
        switch self {
        case .unknownKey, .unknownBlock: .warning
        default: .error
        }
    }
}
