import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads the text of a PDF posting (units often post the signed PDF) through
/// poppler-glib. The only code that touches poppler and GLib.
enum PDFPosting {
    /// The text of every page, in reading order, or nil when poppler is missing or cannot
    /// open it.
    static func pageTexts(of data: Data) -> [String]? {
        guard let poppler = Poppler.library else { return nil }
        let bytes: OpaquePointer? = data.withUnsafeBytes { raw in poppler.bytesNew(raw.baseAddress, UInt(raw.count)) }
        guard let bytes else { return nil }
        defer { poppler.bytesUnref(bytes) }
        var error: OpaquePointer?
        guard let document = poppler.documentNew(bytes, nil, &error) else {
            if let error { poppler.errorFree(error) }
            return nil
        }
        defer { poppler.objectUnref(document) }
        var pages: [String] = []
        for index in 0..<poppler.pageCount(document) {
            guard let page = poppler.page(document, index) else { continue }
            defer { poppler.objectUnref(page) }
            guard let text = poppler.pageText(page) else { continue }
            pages.append(String(cString: text))
            poppler.free(text)
        }
        return pages
    }
}

/// The poppler-glib functions `PDFPosting` calls, and the GLib ones that come with it,
/// found in the library when a PDF is first read. Linked into the binary, the poppler
/// stack was 17 of its 67 shared libraries, mapped at the start of every command (5-6 ms
/// of `niemyet --version`'s 20), though only a check of a PDF posting uses them.
private struct Poppler {
    let bytesNew: @convention(c) (UnsafeRawPointer?, UInt) -> OpaquePointer?
    let bytesUnref: @convention(c) (OpaquePointer?) -> Void
    let documentNew: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafeMutablePointer<OpaquePointer?>?) -> OpaquePointer?
    let pageCount: @convention(c) (OpaquePointer?) -> Int32
    let page: @convention(c) (OpaquePointer?, Int32) -> OpaquePointer?
    let pageText: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
    let objectUnref: @convention(c) (OpaquePointer?) -> Void
    let errorFree: @convention(c) (OpaquePointer?) -> Void
    let free: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void

    /// Loaded once, on first use; nil when the library is not installed.
    static let library: Poppler? = load()

    private static func load() -> Poppler? {
        let names: [String] = ["libpoppler-glib.so.8", "libpoppler-glib.so"]
        guard let handle = names.lazy.compactMap({ name in dlopen(name, RTLD_LAZY) }).first else { return nil }
        // The library's own dependencies (GLib, GObject) are searched through its handle.
        func symbol<Function>(_ name: String, _: Function.Type = Function.self) -> Function? {
            dlsym(handle, name).map { unsafeBitCast($0, to: Function.self) }
        }
        guard let bytesNew = symbol("g_bytes_new", (@convention(c) (UnsafeRawPointer?, UInt) -> OpaquePointer?).self),
            let bytesUnref = symbol("g_bytes_unref", (@convention(c) (OpaquePointer?) -> Void).self),
            let documentNew = symbol(
                "poppler_document_new_from_bytes",
                (@convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafeMutablePointer<OpaquePointer?>?) -> OpaquePointer?).self),
            let pageCount = symbol("poppler_document_get_n_pages", (@convention(c) (OpaquePointer?) -> Int32).self),
            let page = symbol("poppler_document_get_page", (@convention(c) (OpaquePointer?, Int32) -> OpaquePointer?).self),
            let pageText = symbol("poppler_page_get_text", (@convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?).self),
            let objectUnref = symbol("g_object_unref", (@convention(c) (OpaquePointer?) -> Void).self),
            let errorFree = symbol("g_error_free", (@convention(c) (OpaquePointer?) -> Void).self),
            let free = symbol("g_free", (@convention(c) (UnsafeMutablePointer<CChar>?) -> Void).self)
        else { return nil }
        return Poppler(
            bytesNew: bytesNew, bytesUnref: bytesUnref, documentNew: documentNew, pageCount: pageCount, page: page,
            pageText: pageText, objectUnref: objectUnref, errorFree: errorFree, free: free)
    }
}
