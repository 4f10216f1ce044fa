import CLibXML2
import Foundation

/// An XML element read with libxml2 and copied into Swift values, so nothing else sees
/// a pointer. Workbook parts are read this way because Foundation's XMLParser traps on
/// some forged workbooks (found by Fuzz/FuzzSpreadsheet); libxml2 reports them instead.
struct XMLTree: Sendable {
    struct Attribute: Sendable {
        let name: String
        let namespace: String?
        let value: String
    }

    /// The element's local name, without prefix.
    let name: String
    let attributes: [Attribute]
    let children: [XMLTree]
    /// The text directly inside the element.
    let text: String

    enum ParseError: Error, CustomStringConvertible {
        case notXML(String)
        var description: String {
            switch self {
            case .notXML(let part): "\(part) is not well-formed XML"
            }
        }
    }

    /// Parses `data`, without network access, entity expansion or DTD loading.
    static func parse(_ data: Data, part: String) throws -> XMLTree {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document: xmlDocPtr? = data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress, bytes.count <= Int(Int32.max) else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil, nil, options)
        }
        guard let document else { throw ParseError.notXML(part) }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw ParseError.notXML(part) }
        return XMLTree(root)
    }

    /// Copies an element; libxml2 bounds the depth (256 without XML_PARSE_HUGE).
    private init(_ node: xmlNodePtr) {
        name = String(cString: node.pointee.name)
        var attributes: [Attribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1)
            attributes.append(
                Attribute(
                    name: String(cString: current.pointee.name),
                    namespace: current.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) },
                    value: value.map { String(cString: $0) } ?? ""))
            if let value { niemyet_xml_free(value) }
            attribute = current.pointee.next
        }
        self.attributes = attributes
        var children: [XMLTree] = []
        var text = ""
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: children.append(XMLTree(current))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { text += String(cString: content) }
            default: break
            }
            child = current.pointee.next
        }
        self.children = children
        self.text = text
    }

    /// The child elements called `name`.
    func elements(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }

    /// The first child element called `name`.
    func element(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    /// The value of the attribute `name` (in `namespace`, when given).
    func attribute(_ name: String, namespace: String? = nil) -> String? {
        attributes.first { $0.name == name && (namespace == nil || $0.namespace == namespace) }?.value
    }
}
