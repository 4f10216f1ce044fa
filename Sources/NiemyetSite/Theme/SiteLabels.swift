import NiemyetCore

/// The words of the site's own pages (headings, column names, statuses) in the site's
/// language, `language` in site.yaml. Templates read them as `{{labels.key}}`.
public struct SiteLabels: Sendable {
    public let language: Language
    let table: [String: String]

    public static func table(for language: Language) -> SiteLabels {
        switch language {
        case .vi: SiteLabels(language: .vi, table: vietnamese)
        case .en: SiteLabels(language: .en, table: english)
        }
    }

    /// The label of `key`; the key itself when missing, so a gap shows rather than hides.
    public subscript(_ key: String) -> String { table[key] ?? key }

    /// Every label, for templates.
    var all: [String: String] { table }

    /// A date as readers of this language write it: "ngày 1 tháng 6 năm 2021".
    func date(_ date: LocalDate) -> String { date.written(in: language) }

    /// A period "từ ngày 1 tháng 6 năm 2021 đến ngày 1 tháng 7 năm 2021".
    func period(_ start: LocalDate, _ end: LocalDate) -> String {
        "\(self["period.from"]) \(date(start)) \(self["period.to"]) \(date(end))"
    }

    /// A whole number with the reader's thousands separator: 229.642 or 229,642.
    func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += language == .vi ? "." : "," }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// A turnaround in the reader's words.
    func turnaround(_ turnaround: Turnaround?) -> String {
        guard let turnaround else { return self["none"] }
        return language == .vi ? turnaround.vietnamese : turnaround.english
    }

    /// The name of a block: "Phường", "Sở, ban, ngành"; unknown blocks as written.
    func block(_ block: Block?) -> String {
        guard let block else { return self["none"] }
        return block.isKnown ? self["block." + block.id] : block.id
    }

    /// Fills `{name}` placeholders.
    func fill(_ key: String, _ values: [String: String]) -> String {
        var text = self[key]
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    static let vietnamese: [String: String] = [
        "skip": "Bỏ qua, đến nội dung chính",
        "nav.label": "Điều hướng chính",
        "nav.home": "Trang chủ",
        "nav.procedures": "Thủ tục",
        "nav.feed": "Tin mới (Atom)",
        "nav.data": "Dữ liệu mở",
        "breadcrumb": "Bạn đang ở",
        "home.intro": "Các chiến dịch cải cách hành chính: thủ tục được rút ngắn thời gian giải quyết và nơi các đơn vị niêm yết công khai để người dân giám sát.",
        "home.running": "Đang diễn ra",
        "home.upcoming": "Sắp diễn ra",
        "home.past": "Đã kết thúc",
        "home.none": "Không có chiến dịch nào.",
        "status.running": "Đang diễn ra",
        "status.upcoming": "Sắp diễn ra",
        "status.past": "Đã kết thúc",
        "period.from": "Từ",
        "period.to": "đến",
        "theme": "Chủ đề năm",
        "slogan": "Chủ đề trọng tâm",
        "organizer": "Đơn vị tổ chức",
        "dates": "Thời gian",
        "published": "Ngày đăng",
        "activities": "Các hoạt động",
        "notice": "Nội dung thông báo",
        "procedures": "Thủ tục được rút ngắn thời gian giải quyết",
        "procedures.caption": "Thủ tục hành chính đăng ký theo đơn vị: thời gian giải quyết thông thường và thời gian rút ngắn",
        "procedures.none": "Chưa có đơn vị nào đăng ký thủ tục.",
        "col.unit": "Đơn vị",
        "col.block": "Khối",
        "col.procedure": "Thủ tục",
        "col.code": "Mã thủ tục",
        "col.field": "Lĩnh vực",
        "col.standard": "Thời gian thông thường",
        "col.reduced": "Thời gian rút ngắn",
        "col.posting": "Nơi niêm yết",
        "col.poster": "Áp phích",
        "col.campaign": "Chiến dịch",
        "col.units": "Số đơn vị",
        "col.campaigns": "Số chiến dịch",
        "col.received": "Tiếp nhận",
        "col.sameDay": "Giải quyết trong ngày",
        "col.onTime": "Đúng hạn",
        "col.late": "Trễ hạn",
        "col.total": "Tổng cộng",
        "posting.link": "Xem trang niêm yết",
        "posting.offline": "Bản lưu tại đơn vị",
        "posting.none": "Chưa có",
        "poster.link": "Tải áp phích (PDF)",
        "poster.summary": "Tải áp phích tổng hợp của chiến dịch (PDF)",
        "filter.legend": "Lọc bảng thủ tục",
        "filter.block": "Khối",
        "filter.unit": "Đơn vị",
        "filter.field": "Lĩnh vực",
        "filter.all": "Tất cả",
        "filter.count": "Đang hiện {shown} trên {total} thủ tục.",
        "unit.campaign": "Chiến dịch",
        "unit.posting": "Nơi niêm yết công khai",
        "unit.address": "Địa chỉ",
        "unit.phone": "Điện thoại",
        "unit.notice": "Thông báo của đơn vị",
        "unit.procedures.caption": "Thủ tục đơn vị đăng ký và thời gian giải quyết",
        "unit.check": "Kết quả kiểm tra niêm yết",
        "unit.checkedAt": "Kiểm tra ngày",
        "check.posted": "Đã niêm yết đầy đủ",
        "check.partial": "Niêm yết chưa đầy đủ",
        "check.missing": "Chưa thấy niêm yết",
        "check.unreachable": "Không truy cập được trang niêm yết",
        "check.no_url": "Chưa có địa chỉ niêm yết",
        "unit.results": "Kết quả của đơn vị",
        "units": "Đơn vị tham gia",
        "results": "Kết quả",
        "results.link": "Xem kết quả của chiến dịch",
        "results.caption": "Kết quả tiếp nhận và giải quyết hồ sơ theo đơn vị",
        "results.byBlock": "Tổng hợp theo khối",
        "results.byBlock.caption": "Tổng số hồ sơ theo khối",
        "results.chart": "Biểu đồ hồ sơ tiếp nhận và giải quyết trong ngày theo khối",
        "results.chart.entry": "{block}: {received} hồ sơ tiếp nhận, {sameDay} giải quyết trong ngày",
        "index.title": "Danh mục thủ tục trong các chiến dịch",
        "index.intro": "Mỗi dòng là một thủ tục: số chiến dịch và số đơn vị đã đăng ký, và thời gian rút ngắn nhất. Chọn tên thủ tục để xem từng chiến dịch.",
        "index.caption": "Thủ tục đăng ký trong các chiến dịch",
        "index.fastest": "Rút ngắn nhất",
        "procedure.description": "{name}: các chiến dịch đã đăng ký thủ tục, số đơn vị và thời gian rút ngắn nhất.",
        "procedure.intro": "Mỗi dòng là một chiến dịch đã đăng ký thủ tục này: số đơn vị đăng ký, thời gian thông thường và thời gian rút ngắn nhất.",
        "procedure.caption": "Các chiến dịch đăng ký thủ tục",
        "procedure.back": "Về danh mục thủ tục",
        "notfound.title": "Không tìm thấy trang",
        "notfound.text": "Địa chỉ này không có trên trang. Có thể trang đã được chuyển hoặc địa chỉ bị gõ sai.",
        "notfound.home": "Về trang chủ",
        "contact": "Liên hệ",
        "contact.phone": "Điện thoại",
        "contact.email": "Thư điện tử",
        "contact.address": "Địa chỉ",
        "data.campaign": "Dữ liệu mở của chiến dịch (JSON)",
        "none": "Không có",
        "block.district": "Quận, huyện",
        "block.ward": "Phường",
        "block.commune": "Xã, phường, thị trấn",
        "block.department": "Sở, ban, ngành",
        "block.vertical": "Ngành dọc",
        "block.city": "Thành phố",
        "summary.built": "Đã dựng trang web vào {out}: {pages} trang ({rendered} dựng mới, {reused} giữ nguyên), {files} tệp.",
        "summary.unchanged": "Chiến dịch không có gì thay đổi (giữ nguyên cả thư mục, không dựng lại): {count}.",
    ]

    static let english: [String: String] = [
        "skip": "Skip to main content",
        "nav.label": "Main navigation",
        "nav.home": "Home",
        "nav.procedures": "Procedures",
        "nav.feed": "News feed (Atom)",
        "nav.data": "Open data",
        "breadcrumb": "You are here",
        "home.intro": "Administrative-reform campaigns: the procedures resolved faster, and where each unit posted them publicly for citizens to monitor.",
        "home.running": "Running now",
        "home.upcoming": "Upcoming",
        "home.past": "Finished",
        "home.none": "No campaigns.",
        "status.running": "Running now",
        "status.upcoming": "Upcoming",
        "status.past": "Finished",
        "period.from": "From",
        "period.to": "to",
        "theme": "Theme of the year",
        "slogan": "Focal slogan",
        "organizer": "Organizer",
        "dates": "Dates",
        "published": "Published",
        "activities": "Activities",
        "notice": "Notice",
        "procedures": "Procedures resolved faster",
        "procedures.caption": "Registered procedures by unit: standard and reduced turnaround",
        "procedures.none": "No unit has registered a procedure yet.",
        "col.unit": "Unit",
        "col.block": "Block",
        "col.procedure": "Procedure",
        "col.code": "Code",
        "col.field": "Field",
        "col.standard": "Standard turnaround",
        "col.reduced": "Reduced turnaround",
        "col.posting": "Public posting",
        "col.poster": "Poster",
        "col.campaign": "Campaign",
        "col.units": "Units",
        "col.campaigns": "Campaigns",
        "col.received": "Received",
        "col.sameDay": "Resolved same day",
        "col.onTime": "On time",
        "col.late": "Late",
        "col.total": "Total",
        "posting.link": "View the posting",
        "posting.offline": "Copy kept by the unit",
        "posting.none": "None yet",
        "poster.link": "Download the poster (PDF)",
        "poster.summary": "Download the campaign's summary poster (PDF)",
        "filter.legend": "Filter the procedures",
        "filter.block": "Block",
        "filter.unit": "Unit",
        "filter.field": "Field",
        "filter.all": "All",
        "filter.count": "Showing {shown} of {total} procedures.",
        "unit.campaign": "Campaign",
        "unit.posting": "Public posting",
        "unit.address": "Address",
        "unit.phone": "Phone",
        "unit.notice": "The unit's notice",
        "unit.procedures.caption": "Procedures registered by the unit and their turnaround",
        "unit.check": "Posting check",
        "unit.checkedAt": "Checked on",
        "check.posted": "Fully posted",
        "check.partial": "Partly posted",
        "check.missing": "Not found on the posting",
        "check.unreachable": "Posting could not be reached",
        "check.no_url": "No posting address",
        "unit.results": "The unit's results",
        "units": "Participating units",
        "results": "Results",
        "results.link": "See the campaign's results",
        "results.caption": "Dossiers received and resolved, by unit",
        "results.byBlock": "Totals by block",
        "results.byBlock.caption": "Dossiers by block",
        "results.chart": "Chart of dossiers received and resolved the same day, by block",
        "results.chart.entry": "{block}: {received} received, {sameDay} resolved the same day",
        "index.title": "Procedures across campaigns",
        "index.intro": "Each row is one procedure: in how many campaigns and by how many units it was registered, and the shortest reduced turnaround. Choose a procedure to see each campaign.",
        "index.caption": "Procedures registered in the campaigns",
        "index.fastest": "Shortest reduced",
        "procedure.description": "{name}: the campaigns that registered the procedure, how many units and the shortest reduced turnaround.",
        "procedure.intro": "Each row is one campaign that registered this procedure: how many units did, the standard turnaround and the shortest reduced one.",
        "procedure.caption": "Campaigns that registered the procedure",
        "procedure.back": "Back to the procedure index",
        "notfound.title": "Page not found",
        "notfound.text": "This address is not on the site. The page may have moved or the address may be mistyped.",
        "notfound.home": "Go to the home page",
        "contact": "Contact",
        "contact.phone": "Phone",
        "contact.email": "Email",
        "contact.address": "Address",
        "data.campaign": "The campaign's open data (JSON)",
        "none": "None",
        "block.district": "District",
        "block.ward": "Ward",
        "block.commune": "Commune level",
        "block.department": "Department",
        "block.vertical": "Vertical agency",
        "block.city": "City",
        "summary.built": "Built the site in {out}: {pages} pages ({rendered} rendered, {reused} unchanged), {files} files.",
        "summary.unchanged": "Campaigns with nothing changed (kept whole, not planned again): {count}.",
    ]
}
