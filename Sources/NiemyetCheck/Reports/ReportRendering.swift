import Foundation
import NiemyetCore

/// The words of a check report in the reader's language, from the strings tables.
struct ReportWords {
    let language: Language
    private var table: Messages { Messages.table(for: language) }

    func status(_ status: CheckReport.Status) -> String {
        table.label("check.status." + status.rawValue)
    }

    /// What is wrong with one procedure, or nil when it is posted.
    func problem(_ procedure: CheckReport.ProcedureResult) -> String? {
        if procedure.nameFound && procedure.turnaroundFound { return nil }
        let reduced = procedure.reduced ?? "?"
        if !procedure.nameFound { return table.label("check.problem.nameMissing", ["name": procedure.name]) }
        if let found = procedure.foundTurnaround {
            return table.label(
                "check.problem.wrongTurnaround", ["name": procedure.name, "found": found, "reduced": reduced])
        }
        return table.label("check.problem.turnaroundMissing", ["name": procedure.name, "reduced": reduced])
    }

    /// Why a unit's posting could not be read.
    func reason(_ unit: CheckReport.UnitResult) -> String? {
        switch unit.status {
        case .noURL:
            return table.label("check.reason.no-url")
        case .unreachable:
            let code = unit.error ?? "unreachable"
            if code.hasPrefix("http-") { return table.label("check.reason.http", ["status": String(code.dropFirst(5))]) }
            let key = "check.reason." + code
            return table.labelKeys.contains(key) ? table.label(key) : code
        default:
            return nil
        }
    }

    var changed: String { table.label("check.changed") }

    func summary(_ s: CheckReport.Summary) -> String {
        table.label(
            "check.summary",
            [
                "units": table.count(s.units, "units"), "posted": "\(s.posted)", "partial": "\(s.partial)",
                "missing": "\(s.missing)", "unreachable": "\(s.unreachable)", "noURL": "\(s.noURL)",
            ])
    }
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
        out += words.summary(summary) + "\n"
        return out
    }

    /// A Markdown table, for an issue, a wiki or an e-mail.
    public func markdown(language: Language) -> String {
        let words = ReportWords(language: language)
        let table = Messages.table(for: language)
        var out = "# " + table.label("check.markdown.title") + "\n\n"
        out += table.label("check.markdown.checkedAt", ["time": checkedAt]) + "\n"
        for campaign in campaigns {
            out += "\n## \(campaign.id)\n\n"
            out += table.label("check.markdown.header") + "\n"
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
