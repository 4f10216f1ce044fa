extension Messages {
    /// English, for offices that publish in English and for support staff.
    static let english = Messages(
        language: .en,
        templates: [
            .projectNotFound: "The project folder '{path}' was not found. Give the folder that holds Campaigns/ and Site/.",
            .campaignsFolderMissing: "The project has no Campaigns/ folder. Create Campaigns/ and put the campaigns in it (for example with 'niemyet new campaign').",
            .missingCampaignFile: "This campaign folder has no campaign.md. Add one (for example with 'niemyet new campaign') or remove the folder.",
            .fileUnreadable: "The file cannot be read: {reason}.",
            .fileTooLarge: "The file is too large ({size} bytes, at most {limit}). Split it or remove what is not needed.",
            .invalidUTF8: "The file is not UTF-8 text at this point. Save it again with the UTF-8 (Unicode) encoding.",
            .frontMatterMissing: "The file must start with a block of settings between two '---' lines. Add a '---' line at the top, the 'key: value' lines, then a '---' line.",
            .frontMatterUnclosed: "The settings block opened with '---' on this line is never closed. Add a '---' line after the last setting.",
            .yamlSyntax: "YAML syntax error: {problem}. Check the colons, quotes and indentation on this line.",
            .yamlTooDeep: "The settings are nested too deeply (more than {limit} levels). Write them flatter.",
            .yamlTooLarge: "The settings hold too many values (more than {limit}), probably through repeated YAML aliases (&, *). Remove the aliases and write the values out.",
            .duplicateKey: "The key '{key}' is written twice. Delete one line or merge them.",
            .symlinkOutside: "A symbolic link points outside the project folder ('{target}') and is ignored. Copy the file into the project.",
            .missingKey: "The required key '{key}' is missing. Add a line '{key}: ...'[[ to {context}]].",
            .unknownKey: "Unknown key '{key}' is ignored.[[ Did you mean '{suggestion}'?]]",
            .expectedText: "The value of '{key}' must be a piece of text, not a list or a group of keys.",
            .expectedList: "The value of '{key}' must be a list, each item starting with '- '.",
            .expectedMapping: "The item '{key}' must be a group of 'key: value' lines.",
            .invalidDate: "'{value}' is not a valid date for '{key}'. Write dates as YEAR-MONTH-DAY, for example 2021-06-01.",
            .endBeforeStart: "The end date ({end}) is before the start date ({start}). Change 'end' to a date no earlier than {start}.",
            .activityOutsideCampaign: "The activity '{activity}' falls outside the campaign ({start} to {end}). Move its dates inside that period.",
            .invalidTurnaround: "The turnaround '{value}' of '{key}' cannot be read. Write for example '03 ngày làm việc', '01 buổi', '02 giờ', '30 phút' or 'trong ngày'.",
            .reducedNotShorter: "The reduced turnaround '{reduced}' is not shorter than the standard '{standard}' of '{procedure}'. Change 'reduced' to less than '{standard}'.",
            .standardAboveMaximum: "The standard turnaround '{standard}' of '{procedure}' exceeds the campaign's maximum '{maximum}'. Remove the procedure or check its turnaround.",
            .standardDisagreesWithCatalogue: "The standard turnaround '{standard}' differs from the catalogue (code {code}: '{catalogue}'). Change it to '{catalogue}' or correct procedures.yaml.",
            .unknownUnit: "There is no unit '{unit}' in units.yaml.[[ Did you mean '{suggestion}'?]] Add it to Campaigns/units.yaml or give 'name' and 'block' here.",
            .unknownProcedureCode: "There is no procedure code '{code}' in procedures.yaml. Check the code or add the procedure to Campaigns/procedures.yaml.",
            .duplicateUnit: "The unit '{unit}' is already registered at {first}. Register each unit once: put all its procedures in one place.",
            .duplicateProcedure: "The procedure '{procedure}' is already registered by '{unit}' on line {firstLine}. Delete the repeated entry.",
            .invalidPostingURL: "The posting address '{value}' cannot be used. Give an address starting with http://, https:// or file://, or the path of a file in the project.",
            .postingFileMissing: "The posting file '{value}' is not in the project. Check the path (relative to the project folder).",
            .invalidSlug: "The id '{value}' may hold only lowercase letters without accents, digits and '-'.[[ For example: '{suggestion}'.]]",
            .unknownBlock: "The block '{value}' is not one of the usual blocks ({known}). It is kept, but check the spelling.",
            .missingUnitName: "The unit '{unit}' has no name. Add 'name: ...' here or in units.yaml.",
            .invalidURL: "'{value}' is not a valid web address for '{key}'. Give the full address, for example https://cchc.example.gov.vn/.",
            .invalidLanguage: "The language '{value}' is not supported. Write 'vi' (Vietnamese) or 'en' (English).",
            .resultsHeader: "The header of results.csv must be 'unit,received,same_day,on_time,late' (found '{found}').",
            .resultsUnknownUnit: "The unit '{unit}' has results but is not registered in this campaign. Correct the unit id or register the unit.",
            .resultsNotANumber: "The column '{column}' must be a whole number, zero or more (found '{value}').",
            .resultsImpossibleCounts: "Resolved same day, on time and late add up to {sum}, more than the {received} received. Check the numbers on this row.",
            .resultsDuplicateUnit: "The unit '{unit}' has two result rows. Keep one.",
            .resultsColumnCount: "This row has {found} columns; the header has {expected}.",

            // MARK: calendar

            // MARK: site

            // MARK: poster

            // MARK: check
            .checkUnknownCampaign: "There is no campaign '{campaign}'. Give the name of the campaign's folder (or file) in Campaigns/.",
            .checkUnknownUnit: "No unit '{unit}' is registered[[ in campaign '{campaign}']]. Give the unit's id as written in units.yaml or in the campaign's 'units:'.",
            .checkReportNotWritten: "Could not write the check results to '{path}'. Check that the project folder is writable.",

            // MARK: import
        ],
        labels: [
            "error": "error", "warning": "warning",
            "summary.clean": "No problems in {files} files.",
            "summary.problems": "{errors} errors, {warnings} warnings in {files} files.",

            // MARK: calendar labels

            // MARK: site labels

            // MARK: poster labels

            // MARK: check labels
        ])
}
