import Foundation
import NiemyetCore
import Yams

/// `niemyet new campaign` and `niemyet new unit`: valid, commented starting points, so
/// that staff fill in blanks instead of learning YAML from nothing.
public struct CampaignScaffold: Sendable {
    public enum Problem: Error, Equatable, Sendable {
        case exists(String)
        case unitExists(String)
        case emptySlug
        case unknownCampaign(String)
        case invalidID(String)
    }

    public let projectRoot: URL

    public init(projectRoot: URL) { self.projectRoot = projectRoot }

    /// Writes `Campaigns/<slug>/campaign.md` and an empty `units/` folder; returns the
    /// folder's path relative to the project.
    public func newCampaign(title: String, start: LocalDate, end: LocalDate, organizer: String?) throws -> String {
        let slug = Spelling.slug(title)
        guard !slug.isEmpty else { throw Problem.emptySlug }
        let relative = "Campaigns/\(slug)"
        let folder = projectRoot.appendingPathComponent(relative)
        guard !FileManager.default.fileExists(atPath: folder.path),
            !FileManager.default.fileExists(atPath: folder.path + ".md")
        else { throw Problem.exists(relative) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("units"), withIntermediateDirectories: true)
        try Data(campaignText(title: title, start: start, end: end, organizer: organizer).utf8)
            .write(to: folder.appendingPathComponent("campaign.md"), options: .atomic)
        return relative
    }

    /// Writes `Campaigns/<campaign>/units/<id>.md`; returns its path relative to the project.
    public func newUnit(id: String, campaign: String, name: String?, block: String?) throws -> String {
        guard Spelling.isSlug(id) else { throw Problem.invalidID(id) }
        let campaignFolder = projectRoot.appendingPathComponent("Campaigns/\(campaign)")
        guard FileManager.default.fileExists(atPath: campaignFolder.appendingPathComponent("campaign.md").path) else {
            throw Problem.unknownCampaign(campaign)
        }
        let relative = "Campaigns/\(campaign)/units/\(id).md"
        let file = projectRoot.appendingPathComponent(relative)
        guard !FileManager.default.fileExists(atPath: file.path) else { throw Problem.unitExists(relative) }
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(unitText(name: name ?? "Ủy ban nhân dân phường ...", block: block ?? "ward").utf8)
            .write(to: file, options: .atomic)
        return relative
    }

    func campaignText(title: String, start: LocalDate, end: LocalDate, organizer: String?) -> String {
        """
        ---
        # Thông tin chiến dịch. Dòng bắt đầu bằng # là ghi chú, niemyet bỏ qua.
        # Campaign settings. Lines starting with # are comments.
        title: \(yamlQuoted(title))
        organizer: \(yamlQuoted(organizer ?? "Ủy ban nhân dân ..."))
        # Ngày viết theo dạng NĂM-THÁNG-NGÀY.
        start: \(start.iso)
        end: \(end.iso)
        # theme: Chủ đề năm
        # slogan: Chủ đề trọng tâm
        # courtesy: "“4 xin, 4 luôn”: xin chào, xin lỗi, xin cảm ơn, xin phép; luôn mỉm cười, luôn nhẹ nhàng, luôn lắng nghe, luôn giúp đỡ"
        eligibility:
          # Thời gian giải quyết thường dài nhất của thủ tục được đăng ký.
          max_standard: 03 ngày làm việc
        # activities:
        #   - title: Tuần lễ “Tiếp nhận và giải quyết hồ sơ thủ tục hành chính ngay trong ngày”
        #     start: \(start.iso)
        #     end: \(start.adding(days: 4).iso)
        # Mỗi đơn vị đăng ký trong một tệp units/<mã-đơn-vị>.md (lệnh: niemyet new unit),
        # hoặc liệt kê ở đây dưới khóa units:.
        ---

        Nội dung thông báo viết ở đây, theo cú pháp Markdown: **chữ đậm**, *chữ nghiêng*,
        danh sách bắt đầu bằng "- " và tiêu đề bắt đầu bằng "## ".

        """
    }

    func unitText(name: String, block: String) -> String {
        """
        ---
        # Đăng ký của một đơn vị. Tên tệp là mã đơn vị.
        name: \(yamlQuoted(name))
        # Khối: district, ward, commune, department, vertical, city
        block: \(yamlQuoted(block))
        # Nơi đơn vị niêm yết công khai: địa chỉ web hoặc đường dẫn tới bản lưu trong dự án.
        # posting_url: https://...
        procedures:
          - name: Thủ tục ...
            standard: 03 ngày làm việc
            reduced: 01 ngày làm việc
        ---

        """
    }

    /// A YAML double-quoted scalar for any text, escaped by Yams' emitter.
    func yamlQuoted(_ text: String) -> String {
        let emitted = (try? Yams.serialize(node: Node(text, .implicit, .doubleQuoted), width: -1, allowUnicode: true)) ?? ""
        return emitted.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
