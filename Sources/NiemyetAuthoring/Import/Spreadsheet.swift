import Foundation
import NiemyetCore
import SwiftCSV

/// A table read from a spreadsheet file: the header row and the rows under it, each
/// with its row number in the file, so that every problem can name its row.
public struct Spreadsheet: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        /// The 1-based row number as the spreadsheet program shows it.
        public var number: Int
        public var cells: [String]
    }

    public var header: [String]
    public var rows: [Row]

    /// Reads a CSV file (UTF-8 with or without BOM; comma, semicolon or tab) or the first
    /// sheet of an XLSX workbook, by the file's content rather than its name.
    public static func read(_ url: URL, shownAs file: String) -> Result<Spreadsheet, Diagnostic> {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return .failure(
                Diagnostic(.fileUnreadable, at: .start(of: file), ["reason": .text(error.localizedDescription)]))
        }
        return parse(data, shownAs: file)
    }

    /// Reads the bytes of a CSV file or an XLSX workbook, told apart by their first bytes.
    public static func parse(_ data: Data, shownAs file: String) -> Result<Spreadsheet, Diagnostic> {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return XLSXWorkbook.firstSheet(of: data, shownAs: file)
        }
        switch SourceText.decode(data, shownAs: file) {
        case .success(let text): return csv(text.text, shownAs: file)
        case .failure(let diagnostic): return .failure(diagnostic)
        }
    }

    /// Parses CSV text as spreadsheet programs export it.
    static func csv(_ text: String, shownAs file: String) -> Result<Spreadsheet, Diagnostic> {
        do {
            let delimiter = CSVDelimiter.guessed(string: text)
            let table = try EnumeratedCSV(string: text, delimiter: delimiter, loadColumns: false)
            // SwiftCSV skips blank lines; number the rows by the lines that hold them.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let numbers = lines.indices.filter { !lines[$0].allSatisfy(\.isWhitespace) }.map { $0 + 1 }
            let rows = table.rows.enumerated().map { index, cells in
                Row(number: numbers.count == table.rows.count + 1 ? numbers[index + 1] : index + 2, cells: cells)
            }
            return .success(Spreadsheet(header: table.header, rows: rows))
        } catch {
            return .failure(Diagnostic(.importUnreadable, at: .start(of: file), ["reason": .text("\(error)")]))
        }
    }
}
