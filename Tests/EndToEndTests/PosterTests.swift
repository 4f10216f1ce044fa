import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `niemyet poster` through the built binary, with the PDFs read back by poppler-utils
/// and the QR code decoded by zbarimg, as a reader of the printed sheet would.
@Suite("Posters")
struct PosterTests {
    static let unitPoster = "public/posters/2021-thang-cao-diem-quan-12/ubnd-quan-12.pdf"
    static let sampleProcedures = [
        ("Thủ tục tạm ngừng hoạt động hộ kinh doanh", "03 ngày làm việc", "01 ngày làm việc"),
        ("Thủ tục chấm dứt hoạt động hộ kinh doanh", "03 ngày làm việc", "01 ngày làm việc"),
        ("Thủ tục cấp bản sao trích lục hộ tịch", "01 ngày làm việc", "01 buổi"),
        ("Thủ tục chuyển trường đối với học sinh trung học cơ sở", "01 ngày làm việc", "01 giờ"),
    ]

    @Test("the sample project gives one poster per unit and a summary per campaign, with every procedure and both times")
    func samplePosters() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let result = try project.run("poster")
        #expect(result.status == 0, "\(result.output)")
        let expected = [
            "2021-thang-cao-diem-quan-12/ubnd-quan-12", "2021-thang-cao-diem-quan-12/tong-hop",
            "2022-thang-hanh-dong-thanh-pho/khoi-quan-huyen", "2022-thang-hanh-dong-thanh-pho/khoi-cap-xa",
            "2022-thang-hanh-dong-thanh-pho/khoi-so-ban-nganh", "2022-thang-hanh-dong-thanh-pho/khoi-nganh-doc",
            "2022-thang-hanh-dong-thanh-pho/tong-hop",
        ]
        for name in expected { #expect(project.exists("public/posters/\(name).pdf"), "\(name)") }
        let text = try Poppler.text(project.url.appendingPathComponent(Self.unitPoster))
        for (name, standard, reduced) in Self.sampleProcedures {
            #expect(text.containsNFC(name), "\(name)")
            #expect(text.containsNFC("\(standard)"), "\(standard)")
            #expect(text.containsNFC("\(reduced)"), "\(reduced)")
        }
        #expect(text.containsNFC("ngày 1 tháng 6 năm 2021"))
        #expect(text.containsNFC("“4 xin, 4 luôn”"))
        #expect(text.containsNFC("028 1234 5678"))
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: project.url.appendingPathComponent("public").path)
            .filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }

    @Test("every font is embedded, and A4 and A3 have their sizes in points", arguments: [("A4", 595, 842), ("A3", 842, 1191)])
    func fontsAndPaper(size: String, width: Int, height: Int) throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let result = try project.run("poster", "--campaign", "2021-thang-cao-diem-quan-12", "--size", size)
        #expect(result.status == 0, "\(result.output)")
        for name in ["ubnd-quan-12", "tong-hop"] {
            let pdf = project.url.appendingPathComponent("public/posters/2021-thang-cao-diem-quan-12/\(name).pdf")
            let fonts = try Poppler.fonts(pdf)
            #expect(!fonts.isEmpty)
            #expect(fonts.allSatisfy { $0.embedded }, "\(fonts)")
            #expect(fonts.allSatisfy { $0.name.contains("NotoSans") }, "\(fonts)")
            let sizes = try Poppler.pageSizes(pdf)
            #expect(!sizes.isEmpty)
            for page in sizes {
                #expect(Int(page.width.rounded()) == width && Int(page.height.rounded()) == height, "\(page)")
            }
        }
        #expect(!project.exists("public/posters/2022-thang-hanh-dong-thanh-pho"), "--campaign writes only that campaign")
    }

    @Test("the QR code in a render of the poster opens the unit's page")
    func qrCodeDecodes() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let result = try project.run("poster", "--unit", "ubnd-quan-12")
        #expect(result.status == 0, "\(result.output)")
        let pdf = project.url.appendingPathComponent(Self.unitPoster)
        let image = project.url.appendingPathComponent("render")
        _ = try Poppler.run("pdftoppm", ["-r", "150", "-png", "-singlefile", pdf.path, image.path])
        let decoded = try Poppler.run("zbarimg", ["-q", "--raw", image.path + ".png"])
        #expect(
            decoded.trimmingCharacters(in: .whitespacesAndNewlines)
                == "https://cchc.example.gov.vn/2021-thang-cao-diem-quan-12/ubnd-quan-12/")
        #expect(!project.exists("public/posters/2021-thang-cao-diem-quan-12/tong-hop.pdf"), "--unit writes only that unit's poster")
    }

    @Test("a campaign file saved in NFD prints NFC text")
    func nfdInput() throws {
        let project = try ProjectFolder()
        defer { project.remove() }
        try project.write("Site/site.yaml", "title: Thử\nbase_url: https://cchc.example.gov.vn/\n")
        let names = ["Thủ tục đăng ký khai sinh", "Thủ tục chứng thực chữ ký trong giấy tờ, văn bản"]
        let campaign = """
            ---
            title: Tuần lễ giải quyết hồ sơ ngay trong ngày
            organizer: Ủy ban nhân dân phường Tân Thới Hiệp
            start: 2021-06-07
            end: 2021-06-11
            units:
              - unit: phuong-tan-thoi-hiep
                name: Ủy ban nhân dân phường Tân Thới Hiệp
                block: ward
                procedures:
                  - name: \(names[0])
                    standard: 01 ngày làm việc
                    reduced: 02 giờ
                  - name: \(names[1])
                    standard: 01 ngày làm việc
                    reduced: trong ngày
            ---
            """
        try project.write("Campaigns/tuan-le.md", campaign.decomposedStringWithCanonicalMapping)
        let result = try project.run("poster")
        #expect(result.status == 0, "\(result.output)")
        let text = try Poppler.text(project.url.appendingPathComponent("public/posters/tuan-le/phuong-tan-thoi-hiep.pdf"))
        for expected in names + ["Ủy ban nhân dân phường Tân Thới Hiệp", "01 ngày làm việc", "02 giờ", "trong ngày"] {
            #expect(text.containsNFC(expected), "\(expected)")
        }
        let composed = text.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars)
        #expect(composed, "no decomposed characters in the PDF's text")
    }

    @Test("site.yaml chooses the poster font and the language of the poster's labels")
    func fontAndLanguageFromSite() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let site = try project.read("Site/site.yaml").replacingOccurrences(of: "language: vi", with: "language: en")
        try project.write("Site/site.yaml", site + "poster_font: Noto Serif\n")
        let result = try project.run("poster", "--unit", "ubnd-quan-12")
        #expect(result.status == 0, "\(result.output)")
        let pdf = project.url.appendingPathComponent(Self.unitPoster)
        let fonts = try Poppler.fonts(pdf)
        #expect(!fonts.isEmpty && fonts.allSatisfy { $0.name.contains("NotoSerif") && $0.embedded }, "\(fonts)")
        let text = try Poppler.text(pdf)
        #expect(text.containsNFC("From 1 June 2021 to 1 July 2021"))
        #expect(text.containsNFC("Now only"))
        #expect(text.containsNFC("3 working days") && text.containsNFC("1 session") && text.containsNFC("1 hour"))
        #expect(text.containsNFC("Thủ tục cấp bản sao trích lục hộ tịch"), "names stay as written")
    }

    @Test("30 procedures and a 200-character unit name: no text outside the page, no overlaps, more pages")
    func longUnitStaysOnThePage() throws {
        let project = try ProjectFolder()
        defer { project.remove() }
        try project.write("Site/site.yaml", "title: Thử\nbase_url: https://cchc.example.gov.vn/\ncontact:\n  phone: \"028 1234 5678\"\n")
        let unitName = String(String(repeating: "Ủy ban nhân dân phường Tân Thới Hiệp ", count: 6).prefix(200))
        #expect(unitName.count == 200)
        let procedures = (1...30).map { number in
            """
                  - name: Thủ tục số \(number) về cấp giấy chứng nhận đăng ký hộ kinh doanh và chứng thực bản sao
                    standard: 03 ngày làm việc
                    reduced: \(number.isMultiple(of: 2) ? "01 buổi" : "trong ngày")
            """
        }
        let campaign = """
            ---
            title: Tháng cao điểm thực hiện chủ đề năm 2021
            slogan: Cam kết, trách nhiệm và hành động
            courtesy: "“4 xin, 4 luôn”: xin chào, xin lỗi, xin cảm ơn, xin phép"
            organizer: Ủy ban nhân dân Quận 12
            start: 2021-06-01
            end: 2021-07-01
            units:
              - unit: phuong-dai
                name: "\(unitName.trimmingCharacters(in: .whitespaces))"
                block: ward
                procedures:
            \(procedures.joined(separator: "\n"))
            ---
            """
        try project.write("Campaigns/dai/campaign.md", campaign)
        for size in ["A4", "A3"] {
            let result = try project.run("poster", "--size", size)
            #expect(result.status == 0, "\(result.output)")
            for file in ["phuong-dai", "tong-hop"] {
                let pdf = project.url.appendingPathComponent("public/posters/dai/\(file).pdf")
                let pages = try Poppler.words(pdf)
                #expect(!pages.isEmpty && pages.allSatisfy { !$0.words.isEmpty })
                if file == "phuong-dai" { #expect(pages.count >= 2, "\(size): \(pages.count) pages") }
                for (number, page) in pages.enumerated() {
                    for word in page.words {
                        #expect(
                            word.xMin >= 0 && word.yMin >= 0 && word.xMax <= page.width && word.yMax <= page.height,
                            "\(size) \(file) page \(number + 1): '\(word.text)' outside the page")
                    }
                    for (index, word) in page.words.enumerated() {
                        for other in page.words[(index + 1)...] where word.overlaps(other) {
                            Issue.record("\(size) \(file) page \(number + 1): '\(word.text)' overlaps '\(other.text)'")
                        }
                    }
                }
                let text = try Poppler.text(pdf)
                for number in 1...30 {
                    #expect(text.containsNFC("Thủ tục số \(number) về cấp giấy chứng nhận"), "\(size) \(file): \(number)")
                }
            }
        }
    }

    @Test("the summary poster lists every registered unit")
    func summaryListsEveryUnit() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let result = try project.run("poster", "--campaign", "2022-thang-hanh-dong-thanh-pho")
        #expect(result.status == 0, "\(result.output)")
        let text = try Poppler.text(
            project.url.appendingPathComponent("public/posters/2022-thang-hanh-dong-thanh-pho/tong-hop.pdf"))
        for name in [
            "Khối quận - huyện, thành phố Thủ Đức", "Khối cấp xã (phường, xã, thị trấn)", "Khối sở, ban, ngành",
            "Khối các đơn vị ngành dọc",
        ] {
            #expect(text.containsNFC(name), "\(name)")
        }
    }

    @Test("invalid input exits 1 and writes nothing")
    func invalidInput() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let file = "Campaigns/2021-thang-cao-diem-quan-12/campaign.md"
        try project.write(file, try project.read(file).replacingOccurrences(of: "end: 2021-07-01", with: "end: 2021-13-01"))
        let result = try project.run("poster", "--lang", "en")
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains("[invalid-date]"), "\(result.output)")
        #expect(!project.exists("public"))
    }

    @Test("an unknown campaign or unit, or paper size, is a usage error (exit 2) that names what exists")
    func unknownSelection() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let campaign = try project.run("poster", "--campaign", "khong-co", "--lang", "en")
        #expect(campaign.status == 2)
        #expect(campaign.stderr.contains("There is no campaign 'khong-co'"), "\(campaign.stderr)")
        #expect(campaign.stderr.contains("2021-thang-cao-diem-quan-12"))
        let unit = try project.run("poster", "--campaign", "2021-thang-cao-diem-quan-12", "--unit", "khoi-cap-xa")
        #expect(unit.status == 2)
        #expect(unit.stderr.contains("Đơn vị 'khoi-cap-xa' không đăng ký"), "\(unit.stderr)")
        #expect(unit.stderr.contains("ubnd-quan-12"))
        let paper = try project.run("poster", "--size", "A5")
        #expect(paper.status == 2)
        #expect(!project.exists("public"))
    }

    @Test("printing twice gives the same bytes, dated by the campaign")
    func deterministic() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        #expect(try project.run("poster", "--out", "first").status == 0)
        #expect(try project.run("poster", "--out", "second").status == 0)
        for name in ["ubnd-quan-12", "tong-hop"] {
            let path = "posters/2021-thang-cao-diem-quan-12/\(name).pdf"
            let first = try Data(contentsOf: project.url.appendingPathComponent("first/" + path))
            let second = try Data(contentsOf: project.url.appendingPathComponent("second/" + path))
            #expect(!first.isEmpty && first == second, "\(name)")
        }
        let pdf = project.url.appendingPathComponent("first/posters/2021-thang-cao-diem-quan-12/ubnd-quan-12.pdf")
        let info = try Poppler.run("pdfinfo", ["-isodates", pdf.path])
        #expect(info.contains("CreationDate:    2021-06-01T00:00:00"), "the campaign's published date (its start): \(info)")
    }

    @Test("--out chooses the site folder")
    func outFolder() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let result = try project.run("poster", "--unit", "khoi-cap-xa", "--out", "site")
        #expect(result.status == 0, "\(result.output)")
        #expect(project.exists("site/posters/2022-thang-hanh-dong-thanh-pho/khoi-cap-xa.pdf"))
        #expect(!project.exists("public"))
    }
}

