import CPoppler
import Foundation

/// Reads the text of a PDF posting (units often post the signed PDF) through
/// poppler-glib. The only code that touches poppler and GLib.
enum PDFPosting {
    /// The text of every page, in reading order, or nil when poppler cannot open it.
    static func pageTexts(of data: Data) -> [String]? {
        let bytes: OpaquePointer? = data.withUnsafeBytes { raw in
            g_bytes_new(raw.baseAddress, gsize(raw.count))
        }
        guard let bytes else { return nil }
        defer { g_bytes_unref(bytes) }
        var error: UnsafeMutablePointer<GError>?
        guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
            if let error { g_error_free(error) }
            return nil
        }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        var pages: [String] = []
        for index in 0..<poppler_document_get_n_pages(document) {
            guard let page = poppler_document_get_page(document, index) else { continue }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            guard let text = poppler_page_get_text(page) else { continue }
            pages.append(String(cString: text))
            g_free(text)
        }
        return pages
    }
}
