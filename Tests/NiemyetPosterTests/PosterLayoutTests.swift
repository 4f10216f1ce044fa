import NiemyetCore
import Testing

@testable import NiemyetPoster

/// Layout measured with the real fonts (the same printer that draws the PDF), so that
/// what these tests accept is what prints.
@Suite("Poster layout")
struct PosterLayoutTests {
    static let here = SourceLocation.start(of: "Campaigns/test/campaign.md")

    static func campaign(procedures count: Int, unitName: String) -> (Campaign, Registration) {
        let names = [
            "Thủ tục tạm ngừng hoạt động hộ kinh doanh", "Thủ tục cấp bản sao trích lục hộ tịch",
            "Thủ tục chuyển trường đối với học sinh trung học cơ sở", "Thủ tục đăng ký khai sinh",
        ]
        let procedures = (0..<count).map { index in
            RegisteredProcedure(
                code: nil, name: "\(names[index % names.count]) số \(index + 1)", field: nil,
                standard: Located(Turnaround(3, .workingDays), at: here),
                reduced: Located(index.isMultiple(of: 2) ? Turnaround(1, .sessions) : .sameDay, at: here), source: here)
        }
        let registration = Registration(
            unitID: Located("don-vi", at: here), name: unitName, procedures: procedures, source: here)
        let campaign = Campaign(
            id: "thang-cao-diem", title: "Tháng cao điểm thực hiện chủ đề năm 2021", theme: nil,
            slogan: "Cam kết, trách nhiệm và hành động", courtesy: "“4 xin, 4 luôn”", organizer: "Ủy ban nhân dân Quận 12",
            start: Located(LocalDate(year: 2021, month: 6, day: 1)!, at: here),
            end: Located(LocalDate(year: 2021, month: 7, day: 1)!, at: here),
            published: LocalDate(year: 2021, month: 5, day: 25)!, maxStandard: nil, activities: [],
            registrations: [registration], bodyHTML: "", results: [], source: here)
        return (campaign, registration)
    }

    static let site = SiteSettings(
        baseURL: "https://cchc.example.gov.vn/", organization: "Ủy ban nhân dân Quận 12",
        contact: .init(phone: "028 1234 5678", email: "cchc@example.gov.vn", address: "Bộ phận Một cửa"))

    static let longName = String(repeating: "Ủy ban nhân dân phường Tân Thới Hiệp ", count: 6).prefix(200)
        .trimmingCharacters(in: .whitespaces)

    func pages(procedures: Int, unitName: String = "Ủy ban nhân dân Quận 12", paper: PaperSize = .a4) -> [PosterPage] {
        let (campaign, registration) = Self.campaign(procedures: procedures, unitName: unitName)
        let content = PosterContent(campaign: campaign, registration: registration, unitName: unitName, site: Self.site)
        return PosterLayout(paper: paper, measuring: PDFPrinter(fontFamily: "Noto Sans")).pages(for: content)
    }

    /// The font size of the procedure names (the lines starting "N. Thủ tục").
    func nameSizes(_ pages: [PosterPage]) -> Set<Double> {
        Set(pages.flatMap(\.texts).filter { $0.text.contains(". Thủ tục") }.map(\.style.size))
    }

    @Test("a few procedures print on one page, larger than the base size")
    func fewProcedures() {
        let result = pages(procedures: 4)
        #expect(result.count == 1)
        #expect(nameSizes(result) == [14 * PosterLayout.largestListScale])
    }

    @Test("a longer list shrinks its type, within the legible minimum, before it needs a second page")
    func shrinksFirst() {
        let result = pages(procedures: 9)
        #expect(result.count == 1)
        let sizes = nameSizes(result)
        #expect(sizes.count == 1)
        #expect(sizes.allSatisfy { $0 < 14 * PosterLayout.largestListScale && $0 >= 9 })
    }

