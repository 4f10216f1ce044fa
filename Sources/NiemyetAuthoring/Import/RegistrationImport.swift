import Foundation
import NiemyetCore

/// Turns a spreadsheet of registrations (one row per unit and procedure) into one
/// `units/<id>.md` file per unit, checking every row the way `validate` would.
public struct RegistrationImport: Sendable {
    /// The columns a sheet may have, recognised by English or Vietnamese headers in any
    /// case, spacing, accents or order.
    public enum Column: String, CaseIterable, Sendable {
        case unit, unitName = "unit_name", block, postingURL = "posting_url", procedure, code, field, standard, reduced

        /// Header spellings, compared after `Spelling.slug` ("Mã đơn vị" -> "ma-don-vi").
        var headers: [String] {
            switch self {
            case .unit: ["unit", "unit-id", "ma-don-vi"]
            case .unitName: ["unit-name", "ten-don-vi"]
            case .block: ["block", "khoi"]
            case .postingURL: ["posting-url", "dia-chi-niem-yet", "url"]
            case .procedure: ["procedure", "procedure-name", "thu-tuc", "ten-thu-tuc"]
            case .code: ["code", "procedure-code", "ma-thu-tuc"]
            case .field: ["field", "linh-vuc"]
            case .standard: ["standard", "thoi-gian-thuong", "thoi-gian-giai-quyet"]
            case .reduced: ["reduced", "thoi-gian-rut-ngan"]
            }
        }

        static func recognise(_ header: String) -> Column? {
            let slug = Spelling.slug(header)
            return allCases.first { $0.headers.contains(slug) }
        }
    }

    /// One unit's registration as it will be written.
    public struct UnitRegistration: Sendable, Equatable {
        public var id: String
        public var name: String?
        public var block: String?
        public var postingURL: String?
        public var procedures: [Procedure]
        /// The first row that mentions the unit, for messages.
        public var firstRow: Int

        public struct Procedure: Sendable, Equatable {
            public var name: String?
            public var code: String?
            public var field: String?
            public var standard: Turnaround?
            public var reduced: Turnaround
        }
    }

    public let project: Project
    public let campaign: Campaign
    public let file: String

    public init(project: Project, campaign: Campaign, file: String) {
        self.project = project
        self.campaign = campaign
        self.file = file
    }

