import Foundation
import NiemyetCore

/// The words of a check report in the reader's language.
struct ReportWords {
    let language: Language

    func status(_ status: CheckReport.Status) -> String {
        switch (language, status) {
        case (.vi, .posted): "đã niêm yết"
        case (.vi, .partial): "niêm yết thiếu"
        case (.vi, .missing): "chưa niêm yết"
        case (.vi, .unreachable): "không truy cập được"
        case (.vi, .noURL): "chưa có địa chỉ"
        case (.en, .posted): "posted"
        case (.en, .partial): "partial"
        case (.en, .missing): "missing"
        case (.en, .unreachable): "unreachable"
        case (.en, .noURL): "no URL"
        }
    }

    /// What is wrong with one procedure, or nil when it is posted.
    func problem(_ procedure: CheckReport.ProcedureResult) -> String? {
        if procedure.nameFound && procedure.turnaroundFound { return nil }
        let reduced = procedure.reduced ?? "?"
        switch language {
        case .vi:
            if !procedure.nameFound { return "không thấy tên thủ tục “\(procedure.name)” trên trang" }
            if let found = procedure.foundTurnaround {
                return "“\(procedure.name)”: trang ghi \(found), đăng ký là \(reduced)"
            }
            return "“\(procedure.name)”: không thấy thời gian rút ngắn \(reduced) cùng dòng với tên thủ tục"
        case .en:
            if !procedure.nameFound { return "the procedure “\(procedure.name)” is not on the page" }
            if let found = procedure.foundTurnaround {
                return "“\(procedure.name)”: the page says \(found), the registration says \(reduced)"
            }
            return "“\(procedure.name)”: the reduced turnaround \(reduced) is not next to the name"
        }
    }

    /// Why a unit's posting could not be read.
    func reason(_ unit: CheckReport.UnitResult) -> String? {
        switch unit.status {
        case .noURL:
            return language == .vi
                ? "đơn vị chưa khai báo posting_url (địa chỉ niêm yết)" : "the unit has no posting_url"
        case .unreachable:
            let code = unit.error ?? "unreachable"
            switch language {
            case .vi:
                if code.hasPrefix("http-") { return "máy chủ trả lỗi HTTP \(code.dropFirst(5))" }
                return [
                    "timeout": "quá thời gian chờ", "redirect-loop": "chuyển hướng vòng lặp",
                    "too-many-redirects": "chuyển hướng quá nhiều lần", "body-too-large": "trang quá lớn",
                    "certificate-invalid": "chứng chỉ TLS không hợp lệ", "file-unreadable": "không đọc được tệp",
                    "unreadable-body": "không đọc được nội dung trang", "connection-failed": "không kết nối được",
                    "invalid-address": "địa chỉ không hợp lệ",
                ][code] ?? code
            case .en:
                if code.hasPrefix("http-") { return "the server answered HTTP \(code.dropFirst(5))" }
                return code.replacingOccurrences(of: "-", with: " ")
            }
        default:
            return nil
        }
    }

    var changed: String { language == .vi ? "trang đã thay đổi so với lần kiểm tra trước" : "the page changed since the last check" }
}

