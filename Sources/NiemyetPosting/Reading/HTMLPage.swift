import CLibXML2
import Foundation

/// Reads an HTML posting as a person would see it: the text of its table rows, list
/// items, paragraphs and headings, without scripts, styles, comments or hidden elements.
///
/// The only code that touches libxml2. Its HTML parser takes real-world markup,
/// never reaches the network (HTML_PARSE_NONET) and stays quiet about errors.
enum HTMLPage {
    /// The visible text blocks of `data`, UTF-8 bytes (`Charset.utf8` decodes other
    /// charsets first; a <meta> charset in the page is then ignored). Nil when libxml2
    /// cannot parse it.
    static func blocks(ofUTF8 data: Data) -> [String]? {
        guard data.count <= Int(Int32.max) else { return nil }
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue)
        let document: htmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return nil }
            return htmlReadMemory(
                base.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, "UTF-8", options)
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        var collector = BlockCollector()
        if let root = xmlDocGetRootElement(document) {
            collector.visit(root)
        }
        collector.flush()
        return collector.blocks
    }

    /// Walks the tree, gathering text into blocks.
    private struct BlockCollector {
        var blocks: [String] = []
        var current = ""
        /// How many table rows or list items enclose the node being visited: inside one,
        /// paragraphs and cells are parts of the same block (Word-exported tables put a
        /// <p> in every cell).
        var itemDepth = 0

        /// Ends the current block, its white space collapsed as a browser shows it.
        mutating func flush() {
            let text = current.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !text.isEmpty { blocks.append(text) }
            current = ""
        }

        mutating func visit(_ node: xmlNodePtr) {
            var child: xmlNodePtr? = node
            // Iterate siblings; recurse into children.
            while let item = child {
                visitOne(item)
                child = item.pointee.next
            }
        }

        private mutating func visitOne(_ node: xmlNodePtr) {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    current += String(cString: content)
                }
            case XML_ELEMENT_NODE:
                let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                guard !HTMLPage.invisibleElements.contains(name), !HTMLPage.isHidden(node) else { return }
                let isItem = name == "tr" || name == "li"
                let isBreak = HTMLPage.blockElements.contains(name)
                if isItem {
                    flush()
                    itemDepth += 1
                } else if isBreak {
                    if itemDepth > 0 { current += " " } else { flush() }
                } else if name == "br" || name == "td" || name == "th" {
                    current += " "
                }
                if let children = node.pointee.children { visit(children) }
                if isItem {
                    flush()
                    itemDepth -= 1
                } else if isBreak {
                    if itemDepth > 0 { current += " " } else { flush() }
                } else if name == "td" || name == "th" {
                    current += " "
                }
            default:
                // Comments, processing instructions and the like are not shown.
                return
            }
        }
    }

    /// Whether an element is hidden by the `hidden` attribute or an inline display:none.
    static func isHidden(_ node: xmlNodePtr) -> Bool {
        if withXMLName("hidden", { xmlHasProp(node, $0) }) != nil { return true }
        guard let style = withXMLName("style", { xmlGetProp(node, $0) }) else { return false }
        defer { niemyet_xml_free(style) }
        let compact = String(cString: style).lowercased().filter { !$0.isWhitespace }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// Calls `body` with `name` as a libxml2 string (unsigned chars).
    private static func withXMLName<T>(_ name: String, _ body: (UnsafePointer<xmlChar>) -> T) -> T {
        name.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1, body)
        }
    }

    /// Elements whose content a reader never sees.
    static let invisibleElements: Set<String> = [
        "script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg", "select", "textarea",
    ]

    /// Elements that start a new block of text.
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "caption", "table", "thead", "tbody",
        "tfoot", "ul", "ol", "dl", "section", "article", "header", "footer", "main", "nav", "aside",
        "blockquote", "pre", "figure", "figcaption", "address", "form", "fieldset", "hr", "body",
    ]
}