    @Test("30 procedures and a 200-character unit name continue on more pages at the smallest legible size")
    func continuesOnMorePages() throws {
        #expect(Self.longName.count == 200)
        let result = pages(procedures: 30, unitName: Self.longName)
        #expect(result.count >= 2)
        #expect(nameSizes(result) == [9])
        for number in 1...30 {
            let lines = result.flatMap(\.texts).map(\.text)
            #expect(lines.contains { $0.hasPrefix("\(number). ") }, "procedure \(number) is missing")
        }
        // The unit's name wraps on the first page, and every page but the first says "(tiếp theo)".
        let unitLines = result[0].texts.filter { $0.style.ink == .unit }
        #expect(unitLines.count > 1)
        #expect(unitLines.map(\.text).joined(separator: " ") == Self.longName)
        for page in result.dropFirst() { #expect(page.texts.contains { $0.text.contains("(tiếp theo)") }) }
        #expect(result.allSatisfy { $0.code != nil }, "every sheet carries the QR code")
    }

    @Test("nothing leaves the printable area or overlaps", arguments: [PaperSize.a4, .a3], [4, 30])
    func nothingClippedOrOverlapping(paper: PaperSize, procedures: Int) {
        for page in pages(procedures: procedures, unitName: Self.longName, paper: paper) {
            let margin = paper.margin - 0.01
            var boxes = page.texts.map { Box(x: $0.x, y: $0.y, width: $0.width, height: $0.height, label: $0.text) }
            if let code = page.code { boxes.append(Box(x: code.x, y: code.y, width: code.side, height: code.side, label: "QR")) }
            for box in boxes {
                #expect(box.x >= margin && box.y >= margin, "\(box.label)")
                #expect(box.x + box.width <= page.width - margin && box.y + box.height <= page.height - margin, "\(box.label)")
            }
            for (index, box) in boxes.enumerated() {
                for other in boxes[(index + 1)...] where box.overlaps(other) {
                    Issue.record("'\(box.label)' overlaps '\(other.label)'")
                }
            }
        }
    }

    @Test("a very long title and unit name shrink the header, leaving room for the list on the first page")
    func longHeaderShrinks() {
        var (campaign, registration) = Self.campaign(procedures: 6, unitName: Self.longName)
        campaign.title = String(repeating: "Tháng hành động tiếp nhận và giải quyết thủ tục hành chính ngay trong ngày ", count: 5)
        let content = PosterContent(campaign: campaign, registration: registration, unitName: Self.longName, site: Self.site)
        let result = PosterLayout(paper: .a4, measuring: PDFPrinter(fontFamily: "Noto Sans")).pages(for: content)
        let titleSizes = Set(result[0].texts.filter { $0.style.ink == .accent && $0.style.weight == .bold }.map(\.style.size))
        #expect(titleSizes.allSatisfy { $0 < 22 })
        #expect(result[0].texts.contains { $0.text.hasPrefix("1. ") })
        for page in result {
            for text in page.texts {
                #expect(text.y >= PaperSize.a4.margin - 0.01 && text.y + text.height <= page.height - PaperSize.a4.margin + 0.01)
            }
        }
    }

    @Test("A3 is laid out for its page: larger type, yet more procedures per sheet than A4")
    func a3LaidOutNotScaled() {
        let a4 = pages(procedures: 30, paper: .a4)
        let a3 = pages(procedures: 30, paper: .a3)
        let firstPageRows = { (pages: [PosterPage]) in pages[0].texts.filter { $0.text.contains(". Thủ tục") }.count }
        #expect(firstPageRows(a3) > firstPageRows(a4))
        let a3Size = nameSizes(a3).max() ?? 0
        let a4Size = nameSizes(a4).max() ?? 0
        #expect(a3Size > a4Size)
        #expect(a3Size / a4Size < PaperSize.a3.width / PaperSize.a4.width)
        #expect((a3.first?.width ?? 0).rounded() == 842)
    }

    @Test("the summary lists every unit, flowing onto more pages when needed")
    func summaryFlows() {
        var (campaign, registration) = Self.campaign(procedures: 4, unitName: "Phường 1")
        campaign.registrations = (1...40).map { number in
            var unit = registration
            unit.unitID = Located("phuong-\(number)", at: Self.here)
            unit.name = "Ủy ban nhân dân Phường \(number)"
            return unit
        }
        registration.procedures = []
        let content = PosterContent(summaryOf: campaign, unitName: { $0.name ?? "" }, site: Self.site)
        let result = PosterLayout(paper: .a4, measuring: PDFPrinter(fontFamily: "Noto Sans")).pages(for: content)
        #expect(result.count > 1)
        let lines = Set(result.flatMap(\.texts).map(\.text))
        for number in 1...40 { #expect(lines.contains("Ủy ban nhân dân Phường \(number)")) }
        #expect(result.allSatisfy { $0.code?.url == "https://cchc.example.gov.vn/thang-cao-diem/" })
    }

    @Test("labels follow the site's language and dates are written Vietnamese style")
    func labelsAndDates() {
        let (campaign, registration) = Self.campaign(procedures: 1, unitName: "Phường 1")
        let vi = PosterContent(campaign: campaign, registration: registration, unitName: "Phường 1", site: Self.site)
        #expect(vi.dates == "Từ ngày 1 tháng 6 năm 2021 đến ngày 1 tháng 7 năm 2021")
        #expect(vi.sections.first?.procedures.first?.reduced == "01 buổi")
        var english = Self.site
        english.language = .en
        let en = PosterContent(campaign: campaign, registration: registration, unitName: "Phường 1", site: english)
        #expect(en.dates == "From 1 June 2021 to 1 July 2021")
        #expect(en.sections.first?.procedures.first?.standard == "3 working days")
        #expect(en.url == "https://cchc.example.gov.vn/thang-cao-diem/don-vi/")
    }
}

struct Box {
    var x, y, width, height: Double
    var label: String

    /// Boxes that share more than a hair (rounding) of area.
    func overlaps(_ other: Box) -> Bool {
        let tolerance = 0.01
        return x < other.x + other.width - tolerance && other.x < x + width - tolerance
            && y < other.y + other.height - tolerance && other.y < y + height - tolerance
    }
}

@Suite("QR codes")
struct QRCodeTests {
    @Test("an address encodes as a square symbol with the three finder patterns")
    func encodes() throws {
        let code = try QRCode(encoding: "https://cchc.example.gov.vn/2021-thang-cao-diem-quan-12/ubnd-quan-12/")
        #expect(code.size >= 21 && (code.size - 17) % 4 == 0)
        #expect(code.modules.count == code.size * code.size)
        // Finder patterns: dark 7x7 rings in three corners.
        for (left, top) in [(0, 0), (code.size - 7, 0), (0, code.size - 7)] {
            #expect(code.isDark(x: left, y: top) && code.isDark(x: left + 6, y: top + 6))
            #expect(!code.isDark(x: left + 1, y: top + 1) && code.isDark(x: left + 3, y: top + 3))
        }
    }
}