extension CheckReport {
    /// A table for the terminal: one line per unit, then what is missing, then totals.
    /// Colour only when `colour` is true (a terminal without NO_COLOR).
    public func text(language: Language, colour: Bool) -> String {
        let words = ReportWords(language: language)
        func paint(_ text: String, _ status: Status) -> String {
            guard colour else { return text }
            let code =
                switch status {
                case .posted: "32"
                case .partial: "33"
                case .missing, .unreachable: "31"
                case .noURL: "90"
                }
            return "\u{1B}[\(code)m\(text)\u{1B}[0m"
        }
        var out = ""
        for campaign in campaigns {
            out += campaign.id + "\n"
            let width = campaign.units.map(\.id.count).max() ?? 0
            for unit in campaign.units {
                let label = words.status(unit.status)
                let posted = unit.procedures.filter { $0.nameFound && $0.turnaroundFound }.count
                let padded = unit.id.padding(toLength: width, withPad: " ", startingAt: 0)
                let statusText = paint(label.padding(toLength: 20, withPad: " ", startingAt: 0), unit.status)
                out += "  \(padded)  \(statusText)  \(posted)/\(unit.procedures.count)  \(unit.postingURL ?? "-")\n"
                if let reason = words.reason(unit) { out += "      - \(reason)\n" }
                if unit.status == .partial || unit.status == .missing {
                    for problem in unit.procedures.compactMap(words.problem) { out += "      - \(problem)\n" }
                }
                if unit.changed == true { out += "      ! \(words.changed)\n" }
                if let evidence = unit.evidence { out += "      \(evidence)\n" }
            }
        }
        let s = summary
        out +=
            language == .vi
            ? "\(s.units) đơn vị: \(s.posted) đã niêm yết, \(s.partial) thiếu, \(s.missing) chưa niêm yết, \(s.unreachable) không truy cập được, \(s.noURL) chưa có địa chỉ.\n"
            : "\(s.units) units: \(s.posted) posted, \(s.partial) partial, \(s.missing) missing, \(s.unreachable) unreachable, \(s.noURL) without URL.\n"
        return out
    }

    /// A Markdown table, for an issue, a wiki or an e-mail.
    public func markdown(language: Language) -> String {
        let words = ReportWords(language: language)
        var out = language == .vi ? "# Kết quả kiểm tra niêm yết\n\n" : "# Posting check\n\n"
        out += (language == .vi ? "Thời điểm: " : "Checked at: ") + checkedAt + "\n"
        for campaign in campaigns {
            out += "\n## \(campaign.id)\n\n"
            out += language == .vi ? "| Đơn vị | Trạng thái | Thủ tục | Ghi chú |\n" : "| Unit | Status | Procedures | Notes |\n"
            out += "|---|---|---|---|\n"
            for unit in campaign.units {
                let posted = unit.procedures.filter { $0.nameFound && $0.turnaroundFound }.count
                let notes = ([words.reason(unit)].compactMap { $0 } + unit.procedures.compactMap(words.problem))
                    .map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: "<br>")
                let link = unit.postingURL.map { "[\(unit.id)](\($0))" } ?? unit.id
                out += "| \(link) | \(words.status(unit.status)) | \(posted)/\(unit.procedures.count) | \(notes) |\n"
            }
        }
        return out
    }

    /// JUnit XML: one test suite per campaign, one test case per unit, failing unless posted.
    public func junit(language: Language) -> String {
        let words = ReportWords(language: language)
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"niemyet check\" tests=\"\(summary.units)\" failures=\"\(summary.units - summary.posted)\">\n"
        for campaign in campaigns {
            let failures = campaign.units.filter { $0.status != .posted }.count
            out += "  <testsuite name=\"\(escape(campaign.id))\" tests=\"\(campaign.units.count)\" failures=\"\(failures)\" timestamp=\"\(checkedAt)\">\n"
            for unit in campaign.units {
                out += "    <testcase classname=\"\(escape(campaign.id))\" name=\"\(escape(unit.id))\""
                if unit.status == .posted {
                    out += "/>\n"
                    continue
                }
                let details = ([words.reason(unit)].compactMap { $0 } + unit.procedures.compactMap(words.problem))
                    .joined(separator: "\n")
                out += ">\n      <failure type=\"\(unit.status.rawValue)\" message=\"\(escape(words.status(unit.status)))\">\(escape(details))</failure>\n    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }
}

/// A one-line progress bar for stderr: "[#####.....] 512/1000".
public enum ProgressBar {
    public static func line(done: Int, total: Int, width: Int = 30) -> String {
        let filled = total > 0 ? width * done / total : width
        return "\r[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            + "] \(done)/\(total)"
    }
}
