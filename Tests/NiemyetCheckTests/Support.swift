import Foundation
import NiemyetCore

@testable import NiemyetCheck

/// A unit to register in a test project: its id, posting address and procedures
/// (name, standard, reduced).
struct TestUnit {
    var id: String
    var url: String?
    var procedures: [(String, String, String)] = TestUnit.quan12
    static let quan12 = [
        ("Thủ tục tạm ngừng hoạt động hộ kinh doanh", "03 ngày làm việc", "01 ngày làm việc"),
        ("Thủ tục cấp bản sao trích lục hộ tịch", "01 ngày làm việc", "01 buổi"),
        ("Thủ tục chuyển trường đối với học sinh trung học cơ sở", "01 ngày làm việc", "01 giờ"),
    ]
}

/// A real project folder with one campaign, `c`, registering `units`.
struct TestProject {
    let root: URL

    init(units: [TestUnit]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("niemyet-check-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("Campaigns/c")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var text = """
            ---
            title: Tháng cao điểm
            organizer: Ủy ban nhân dân Quận 12
            start: 2021-06-01
            end: 2021-07-01
            units:

            """
        for unit in units {
            text += "  - unit: \(unit.id)\n    name: Đơn vị \(unit.id)\n    block: ward\n"
            if let url = unit.url { text += "    posting_url: \(url)\n" }
            text += "    procedures:\n"
            for (name, standard, reduced) in unit.procedures {
                text += "      - name: \(name)\n        standard: \(standard)\n        reduced: \(reduced)\n"
            }
        }
        text += "---\n\nNội dung.\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("campaign.md"))
    }

    func load() throws -> Project {
        let (loaded, diagnostics) = Validator.validate(path: root.path)
        guard !diagnostics.hasErrors else {
            throw TestFailure(diagnostics.map { $0.message(in: .en) }.joined(separator: "\n"))
        }
        return loaded.project
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Settings quick enough for tests.
func quickSettings(timeout: Duration = .seconds(5)) -> FetchSettings {
    var settings = FetchSettings()
    settings.timeout = timeout
    settings.connectTimeout = .seconds(2)
    settings.retryDelay = .milliseconds(50)
    return settings
}

/// The full posting of the three `TestUnit.quan12` procedures as an HTML table.
let completeTable = """
    <!doctype html><html><head><meta charset="utf-8"></head><body>
    <table><tr><th>Thủ tục</th><th>Thời gian rút ngắn</th></tr>
    <tr><td>Thủ tục tạm ngừng hoạt động hộ kinh doanh</td><td>01 ngày làm việc</td></tr>
    <tr><td>Thủ tục cấp bản sao trích lục hộ tịch</td><td>01 buổi</td></tr>
    <tr><td>Thủ tục chuyển trường đối với học sinh trung học cơ sở</td><td>01 giờ</td></tr></table></body></html>
    """
