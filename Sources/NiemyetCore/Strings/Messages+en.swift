extension Messages {
    /// English, for offices that publish in English and for support staff.
    static let english = Messages(
        language: .en,
        templates: [
            .projectNotFound: "The project folder '{path}' was not found. Give the folder that holds Campaigns/ and Site/.",
            .campaignsFolderMissing: "The project has no Campaigns/ folder. Create Campaigns/ and put the campaigns in it (for example with 'niemyet new campaign').",
            .missingCampaignFile: "This campaign folder has no campaign.md. Add one (for example with 'niemyet new campaign') or remove the folder.",
            .fileUnreadable: "The file cannot be read: {reason}.",
            .fileTooLarge: "The file is too large (more than {limit} bytes). Split it or remove what is not needed.",
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
            .calendarDuplicateDate: "The date {value} is already listed on line {firstLine}. List each date once, under 'days_off' or 'working_days'.",
            .calendarDateOutOfRange: "The date {value} is outside the years the calendar covers (1900 to 2100). Check the year.",
            .invalidOfficeHours: "The office hours '{value}' of '{key}' cannot be read. Write each session as HOUR:MINUTE-HOUR:MINUTE, ending after it starts, sessions separated by commas, for example '07:30-11:30, 13:00-17:00'.",
            .officeHoursOverlap: "The session '{value}' of '{key}' starts before the session '{previous}' ends. List the sessions in the order of the day, without overlap.",
            .officeHoursNeverOpen: "These office hours have no session in the whole week, so no due date can be computed. Give at least one day with hours, for example 'weekdays: 07:30-11:30, 13:00-17:00'.",
            .startsOnDayOff: "'{title}' starts on {date}, a day off[[ ({holiday})]]. Check the start date if it should be a working day.",
            .endsOnDayOff: "'{title}' ends on {date}, a day off[[ ({holiday})]]. Check the end date if it should be a working day.",
            .activityWithoutWorkingDay: "The activity '{title}' ({start} to {end}) holds no working day. Move it to working days.",

            // MARK: site
            .siteBrokenLink: "The page '{page}' links to '{target}', which the site does not have. Fix the link in the text or the template; the previous public/ folder is kept.",
            .siteTemplateInvalid: "The template '{template}' has a Mustache syntax error: {problem}. Fix it, or delete the file to use the built-in template.",
            .sitePathClash: "The page of '{id}' would be written to '{path}', where another page of the site goes. Rename the campaign folder or the unit id (for example add the year).",
            .siteWriteFailed: "The site could not be written to '{path}': {reason}. Check write permission and free disk space; the previous public/ folder is kept.",

            // MARK: poster
            .unknownCampaignOption: "There is no campaign '{campaign}' in this project. Campaigns: {known}.",
            .unknownUnitOption: "The unit '{unit}' is not registered in the selected campaign. Registered units: {known}.",
            .posterWriteFailed: "The poster '{path}' could not be written: {reason}. Check that the folder is writable and the disk has space.",
            .posterAddressTooLong: "The address '{url}' is too long for a QR code. Shorten base_url in Site/site.yaml, or the campaign or unit id.",

            // MARK: check

            // MARK: import
            .importUnreadable: "The spreadsheet cannot be read: {reason}. Save it as CSV (UTF-8) or XLSX.",
            .importMissingColumn: "The spreadsheet has no '{column}' column. Add it to the header row (English or Vietnamese names both work).",
            .importMissingValue: "The cell in the '{column}' column is empty. Fill it in on this row.",
            .importConflictingUnit: "The unit '{unit}' is named '{value}' on this row but '{first}' on an earlier one. Make them the same.",
            .importUnknownCampaign: "There is no campaign '{campaign}' in Campaigns/. Check the campaign id (its folder name).",
            .importSingleFileCampaign: "The campaign '{campaign}' is a single file, so it has no units/ folder. Turn it into Campaigns/{campaign}/campaign.md and import again.",
            .importUnitAlreadyRegistered: "The unit '{unit}' is already registered at {first}. Remove that registration, or use --replace to overwrite units/{unit}.md.",
        ],
        labels: [
            "error": "error", "warning": "warning",
            "summary.clean": "No problems in {files}.",
            "summary.problems": "{errors}, {warnings} in {files}.",
            "files.one": "{count} file", "files.other": "{count} files",
            "errors.one": "{count} error", "errors.other": "{count} errors",
            "warnings.one": "{count} warning", "warnings.other": "{count} warnings",

            // MARK: help
            "help.niemyet": "Validate, publish and check the public postings of administrative-reform campaigns.",
            "help.validate": "Check every campaign file and report every problem at once (file:line:column).",
            "help.due": "Print the due date and time of a turnaround by the working-day calendar (days off, holidays, Tết).",
            "help.holidays": "List a year's days off: public holidays, Tết, compensatory and announced days.",
            "help.new": "Create a new campaign or unit registration from a commented template.",
            "help.new.campaign": "Create Campaigns/<slug>/campaign.md from a title.",
            "help.new.unit": "Create Campaigns/<campaign>/units/<id>.md for one unit's registration.",
            "help.import": "Import registrations from a spreadsheet (CSV or XLSX).",
            "help.import.registrations": "Write one units/<id>.md per unit from a sheet with one row per unit and procedure.",
            "help.build": "Validate, then publish the notice site and posters to public/.",
            "help.poster": "Write printable PDF posters for the one-stop reception desk.",
            "help.check": "Check each unit's public posting against its registered procedures, keeping evidence.",
            "help.serve": "Preview the site locally (127.0.0.1), reloading as files change.",

            // MARK: authoring labels
            "authoring.created": "Created {path}. Open it to fill in the details, then run 'niemyet validate'.",
            "authoring.exists": "{path} already exists. Nothing was overwritten; choose another title or remove the old folder.",
            "authoring.emptySlug": "The title has no letters or digits to make an id from. Give it a title with words.",
            "authoring.unknownCampaign": "There is no campaign '{campaign}' (Campaigns/{campaign}/campaign.md is needed).",
            "authoring.invalidID": "The id '{value}' may hold only lowercase letters without accents, digits and '-'. For example: '{suggestion}'.",
            "import.written": "Read {rows}, wrote {files}:",
            "import.nothingWritten": "Read {rows}; wrote nothing. Fix the rows reported and import again (or use --skip-bad to leave bad rows out).",
            "rows.one": "{count} row", "rows.other": "{count} rows",

            // MARK: serve labels
            "serve.listening": "Previewing {project} at {url}. Edit files in Campaigns/ or Site/ and the page reloads; press Ctrl+C to stop.",
            "serve.invalid": "The site could not be built because the project has errors; the preview shows them:",
            "serve.failed": "Could not start the preview server at {address}: {reason}",
            "serve.error.title": "A file has errors; the page cannot be shown yet",
            "serve.error.intro": "{errors} to fix. Fix each one below and save the file: this page reloads by itself once they are gone.",

            // MARK: calendar labels
            "calendar.due": "Due: {moment}",
            "calendar.moment": "{time}, {weekday} {date}",
            "calendar.listDate": "{weekday} {date}",
            "calendar.holidays": "Days off in {year} (besides weekly days off):",
            "calendar.makeUpDays": "Make-up working days:",
            "calendar.noHolidays": "No days off.",
            "calendar.invalidDateTime": "'{value}' is not a valid date and time. Write YEAR-MONTH-DAYTHOUR:MINUTE, for example 2024-02-08T16:00 (Vietnam time).",
            "calendar.outOfRange": "Dates can only be computed within the years 1900 to 2100.",
            "calendar.example.sentence": "For example: filed at {filedTime} on {filedDay}, due back at {dueTime} on {dueDay}.",
            "calendar.example.nextWeek": "{weekday} of the following week",
            "calendar.example.weeksLater": "{weekday}, {weeks} weeks later",
            "weekday.1": "Monday", "weekday.2": "Tuesday", "weekday.3": "Wednesday", "weekday.4": "Thursday",
            "weekday.5": "Friday", "weekday.6": "Saturday", "weekday.7": "Sunday",

            // MARK: site labels

            // MARK: poster labels
            "poster.from": "From", "poster.to": "to",
            "poster.procedures": "Procedures now resolved faster",
            "poster.units": "Units and their registered procedures",
            "poster.procedure": "Procedure",
            "poster.standard": "Usual time",
            "poster.reduced": "Now only",
            "poster.no-procedures": "No procedures registered yet.",
            "poster.continued": "(continued)",
            "poster.page": "Page",
            "poster.phone": "Phone:", "poster.email": "Email:", "poster.address": "Address:",
            "poster.scan-unit": "Scan to open this unit's page",
            "poster.scan-campaign": "Scan to open the campaign's page",

            // MARK: check labels
        ])
}
