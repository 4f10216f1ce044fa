import Foundation
import NiemyetCore
import XMLCoder
import ZIPFoundation

/// Reads the first sheet of an Office Open XML workbook (.xlsx) through a real zip
/// library (ZIPFoundation) and XML decoder (XMLCoder): the workbook names its sheets,
/// its relationships locate them, shared strings hold most text.
enum XLSXWorkbook {
    static func firstSheet(of data: Data, shownAs file: String) -> Result<Spreadsheet, Diagnostic> {
        // ZIPFoundation's in-memory archive traps on a zip whose directory points past its
        // end (found by Fuzz/FuzzSpreadsheet); its file-backed archive reads short and
        // throws instead. So the workbook is read from a private temporary copy.
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("niemyet-import-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: copy) }
        do {
            try data.write(to: copy, options: .withoutOverwriting)
            let archive = try Archive(url: copy, accessMode: .read)
            let decoder = XMLDecoder()
            decoder.trimValueWhitespaces = false
            let workbook = try decoder.decode(Workbook.self, from: entry("xl/workbook.xml", in: archive))
            let relations = try decoder.decode(Relationships.self, from: entry("xl/_rels/workbook.xml.rels", in: archive))
            guard let first = workbook.sheets.sheet.first,
                let target = relations.relationship.first(where: { $0.id == first.id })?.target
            else { throw XLSXError.noSheet }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            var shared: [String] = []
            if archive["xl/sharedStrings.xml"] != nil {
                shared = try decoder.decode(SharedStrings.self, from: entry("xl/sharedStrings.xml", in: archive))
                    .si.map(\.text)
            }
            let sheet = try decoder.decode(Worksheet.self, from: entry(path, in: archive))
            var table: [(Int, [String])] = []
            for (index, row) in sheet.sheetData.row.enumerated() {
                var cells: [String] = []
                for (position, cell) in row.c.enumerated() {
                    let column = try cell.r.flatMap(columnIndex) ?? position
                    if cells.count <= column { cells += Array(repeating: "", count: column + 1 - cells.count) }
                    cells[column] = cell.text(shared: shared)
                }
                table.append((row.r ?? index + 1, cells))
            }
            guard let header = table.first else { return .success(Spreadsheet(header: [], rows: [])) }
            let width = header.1.count
            let rows = table.dropFirst().map { number, cells in
                Spreadsheet.Row(number: number, cells: cells + Array(repeating: "", count: max(0, width - cells.count)))
            }
            return .success(Spreadsheet(header: header.1, rows: rows))
        } catch {
            return .failure(Diagnostic(.importUnreadable, at: .start(of: file), ["reason": .text("\(error)")]))
        }
    }

    enum XLSXError: Error, CustomStringConvertible {
        case missing(String)
        case noSheet
        case badCell(String)
        var description: String {
            switch self {
            case .missing(let path): "the workbook has no \(path)"
            case .noSheet: "the workbook has no sheet"
            case .badCell(let reference): "the cell reference \(reference) is not a column A to XFD"
            }
        }
    }

    /// The bytes of one file of the archive, bounded so a zip bomb cannot fill memory.
    static func entry(_ path: String, in archive: Archive) throws -> Data {
        guard let entry = archive[path] else { throw XLSXError.missing(path) }
        var data = Data()
        let limit = 64 * 1024 * 1024
        _ = try archive.extract(entry, skipCRC32: false) { chunk in
            data.append(chunk)
            if data.count > limit { throw XLSXError.missing(path + " (larger than 64 MB)") }
        }
        return data
    }

    /// The widest sheet a spreadsheet program writes: columns A to XFD.
    static let maximumColumns = 16_384

    /// The 0-based column of a cell reference such as "C5" (nil without letters). Past
    /// XFD it throws: a forged "ZZZZZZ1" must not make a row of 300 million cells, nor overflow.
    static func columnIndex(_ reference: String) throws(XLSXError) -> Int? {
        var index = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            index = index * 26 + Int(scalar.value - 64)
            letters += 1
            if index > maximumColumns { throw .badCell(reference) }
        }
        return letters == 0 ? nil : index - 1
    }

    struct Workbook: Decodable {
        struct Sheets: Decodable { let sheet: [Sheet] }
        struct Sheet: Decodable {
            let id: String
            enum CodingKeys: String, CodingKey { case id = "r:id" }
        }
        let sheets: Sheets
    }

    struct Relationships: Decodable {
        struct Relationship: Decodable {
            let id: String
            let target: String
            enum CodingKeys: String, CodingKey {
                case id = "Id"
                case target = "Target"
            }
        }
        let relationship: [Relationship]
        enum CodingKeys: String, CodingKey { case relationship = "Relationship" }
    }

    /// A piece of text: plain `<t>` or rich-text runs `<r><t>`.
    struct Text: Decodable {
        struct Run: Decodable { let t: String? }
        let t: String?
        let r: [Run]?
        var text: String { t ?? (r ?? []).compactMap(\.t).joined() }
    }

    struct SharedStrings: Decodable {
        let si: [Text]
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            si = try container.decodeIfPresent([Text].self, forKey: .si) ?? []
        }
        enum CodingKeys: String, CodingKey { case si }
    }

    struct Worksheet: Decodable {
        struct SheetData: Decodable {
            let row: [Row]
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                row = try container.decodeIfPresent([Row].self, forKey: .row) ?? []
            }
            enum CodingKeys: String, CodingKey { case row }
        }
        struct Row: Decodable {
            let r: Int?
            let c: [Cell]
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                r = try container.decodeIfPresent(Int.self, forKey: .r)
                c = try container.decodeIfPresent([Cell].self, forKey: .c) ?? []
            }
            enum CodingKeys: String, CodingKey { case r, c }
        }
        struct Cell: Decodable {
            let r: String?
            let t: String?
            let v: String?
            let inline: Text?
            enum CodingKeys: String, CodingKey {
                case r, t, v
                case inline = "is"
            }

            func text(shared: [String]) -> String {
                switch t {
                case "s": v.flatMap(Int.init).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
                case "inlineStr": inline?.text ?? ""
                case "b": v == "1" ? "TRUE" : "FALSE"
                default: v ?? ""
                }
            }
        }
        let sheetData: SheetData
    }
}
