import Foundation
import NiemyetCore
import ZIPFoundation

/// Reads the first sheet of an Office Open XML workbook (.xlsx) through a real zip
/// library (ZIPFoundation) and XML parser (libxml2): the workbook names its sheets, its
/// relationships locate them, shared strings hold most text.
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
            let workbook = try part("xl/workbook.xml", in: archive)
            let relations = try part("xl/_rels/workbook.xml.rels", in: archive)
            guard let first = workbook.element("sheets")?.elements("sheet").first,
                let id = first.attribute("id", namespace: relationshipsNamespace),
                let target = relations.elements("Relationship").first(where: { $0.attribute("Id") == id })?
                    .attribute("Target")
            else { throw XLSXError.noSheet }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            var shared: [String] = []
            if archive["xl/sharedStrings.xml"] != nil {
                shared = try part("xl/sharedStrings.xml", in: archive).elements("si").map(richText)
            }
            let sheet = try part(path, in: archive)
            var table: [(Int, [String])] = []
            for (index, row) in (sheet.element("sheetData")?.elements("row") ?? []).enumerated() {
                var cells: [String] = []
                for (position, cell) in row.elements("c").enumerated() {
                    let column = try cell.attribute("r").flatMap(columnIndex) ?? position
                    if cells.count <= column { cells += Array(repeating: "", count: column + 1 - cells.count) }
                    cells[column] = text(of: cell, shared: shared)
                }
                table.append((row.attribute("r").flatMap(Int.init) ?? index + 1, cells))
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

    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// One XML part of the archive, parsed.
    static func part(_ path: String, in archive: Archive) throws -> XMLTree {
        try XMLTree.parse(entry(path, in: archive), part: path)
    }

    /// A piece of text: plain `<t>` or rich-text runs `<r><t>`.
    static func richText(_ item: XMLTree) -> String {
        item.element("t")?.text ?? item.elements("r").compactMap { $0.element("t")?.text }.joined()
    }

    /// A cell's text: shared string, inline string, boolean or the value as written.
    static func text(of cell: XMLTree, shared: [String]) -> String {
        let value = cell.element("v")?.text
        switch cell.attribute("t") {
        case "s": return value.flatMap(Int.init).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
        case "inlineStr": return cell.element("is").map(richText) ?? ""
        case "b": return value == "1" ? "TRUE" : "FALSE"
        default: return value ?? ""
        }
    }
}
