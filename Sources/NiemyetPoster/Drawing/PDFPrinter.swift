import CPangoCairo
import Foundation
import NiemyetCore

/// Sets type with pango (HarfBuzz shaping, so Vietnamese stacked diacritics come out
/// right in any normalization) and prints laid-out pages to PDF with cairo, embedding
/// subsets of the fonts. This file is the only one that touches pango's and cairo's
/// pointers.
///
/// One printer per thread: pango's cairo font map is per thread, and a printer keeps
/// its own context and caches; reuse it for many posters.
public final class PDFPrinter: TextMeasuring {
    private let context: OpaquePointer
    private let fontFamily: String
    private var fonts: [TextStyle: OpaquePointer] = [:]
    /// Shaped text kept across the posters this printer prints: a campaign's posters
    /// repeat the same header, footer and procedure names.
    private var measured: [Paragraph: [MeasuredLine]] = [:]
    private var shaped: [Paragraph: OpaquePointer] = [:]
    /// How many shaped texts are kept before the caches start over, to bound memory.
    private static let cacheLimit = 4096

    private struct Paragraph: Hashable {
        var text: String
        var style: TextStyle
        var width: Double?
    }

    /// Why a PDF could not be written.
    public enum PrintError: Error, Hashable, Sendable {
        /// cairo reported a failure (such as an unwritable file) in its own words.
        case cairo(String)
        /// The address is too long for any QR code.
        case addressTooLong(String)
    }

    /// Document properties stored in the PDF.
    public struct Metadata: Hashable, Sendable {
        public var title: String
        public var author: String
        /// Written as the creation and modification dates, so that the same campaign
        /// always gives the same bytes.
        public var date: LocalDate

        public init(title: String, author: String, date: LocalDate) {
            self.title = title
            self.author = author
            self.date = date
        }
    }

    /// A printer setting type in `fontFamily` (a fontconfig family name such as "Noto Sans").
    public init(fontFamily: String) {
        self.fontFamily = fontFamily
        context = pango_font_map_create_context(pango_cairo_font_map_get_default())
        // Measure as the PDF will print: outlines unhinted, advances unrounded.
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
    }

