import NiemyetCore

/// The page shown instead of any page of the site while the input has errors: every
/// problem with its file, line and column, in the reader's language. It loads the reload
/// script, so it turns back into the real page once the files are fixed.
enum ErrorPage {
    static func html(_ problems: [Diagnostic], language: Language, version: PreviewVersion) -> String {
        let table = Messages.table(for: language)
        let errors = problems.filter { $0.severity == .error }.count
        var items = ""
        for problem in problems {
            items += """
                <li class="\(problem.severity.rawValue)"><code class="where">\(escape(problem.location.description))</code> \
                <strong>\(escape(table.label(problem.severity.rawValue)))</strong>: \(escape(problem.message(in: language))) \
                <span class="code">[\(escape(problem.code.rawValue))]</span></li>

                """
        }
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' 'unsafe-inline'" />
            <title>\(escape(table.label("serve.error.title")))</title>
            <style>
            body { font-family: "Noto Sans", sans-serif; margin: 0; background: #fff8f6; color: #1d1b1a; }
            main { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
            h1 { color: #a3180f; font-size: 1.5rem; }
            ol { padding-left: 1.5rem; }
            li { margin: 0.75rem 0; line-height: 1.5; }
            li.warning strong { color: #8a5a00; }
            li.error strong { color: #a3180f; }
            code.where { background: #f1e4e1; padding: 0.1rem 0.3rem; word-break: break-all; }
            .code { color: #6b6361; }
            </style>
            \(ReloadScript.tag(version))
            </head>
            <body>
            <main>
            <h1>\(escape(table.label("serve.error.title")))</h1>
            <p>\(escape(table.label("serve.error.intro", ["errors": table.count(errors, "errors")])))</p>
            <ol>
            \(items)</ol>
            </main>
            </body>
            </html>

            """
    }

    /// Text made safe for HTML element content and quoted attributes.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
