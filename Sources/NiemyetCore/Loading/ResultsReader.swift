import SwiftCSV

/// Reads a campaign's `results.csv` (UTF-8, comma or semicolon, as spreadsheets export).
enum ResultsReader {
    static let header = ["unit", "received", "same_day", "on_time", "late"]

    static func read(_ source: SourceText, diagnostics: inout [Diagnostic]) -> [UnitResult] {
        let text = source.text
        let delimiter = CSVDelimiter.guessed(string: text)
        let rows: [[String]]
        do {
            rows = try EnumeratedCSV(string: text, delimiter: delimiter, loadColumns: false).rows
        } catch {
            diagnostics.append(Diagnostic(.resultsHeader, at: .start(of: source.file), ["found": .text("\(error)")]))
            return []
        }
        // Physical lines that hold a row, so each row's problems point at its own line.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let rowLines = lines.indices.filter { !lines[$0].allSatisfy(\.isWhitespace) }.map { $0 + 1 }
        let firstLine = lines.first.map(String.init) ?? ""
        let found = firstLine.split(separator: delimiter.rawValue, omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard found == header else {
            diagnostics.append(Diagnostic(.resultsHeader, at: .start(of: source.file), ["found": .text(firstLine)]))
            return []
        }
        var results: [UnitResult] = []
        for (index, row) in rows.enumerated() {
            let line = rowLines.count == rows.count + 1 ? rowLines[index + 1] : index + 2
            let cells = row.map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.allSatisfy(\.isEmpty) { continue }
            let rawLine = line <= lines.count ? String(lines[line - 1]) : ""
            func column(_ index: Int) -> Int {
                var column = 1
                for cell in rawLine.split(separator: delimiter.rawValue, omittingEmptySubsequences: false).prefix(index) {
                    column += cell.count + 1
                }
                return column
            }
            let location = SourceLocation(file: source.file, line: line, column: 1)
            guard row.count == header.count else {
                diagnostics.append(
                    Diagnostic(.resultsColumnCount, at: location, ["found": "\(row.count)", "expected": "\(header.count)"]))
                continue
            }
            var counts: [Int] = []
            for position in 1..<header.count {
                if let value = Int(cells[position]), value >= 0 {
                    counts.append(value)
                } else {
                    diagnostics.append(
                        Diagnostic(
                            .resultsNotANumber, at: SourceLocation(file: source.file, line: line, column: column(position)),
                            ["column": .text(header[position]), "value": .text(cells[position])]))
                }
            }
            guard counts.count == 4 else { continue }
            results.append(
                UnitResult(
                    unitID: Located(cells[0], at: location), received: counts[0], sameDay: counts[1], onTime: counts[2],
                    late: counts[3]))
        }
        return results
    }
}
