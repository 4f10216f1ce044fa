/// Decodes the whole-file YAML documents: `site.yaml`, `units.yaml`, `procedures.yaml`.
enum RegistryDecoder {
    static let siteKeys = [
        "title", "base_url", "language", "organization", "contact", "poster_font", "description",
        "office_hours",
    ]
    static let contactKeys = ["phone", "email", "address"]
    static let unitKeys = ["id", "name", "block", "parent", "posting_url", "address", "phone", "email", "office_hours"]
    static let procedureKeys = ["code", "name", "field", "standard"]

    static func site(_ document: YAMLDocument, diagnostics: inout [Diagnostic]) -> SiteSettings {
        var settings = SiteSettings()
        guard let root = document.root,
            var reader = MappingReader(
                root, in: document, context: "Site/site.yaml", knownKeys: siteKeys, diagnostics: &diagnostics)
        else { return settings }
        if let title = reader.text("title") { settings.title = title.value }
        if let url = reader.text("base_url") {
            if isWebAddress(url.value) {
                settings.baseURL = url.value.hasSuffix("/") ? url.value : url.value + "/"
            } else {
                reader.report(Diagnostic(.invalidURL, at: url.location, ["key": "base_url", "value": .text(url.value)]))
            }
        }
        if let language = reader.text("language") {
            if let value = Language(rawValue: language.value.lowercased()) {
                settings.language = value
            } else {
                reader.report(Diagnostic(.invalidLanguage, at: language.location, ["value": .text(language.value)]))
            }
        }
        settings.organization = reader.text("organization")?.value
        if let font = reader.text("poster_font") { settings.posterFont = font.value }
        if let contact = reader.value("contact"),
            var contactReader = MappingReader(
                contact, in: document, context: "contact", knownKeys: contactKeys, diagnostics: &diagnostics)
        {
            settings.contact = SiteSettings.Contact(
                phone: contactReader.text("phone")?.value, email: contactReader.text("email")?.value,
                address: contactReader.text("address")?.value)
            diagnostics += contactReader.diagnostics
        }
        settings.extra = reader.textValues
        diagnostics += reader.diagnostics
        return settings
    }

    static func units(_ document: YAMLDocument, diagnostics: inout [Diagnostic]) -> [Unit] {
        items(of: document, diagnostics: &diagnostics).enumerated().compactMap { index, node in
            guard
                var reader = MappingReader(
                    node, in: document, context: MappingContext("units.yaml", item: index + 1), knownKeys: unitKeys,
                    diagnostics: &diagnostics)
            else { return nil }
            defer { diagnostics += reader.diagnostics }
            let id = reader.text("id", required: true)
            let name = reader.text("name", required: true)
            let block = reader.text("block")
            if let id, !Spelling.isSlug(id.value) {
                reader.report(invalidSlug(id))
            }
            if let block { reportUnknownBlock(block, into: &reader) }
            let posting = reader.text("posting_url")
            guard let id, let name else { return nil }
            return Unit(
                id: id.value, name: name.value, block: block.map { Block($0.value) },
                parent: reader.text("parent")?.value, postingURL: posting,
                address: reader.text("address")?.value, phone: reader.text("phone")?.value,
                source: reader.location)
        }
    }

    static func procedures(_ document: YAMLDocument, diagnostics: inout [Diagnostic]) -> [CatalogueProcedure] {
        items(of: document, diagnostics: &diagnostics).enumerated().compactMap { index, node in
            guard
                var reader = MappingReader(
                    node, in: document, context: MappingContext("procedures.yaml", item: index + 1), knownKeys: procedureKeys,
                    diagnostics: &diagnostics)
            else { return nil }
            defer { diagnostics += reader.diagnostics }
            let code = reader.text("code", required: true)
            let name = reader.text("name", required: true)
            let field = reader.text("field")
            let standard = reader.turnaround("standard")
            guard let code, let name else { return nil }
            return CatalogueProcedure(
                code: code.value, name: name.value, field: field?.value, standard: standard, source: reader.location)
        }
    }

    /// The items of a document that must be a list (an empty file is an empty list).
    static func items(of document: YAMLDocument, diagnostics: inout [Diagnostic]) -> [YAMLNode] {
        guard let root = document.root else { return [] }
        guard case .sequence(let sequence) = root else {
            diagnostics.append(
                Diagnostic(.expectedList, at: document.location(of: root), ["key": .text(document.file)]))
            return []
        }
        return sequence.items
    }

    static func invalidSlug(_ id: Located<String>) -> Diagnostic {
        var arguments: [String: DiagnosticArgument] = ["value": .text(id.value)]
        let suggestion = Spelling.slug(id.value)
        if !suggestion.isEmpty { arguments["suggestion"] = .text(suggestion) }
        return Diagnostic(.invalidSlug, at: id.location, arguments)
    }

    static func reportUnknownBlock(_ block: Located<String>, into reader: inout MappingReader) {
        guard !Block(block.value).isKnown else { return }
        reader.report(
            Diagnostic(
                .unknownBlock, at: block.location,
                ["value": .text(block.value), "known": .text(Block.known.map(\.id).joined(separator: ", "))]))
    }

    /// Whether `text` is an absolute http(s) address with a host.
    static func isWebAddress(_ text: String) -> Bool {
        guard let components = URLComponentsLite(text) else { return false }
        return (components.scheme == "http" || components.scheme == "https") && !components.host.isEmpty
    }
}

/// The scheme and host of an address, read without Foundation's lenient URL parser.
struct URLComponentsLite {
    let scheme: String
    let host: String

    init?(_ text: String) {
        // This runs for every posting address of the project: ASCII ones (nearly all)
        // are read as bytes, others as scalars.
        let isASCII = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } }
        if isASCII ?? text.utf8.allSatisfy({ $0 < 0x80 }) {
            guard let components = Self(ascii: Array(text.utf8)) else { return nil }
            self = components
            return
        }
        let scalars = text.unicodeScalars
        guard let colon = scalars.firstIndex(of: ":") else { return nil }
        let schemeScalars = scalars[..<colon]
        guard !schemeScalars.isEmpty,
            schemeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || "+-.".unicodeScalars.contains($0) })
        else { return nil }
        scheme = String(String.UnicodeScalarView(schemeScalars)).lowercased()
        let rest = text[colon...].dropFirst()
        if rest.hasPrefix("//") {
            let authority = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            // The host follows the last "@" (user information before it), and may be empty.
            host = String(authority.split(separator: "@", omittingEmptySubsequences: false).last ?? "")
        } else {
            host = ""
        }
        // White space scalars always begin a character of their own.
        if scalars.contains(where: { $0.isASCII ? $0 == " " || ($0.value >= 0x09 && $0.value <= 0x0D) : $0.properties.isWhitespace }) {
            return nil
        }
    }

    /// The same reading of an address that is all ASCII.
    private init?(ascii bytes: [UInt8]) {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0,
            bytes[..<colon].allSatisfy({ byte in
                (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == UInt8(ascii: "+")
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            }),
            !bytes.contains(where: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) })
        else { return nil }
        scheme = String(decoding: bytes[..<colon].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        let rest = bytes[(colon + 1)...]
        if rest.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/")]) {
            let authority = rest.dropFirst(2).prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
            host = authority.split(separator: UInt8(ascii: "@"), omittingEmptySubsequences: false).last
                .map { String(decoding: $0, as: UTF8.self) } ?? ""
        } else {
            host = ""
        }
    }
}
