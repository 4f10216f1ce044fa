import Foundation

/// One entry of `niemyet validate --format json`, decoded as a script would.
struct ReportedDiagnostic: Decodable, Equatable, CustomStringConvertible {
    var file: String
    var line: Int
    var column: Int
    var severity: String
    var code: String
    var message: String

    var description: String { "\(file):\(line):\(column): \(severity): \(message) [\(code)]" }
}

extension ProjectFolder {
    /// Validates this project through the binary and decodes the JSON diagnostics.
    func diagnostics(lang: String = "en") throws -> (status: Int32, diagnostics: [ReportedDiagnostic]) {
        let result = try Niemyet.run(["validate", "--format", "json", "--lang", lang], in: url)
        struct Document: Decodable { var diagnostics: [ReportedDiagnostic] }
        let document = try JSONDecoder().decode(Document.self, from: Data(result.stdout.utf8))
        return (result.status, document.diagnostics)
    }
}
