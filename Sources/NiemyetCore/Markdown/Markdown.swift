import Ccmark
import Foundation

/// Renders Markdown to HTML with the system libcmark, in safe mode: raw HTML is
/// replaced by a comment and `javascript:`, `vbscript:`, `file:` and most `data:`
/// links lose their target. This is the only code that touches libcmark.
public enum Markdown {
    /// The HTML of `text`, safe to insert into a page unescaped.
    public static func html(_ text: String) -> String {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        let bytes = Array(text.utf8)
        let rendered: UnsafeMutablePointer<CChar>? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_markdown_to_html($0, buffer.count, options)
                }
            }
        }
        guard let rendered else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
