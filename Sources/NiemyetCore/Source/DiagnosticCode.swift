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
    case reservedID = "reserved-id"
    case unknownBlock = "unknown-block"
    case missingUnitName = "missing-unit-name"
    case invalidURL = "invalid-url"
    case invalidLanguage = "invalid-language"
    /// A value still ending in the "..." that `niemyet new` writes for the author to fill.
    case placeholderText = "placeholder-text"

    // results.csv
    case resultsHeader = "results-header"
    case resultsUnknownUnit = "results-unknown-unit"
    case resultsNotANumber = "results-not-a-number"
    case resultsImpossibleCounts = "results-impossible-counts"
    case resultsDuplicateUnit = "results-duplicate-unit"
    case resultsColumnCount = "results-column-count"

    // MARK: calendar (calendar.yaml, office hours, days off)
    case calendarDuplicateDate = "calendar-duplicate-date"
    case calendarDateOutOfRange = "calendar-date-out-of-range"
    case invalidOfficeHours = "invalid-office-hours"
    case officeHoursOverlap = "office-hours-overlap"
    case officeHoursNeverOpen = "office-hours-never-open"
    /// Warnings (the rule gives the severity): a date that falls on a day off.
    case startsOnDayOff = "starts-on-day-off"
    case endsOnDayOff = "ends-on-day-off"
    case activityWithoutWorkingDay = "activity-without-working-day"

    // MARK: site (building the notice site)
    case siteBrokenLink = "site-broken-link"
    case siteTemplateInvalid = "site-template-invalid"
    case siteWriteFailed = "site-write-failed"
    case sitePathClash = "site-path-clash"

    // MARK: poster (printable posters)
    case unknownCampaignOption = "unknown-campaign-option"
    case unknownUnitOption = "unknown-unit-option"
    case posterWriteFailed = "poster-write-failed"
    case posterAddressTooLong = "poster-address-too-long"

    // MARK: check (the posting checker)
    case checkUnknownCampaign = "check-unknown-campaign"
    case checkUnknownUnit = "check-unknown-unit"
    case checkReportNotWritten = "check-report-not-written"

    // MARK: import (scaffolding and spreadsheet import)
    case importUnreadable = "import-unreadable"
    case importMissingColumn = "import-missing-column"
    case importMissingValue = "import-missing-value"
    case importConflictingUnit = "import-conflicting-unit"
    case importUnknownCampaign = "import-unknown-campaign"
    case importSingleFileCampaign = "import-single-file-campaign"
    case importUnitAlreadyRegistered = "import-unit-already-registered"

    /// Warnings point at something odd that still builds; everything else is an error.
    public var defaultSeverity: Severity {
        switch self {
        case .unknownKey, .unknownBlock, .placeholderText, .startsOnDayOff, .endsOnDayOff, .activityWithoutWorkingDay:
            .warning
        default: .error
        }
    }
}