    deinit {
        for layout in shaped.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
        for font in fonts.values { pango_font_description_free(font) }
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    public func lines(_ text: String, style: TextStyle, width: Double) -> [MeasuredLine] {
        let key = Paragraph(text: text, style: style, width: width)
        if let lines = measured[key] { return lines }
        if measured.count >= Self.cacheLimit { measured.removeAll() }
        let lines = breakLines(text, style: style, width: width)
        measured[key] = lines
        return lines
    }

    private func breakLines(_ text: String, style: TextStyle, width: Double) -> [MeasuredLine] {
        let layout = makeLayout(text, style: style)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        pango_layout_set_width(layout, Int32((width * Double(PANGO_SCALE)).rounded(.down)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        let bytes = Array(text.utf8)
        var measured: [MeasuredLine] = []
        for index in 0..<pango_layout_get_line_count(layout) {
            guard let line = pango_layout_get_line_readonly(layout, index) else { continue }
            let start = Int(pango_layout_line_get_start_index(line))
            let length = Int(pango_layout_line_get_length(line))
            let piece = String(decoding: bytes[start..<min(bytes.count, start + length)], as: UTF8.self)
            let trimmed = piece.trimmingCharacters(in: .whitespacesAndNewlines)
            var logical = PangoRectangle()
            pango_layout_line_get_extents(line, nil, &logical)
            let height = Double(logical.height) / Double(PANGO_SCALE)
            if trimmed.isEmpty { continue }
            let lineWidth = trimmed == piece ? Double(logical.width) / Double(PANGO_SCALE) : singleLineWidth(trimmed, style)
            measured.append(MeasuredLine(text: trimmed, width: lineWidth, height: height))
        }
        return measured
    }

    /// Prints `pages` to a new PDF at `path`, replacing any file there.
    public func print(_ pages: [PosterPage], metadata: Metadata, to path: String) throws(PrintError) {
        guard let first = pages.first else { return }
        var symbols: [String: QRCode] = [:]
        for url in Set(pages.compactMap(\.code?.url)) {
            do {
                symbols[url] = try QRCode(encoding: url)
            } catch {
                throw .addressTooLong(url)
            }
        }
        let surface = cairo_pdf_surface_create(path, first.width, first.height)
        defer { cairo_surface_destroy(surface) }
        let date = "\(metadata.date.iso)T00:00:00"
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, metadata.author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "niemyet")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
        let cr = cairo_create(surface)
        pango_cairo_update_context(cr, context)
        for page in pages {
            cairo_pdf_surface_set_size(surface, page.width, page.height)
            draw(page, symbols: symbols, on: cr)
            cairo_show_page(cr)
        }
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(String(cString: cairo_status_to_string(status)))
        }
    }

    private func draw(_ page: PosterPage, symbols: [String: QRCode], on cr: OpaquePointer?) {
        for text in page.texts {
            let (red, green, blue) = Self.colour(text.style.ink)
            cairo_set_source_rgb(cr, red, green, blue)
            cairo_move_to(cr, text.x, text.y)
            pango_cairo_show_layout(cr, shapedLine(text.text, style: text.style))
        }
        cairo_set_line_width(cr, 0.75)
        let (red, green, blue) = Self.colour(.muted)
        cairo_set_source_rgb(cr, red, green, blue)
        for rule in page.rules {
            cairo_move_to(cr, rule.x, rule.y)
            cairo_line_to(cr, rule.x + rule.width, rule.y)
            cairo_stroke(cr)
        }
        if let code = page.code, let symbol = symbols[code.url] {
            drawCode(symbol, in: code, on: cr)
        }
    }

    /// Draws the symbol as a one-pixel-per-module image scaled up without smoothing
    /// (PDF /Interpolate false), inside a white quiet zone of four modules: a few hundred
    /// bytes, where one rectangle per run of modules would cost tens of kilobytes.
    private func drawCode(_ symbol: QRCode, in place: PlacedCode, on cr: OpaquePointer?) {
        let module = place.side / Double(symbol.size + 8)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_rectangle(cr, place.x, place.y, place.side, place.side)
        cairo_fill(cr)
        guard let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(symbol.size), Int32(symbol.size)) else {
            return
        }
        defer { cairo_surface_destroy(image) }
        cairo_surface_flush(image)
        let stride = Int(cairo_image_surface_get_stride(image)) / 4
        if let pixels = cairo_image_surface_get_data(image) {
            pixels.withMemoryRebound(to: UInt32.self, capacity: stride * symbol.size) { words in
                for y in 0..<symbol.size {
                    for x in 0..<symbol.size { words[y * stride + x] = symbol.isDark(x: x, y: y) ? 0x000000 : 0xFFFFFF }
                }
            }
        }
        cairo_surface_mark_dirty(image)
        cairo_save(cr)
        cairo_translate(cr, place.x + 4 * module, place.y + 4 * module)
        cairo_scale(cr, module, module)
        cairo_set_source_surface(cr, image, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_NEAREST)
        cairo_rectangle(cr, 0, 0, Double(symbol.size), Double(symbol.size))
        cairo_fill(cr)
        cairo_restore(cr)
    }

    /// A single-line layout of `text`, shaped once and kept.
    private func shapedLine(_ text: String, style: TextStyle) -> OpaquePointer {
        let key = Paragraph(text: text, style: style, width: nil)
        if let layout = shaped[key] { return layout }
        if shaped.count >= Self.cacheLimit {
            for layout in shaped.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
            shaped.removeAll()
        }
        let layout = makeLayout(text, style: style)
        shaped[key] = layout
        return layout
    }

    private func makeLayout(_ text: String, style: TextStyle) -> OpaquePointer {
        let layout: OpaquePointer = pango_layout_new(context)
        pango_layout_set_font_description(layout, font(style))
        pango_layout_set_text(layout, text, -1)
        return layout
    }

    private func singleLineWidth(_ text: String, _ style: TextStyle) -> Double {
        let layout = makeLayout(text, style: style)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }

    private func font(_ style: TextStyle) -> OpaquePointer {
        if let font = fonts[style] { return font }
        let font: OpaquePointer = pango_font_description_new()
        pango_font_description_set_family(font, fontFamily)
        pango_font_description_set_weight(font, style.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_font_description_set_absolute_size(font, style.size * Double(PANGO_SCALE))
        fonts[style] = font
        return font
    }

    /// Inks that print well in black and white too: near-black, grey, a dark red for the
    /// campaign and a dark blue for the unit.
    private static func colour(_ ink: TextStyle.Ink) -> (Double, Double, Double) {
        switch ink {
        case .text: (0.08, 0.08, 0.08)
        case .muted: (0.38, 0.38, 0.38)
        case .accent: (0.66, 0.07, 0.07)
        case .unit: (0.05, 0.2, 0.45)
        }
    }
}
