import Foundation
import NiemyetCore
import Yams

/// The text of a `units/<id>.md` file: front matter emitted by Yams, so that every value
/// is quoted exactly as YAML needs, and a short body.
enum RegistrationFile {
    static func text(for unit: RegistrationImport.UnitRegistration, source: String) throws -> String {
        func scalar(_ text: String, quoted: Bool = false) -> Node {
            Node(text, .implicit, quoted ? .doubleQuoted : .any)
        }
        var pairs: [(Node, Node)] = []
        if let name = unit.name { pairs.append((scalar("name"), scalar(name))) }
        if let block = unit.block { pairs.append((scalar("block"), scalar(block))) }
        if let url = unit.postingURL { pairs.append((scalar("posting_url"), scalar(url))) }
        let procedures: [Node] = unit.procedures.map { procedure in
            var fields: [(Node, Node)] = []
            if let code = procedure.code { fields.append((scalar("code"), scalar(code, quoted: true))) }
            if let name = procedure.name { fields.append((scalar("name"), scalar(name))) }
            if let field = procedure.field { fields.append((scalar("field"), scalar(field))) }
            if let standard = procedure.standard { fields.append((scalar("standard"), scalar(standard.vietnamese))) }
            fields.append((scalar("reduced"), scalar(procedure.reduced.vietnamese)))
            return Node(fields)
        }
        pairs.append((scalar("procedures"), Node(procedures)))
        let yaml = try Yams.serialize(node: Node(pairs), width: -1, allowUnicode: true)
        return "---\n# Nhập từ \(source)\n" + yaml + "---\n"
    }
}