extension String {
    /// Whether the NFC form of `text` occurs in this text, code point for code point, once
    /// runs of white space (line breaks of wrapped text) are folded to one space.
    func containsNFC(_ text: String) -> Bool {
        let fold = { (string: String) in
            string.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return fold(self).range(of: fold(text.precomposedStringWithCanonicalMapping), options: .literal) != nil
    }
}

/// The poppler-utils and zbar tools, run as a user would.
enum Poppler {
    struct Font: CustomStringConvertible {
        var name: String
        var embedded: Bool
        var description: String { "\(name) emb=\(embedded)" }
    }

    struct Word {
        var text: String
        var xMin, yMin, xMax, yMax: Double

        /// Boxes that share more than a hair of area (touching edges are fine).
        func overlaps(_ other: Word) -> Bool {
            let tolerance = 0.05
            return xMin < other.xMax - tolerance && other.xMin < xMax - tolerance
                && yMin < other.yMax - tolerance && other.yMin < yMax - tolerance
        }
    }

    struct Page {
        var width: Double
        var height: Double
        var words: [Word] = []
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ToolFailure(tool: tool, status: process.terminationStatus)
        }
        return String(decoding: data, as: UTF8.self)
    }

    struct ToolFailure: Error {
        var tool: String
        var status: Int32
    }