    /// The registrations of every good row, and a diagnostic for every bad one.
    public func registrations(from sheet: Spreadsheet) -> (units: [UnitRegistration], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var columns: [Column: Int] = [:]
        for (index, header) in sheet.header.enumerated() {
            if let column = Column.recognise(header), columns[column] == nil { columns[column] = index }
        }
        let headerProblems = missingColumns(columns)
        if !headerProblems.isEmpty { return ([], headerProblems) }

        let registry = Dictionary(project.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let catalogue = Dictionary(project.catalogue.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var units: [UnitRegistration] = []
        var unitIndex: [String: Int] = [:]
        for row in sheet.rows {
            func value(_ column: Column) -> String? {
                guard let index = columns[column], index < row.cells.count else { return nil }
                let text = row.cells[index].precomposedStringWithCanonicalMapping
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                return text.isEmpty ? nil : text
            }
            func at(_ column: Column) -> SourceLocation {
                SourceLocation(file: file, line: row.number, column: (columns[column] ?? 0) + 1)
            }
            if row.cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            var problems: [Diagnostic] = []

            let name = value(.unitName)
            let id = value(.unit) ?? name.map(Spelling.slug)
            guard let id, !id.isEmpty else {
                diagnostics.append(Diagnostic(.importMissingValue, at: at(.unit), ["column": "unit / mã đơn vị"]))
                continue
            }
            if !Spelling.isSlug(id) {
                problems.append(
                    Diagnostic(.invalidSlug, at: at(.unit), ["value": .text(id), "suggestion": .text(Spelling.slug(id))]))
            }
            if name == nil && registry[id] == nil {
                problems.append(Diagnostic(.unknownUnit, at: at(.unit), ["unit": .text(id)]))
            }
            if let block = value(.block), !Block(block).isKnown {
                problems.append(
                    Diagnostic(
                        .unknownBlock, at: at(.block),
                        ["value": .text(block), "known": .text(Block.known.map(\.id).joined(separator: ", "))]))
            }
            if let url = value(.postingURL), case .invalid = PostingAddress(url) {
                problems.append(Diagnostic(.invalidPostingURL, at: at(.postingURL), ["value": .text(url)]))
            }
            let code = value(.code)
            let catalogued = code.flatMap { catalogue[$0] }
            if let code, catalogued == nil, !catalogue.isEmpty {
                problems.append(Diagnostic(.unknownProcedureCode, at: at(.code), ["code": .text(code)]))
            }
            let procedureName = value(.procedure) ?? catalogued?.name
            if procedureName == nil {
                problems.append(Diagnostic(.importMissingValue, at: at(.procedure), ["column": "procedure / thủ tục"]))
            }
            let standard = turnaround(value(.standard), key: "standard", at: at(.standard), into: &problems)
                ?? catalogued?.standard?.value
            let reducedText = value(.reduced)
            if reducedText == nil {
                problems.append(Diagnostic(.importMissingValue, at: at(.reduced), ["column": "reduced / thời gian rút ngắn"]))
            }
            let reduced = turnaround(reducedText, key: "reduced", at: at(.reduced), into: &problems)
            if let reduced, let standard, !reduced.isShorter(than: standard) {
                problems.append(
                    Diagnostic(
                        .reducedNotShorter, at: at(.reduced),
                        [
                            "reduced": .text(reduced.vietnamese), "standard": .text(standard.vietnamese),
                            "procedure": .text(procedureName ?? ""),
                        ]))
            }
            if let standard, let maximum = campaign.maxStandard?.value, maximum.isShorter(than: standard) {
                problems.append(
                    Diagnostic(
                        .standardAboveMaximum, at: at(.standard),
                        [
                            "standard": .text(standard.vietnamese), "maximum": .text(maximum.vietnamese),
                            "procedure": .text(procedureName ?? ""),
                        ]))
            }
            diagnostics += problems
            guard !problems.contains(where: { $0.severity == .error }), let reduced else { continue }

            let procedure = UnitRegistration.Procedure(
                name: value(.procedure), code: code, field: value(.field), standard: value(.standard) == nil ? nil : standard,
                reduced: reduced)
            if let index = unitIndex[id] {
                let key = TextFolding.comparisonKey(procedure.name ?? catalogued?.name ?? "")
                if units[index].procedures.contains(where: {
                    ($0.code != nil && $0.code == code) || TextFolding.comparisonKey($0.name ?? "") == key
                }) {
                    diagnostics.append(
                        Diagnostic(
                            .duplicateProcedure, at: at(.procedure),
                            [
                                "procedure": .text(procedureName ?? ""), "unit": .text(id),
                                "firstLine": .text("\(units[index].firstRow)"),
                            ]))
                    continue
                }
                if let name, let existing = units[index].name, existing != name {
                    diagnostics.append(
                        Diagnostic(
                            .importConflictingUnit, at: at(.unitName),
                            ["unit": .text(id), "value": .text(name), "first": .text(existing)]))
                    continue
                }
                units[index].procedures.append(procedure)
            } else {
                unitIndex[id] = units.count
                units.append(
                    UnitRegistration(
                        id: id, name: name, block: value(.block), postingURL: value(.postingURL), procedures: [procedure],
                        firstRow: row.number))
            }
        }
        return (units, diagnostics)
    }

    private func missingColumns(_ columns: [Column: Int]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let location = SourceLocation(file: file, line: 1, column: 1)
        if columns[.unit] == nil && columns[.unitName] == nil {
            problems.append(Diagnostic(.importMissingColumn, at: location, ["column": "unit / mã đơn vị"]))
        }
        if columns[.procedure] == nil && columns[.code] == nil {
            problems.append(Diagnostic(.importMissingColumn, at: location, ["column": "procedure / thủ tục"]))
        }
        if columns[.reduced] == nil {
            problems.append(Diagnostic(.importMissingColumn, at: location, ["column": "reduced / thời gian rút ngắn"]))
        }
        return problems
    }

    private func turnaround(_ text: String?, key: String, at location: SourceLocation, into problems: inout [Diagnostic])
        -> Turnaround?
    {
        guard let text else { return nil }
        guard let turnaround = Turnaround(parsing: text) else {
            problems.append(Diagnostic(.invalidTurnaround, at: location, ["key": .text(key), "value": .text(text)]))
            return nil
        }
        return turnaround
    }
}
