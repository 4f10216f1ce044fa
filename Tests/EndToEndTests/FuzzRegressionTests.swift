import Foundation
import Testing

/// Each input here once crashed, hung or exhausted memory (found by the fuzz targets in
/// Fuzz/ or while writing them); it must now end with a plain message.
@Suite("Inputs that once broke a parser")
struct FuzzRegressionTests {
    /// A one-sheet workbook whose second row has one cell at `reference`, written with
    /// Python's zipfile as any spreadsheet program would zip it.
    func workbook(cellAt reference: String, in project: ProjectFolder) throws -> URL {
        let file = project.url.appendingPathComponent("dang-ky.xlsx")
        let script = """
            import sys, zipfile
            main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
            files = {
             "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
             "xl/workbook.xml": '<workbook %s xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>' % main,
             "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
             "xl/worksheets/sheet1.xml": '<worksheet %s><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>unit</t></is></c><c r="B1" t="inlineStr"><is><t>procedure</t></is></c></row><row r="2"><c r="%s" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>' % (main, sys.argv[2]),
            }
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                for name, text in files.items(): z.writestr(name, text)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path, reference]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return file
    }

    @Test(
        "an XLSX cell past column XFD is refused, not expanded into millions of cells or an overflow",
        arguments: ["ZZZZZZ2", "XFE2", String(repeating: "Z", count: 40) + "2"])
    func wideCell(reference: String) throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let file = try workbook(cellAt: reference, in: project)
        let result = try project.run(
            "import", "registrations", file.lastPathComponent, "--campaign", "2021-thang-cao-diem-quan-12", "--lang", "en")
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains("XFD"), "\(result.output)")
    }

    @Test(
        "forged workbooks are unreadable, not a crash (Fuzz/FuzzSpreadsheet)",
        arguments: [
            // ZIPFoundation's in-memory archive trapped on this one.
            "spreadsheet-zip-directory-past-end.xlsx",
            // Foundation's XMLParser trapped on this one; workbook parts are now read with libxml2.
            "spreadsheet-foundationxml-start-element.xlsx",
        ])
    func forgedWorkbook(name: String) throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let crash = try Data(
            contentsOf: ProjectFolder.repositoryRoot.appendingPathComponent("Tests/Fuzz/regressions/" + name))
        try project.write("dang-ky.xlsx", crash)
        let result = try project.run(
            "import", "registrations", "dang-ky.xlsx", "--campaign", "2021-thang-cao-diem-quan-12", "--format", "json",
            "--lang", "en")
        #expect(result.status == 1, "\(result.output)")
        #expect(result.stdout.contains("import-unreadable"), "\(result.output)")
    }

    @Test("an XLSX cell in the last column, XFD, is still read")
    func lastColumn() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let file = try workbook(cellAt: "XFD2", in: project)
        let result = try project.run(
            "import", "registrations", file.lastPathComponent, "--campaign", "2021-thang-cao-diem-quan-12", "--lang", "en")
        #expect(!result.output.contains("XFD"), "\(result.output)")
    }

    @Test("a windows-1258 posting with a byte the charset leaves undefined is read whole, and quietly (Fuzz/FuzzPostingText)")
    func undefinedCharsetByte() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let path = "Campaigns/2021-thang-cao-diem-quan-12/niem-yet/ubnd-quan-12.html"
        let page = try project.read(path).replacingOccurrences(
            of: "<meta charset=\"utf-8\">", with: "<meta charset=\"windows-1258\">")
        _ = try project.write("utf8.html", page)
        // glibc's iconv writes the page as windows-1258 (tone marks as combining marks).
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["iconv", "-f", "UTF-8", "-t", "WINDOWS-1258", "-o", path, "utf8.html"]
        process.currentDirectoryURL = project.url
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        // 0x9D, which windows-1258 leaves undefined, right after <body>: libxml2 stopped
        // reading there (the unit was "missing") and printed "encoding error" on stderr.
        var bytes = try Data(contentsOf: project.url.appendingPathComponent(path))
        let body = try #require(bytes.range(of: Data("<body>".utf8)))
        bytes.insert(0x9D, at: body.upperBound)
        _ = try project.write(path, bytes)

        let result = try project.run("check", "--campaign", "2021-thang-cao-diem-quan-12", "--format", "json")
        #expect(result.status == 0, "\(result.output)")
        let document = try JSONDecoder().decode(CheckDocument.self, from: Data(result.stdout.utf8))
        let unit = try #require(document.campaigns.first?.units.first)
        #expect(unit.status == "posted", "\(result.output)")
        #expect(unit.procedures.count == 4 && unit.procedures.allSatisfy { $0.name_found && $0.turnaround_found })
        #expect(!result.stderr.contains("encoding error") && !result.stderr.contains("I/O error"), "\(result.stderr)")
    }
}