    /// Every page's size in points, from `pdfinfo -f 1 -l N` lines such as
    /// "Page    1 size: 595.276 x 841.89 pts (A4)".
    static func pageSizes(_ pdf: URL) throws -> [(width: Double, height: Double)] {
        let info = try run("pdfinfo", ["-f", "1", "-l", "1000", pdf.path])
        return info.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains(" size:") }.compactMap { line in
            let fields = line.split(separator: ":", maxSplits: 1)[1].split(separator: " ")
            guard fields.count >= 3, fields[1] == "x", let width = Double(fields[0]), let height = Double(fields[2]) else {
                return nil
            }
            return (width, height)
        }
    }

    /// The text in content order (`pdftotext -raw`), so table cells stay whole.
    static func text(_ pdf: URL) throws -> String { try run("pdftotext", ["-raw", "-enc", "UTF-8", pdf.path, "-"]) }

    /// `pdffonts`, parsed by its columns: the name first, "emb" the fourth field from the end.
    static func fonts(_ pdf: URL) throws -> [Font] {
        let lines = try run("pdffonts", [pdf.path]).split(separator: "\n").dropFirst(2)
        return lines.map { line in
            let fields = line.split(separator: " ")
            return Font(name: String(fields[0]), embedded: fields[fields.count - 5] == "yes")
        }
    }

    /// Every page and word box of `pdftotext -bbox`, parsed as XHTML.
    static func words(_ pdf: URL) throws -> [Page] {
        let xhtml = try run("pdftotext", ["-bbox", "-enc", "UTF-8", pdf.path, "-"])
        let reader = BoxReader()
        let parser = XMLParser(data: Data(xhtml.utf8))
        parser.delegate = reader
        #expect(parser.parse(), "pdftotext -bbox output parses")
        return reader.pages
    }

    final class BoxReader: NSObject, XMLParserDelegate {
        var pages: [Page] = []
        private var word: Word?

        func parser(
            _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            let number = { (key: String) in Double(attributes[key] ?? "") ?? .nan }
            if element == "page" {
                pages.append(Page(width: number("width"), height: number("height")))
            } else if element == "word" {
                word = Word(text: "", xMin: number("xMin"), yMin: number("yMin"), xMax: number("xMax"), yMax: number("yMax"))
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { word?.text += string }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            if element == "word", let word, !pages.isEmpty {
                pages[pages.count - 1].words.append(word)
                self.word = nil
            }
        }
    }
}
