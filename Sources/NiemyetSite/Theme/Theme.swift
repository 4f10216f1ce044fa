import Foundation
import Mustache
import NiemyetCore
import Synchronization

/// The templates and assets a build uses: the built-in theme, with any file of the same
/// name in `Site/templates/` (`<name>.mustache`) or `Site/assets/` put in its place.
struct Theme: Sendable {
    /// Every template, parsed once, ready for the pages rendered in parallel.
    let library: MustacheLibrary
    /// Asset files by name (`site.css`, `filter.js`, and anything in `Site/assets/`).
    let assets: [String: Data]
    /// Changes whenever any template or asset changes, so that unchanged pages can be kept.
    let fingerprint: String

    /// Reads the overrides of `project` and parses every template; a template that does
    /// not parse is reported at its file, line and column.
    /// `constants` are values every page has (`labels`, `site`): templates are specialized
    /// to them before parsing (see `specialize`).
    static func load(for project: Project, constants: [String: [String: String]]) throws(SiteBuildError) -> Theme {
        var texts = BuiltInTemplates.all
        var origins: [String: String] = [:]
        let templatesFolder = project.root.appendingPathComponent("Site/templates", isDirectory: true)
        for name in files(in: templatesFolder) where name.hasSuffix(".mustache") {
            let templateName = String(name.dropLast(".mustache".count))
            let relative = "Site/templates/" + name
            guard let text = try? String(contentsOf: templatesFolder.appendingPathComponent(name), encoding: .utf8)
            else {
                throw SiteBuildError(Diagnostic(.invalidUTF8, at: .start(of: display(relative, in: project))))
            }
            texts[templateName] = text
            origins[templateName] = relative
        }

        // Every template (overrides too) escapes with `HTMLEscaping`: the pragma is a line
        // put in front of each, so parse errors are one line lower than in the file.
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        // Parsed side by side (a few milliseconds of every build, rebuilds included), then
        // registered in name order.
        let names = texts.keys.sorted()
        let (sources, places) = (texts, origins)
        let parsed = Mutex([Result<MustacheTemplate, Diagnostic>?](repeating: nil, count: names.count))
        DispatchQueue.concurrentPerform(iterations: names.count) { index in
            let name = names[index]
            let outcome: Result<MustacheTemplate, Diagnostic>
            do {
                let text = sources[name] ?? ""
                let specialized = specialize(text, with: constants)
                do {
                    outcome = .success(try MustacheTemplate(string: HTMLEscaping.pragma + specialized))
                } catch where specialized != text {
                    // Reported where the file has it: parsed again as written.
                    outcome = .success(try MustacheTemplate(string: HTMLEscaping.pragma + text))
                }
            } catch let error as MustacheTemplate.ParserError {
                let file = display(places[name] ?? "<built-in>/\(name).mustache", in: project)
                let line = max(1, error.context.lineNumber - 1)
                let column = error.context.columnNumber
                outcome = .failure(
                    Diagnostic(
                        .siteTemplateInvalid,
                        at: SourceLocation(file: file, line: line, column: column),
                        ["template": .text(name), "problem": .text("\(error.error)")]))
            } catch {
                outcome = .failure(
                    Diagnostic(
                        .siteTemplateInvalid, at: .start(of: display(places[name] ?? name, in: project)),
                        ["template": .text(name), "problem": .text("\(error)")]))
            }
            parsed.withLock { $0[index] = outcome }
        }
        var library = MustacheLibrary()
        var problems: [Diagnostic] = []
        for (name, outcome) in zip(names, parsed.withLock { $0 }) {
            switch outcome {
            case .success(let template): library.register(template, named: name)
            case .failure(let problem): problems.append(problem)
            case nil: continue
            }
        }
        if !problems.isEmpty { throw SiteBuildError(problems) }

        var assets = BuiltInAssets.all.mapValues { Data($0.utf8) }
        let assetsFolder = project.root.appendingPathComponent("Site/assets", isDirectory: true)
        for name in files(in: assetsFolder) {
            if let data = try? Data(contentsOf: assetsFolder.appendingPathComponent(name)) { assets[name] = data }
        }

        var fingerprint = Fingerprint()
        for name in texts.keys.sorted() {
            fingerprint.combine(name)
            fingerprint.combine(texts[name] ?? "")
        }
        for name in assets.keys.sorted() {
            fingerprint.combine(name)
            fingerprint.combine(assets[name] ?? Data())
        }
        return Theme(library: library, assets: assets, fingerprint: fingerprint.hex)
    }

    /// `text` with every plain variable tag naming a constant, `{{labels.x}}` or
    /// `{{site.x}}` (escaped as the template would) or `{{{…}}}` / `{{&…}}` (as is),
    /// replaced by its value. Labels and site values are the same on every page, and
    /// swift-mustache looks each one up through the context stack, name part by name part,
    /// on each of ten thousand pages. A tag is left as written when its value is unknown or
    /// holds braces, and a template that changes its delimiters is left whole.
    /// Tags are found in the UTF-8 bytes (their delimiters are ASCII): searched for with
    /// `range(of:)`, the eleven built-in templates took 22 million instructions on every
    /// build.
    static func specialize(_ text: String, with constants: [String: [String: String]]) -> String {
        guard !text.contains("{{=") else { return text }
        let bytes = Array(text.utf8)
        let (open, close) = (UInt8(ascii: "{"), UInt8(ascii: "}"))
        /// Where the pair `byte byte` first starts at or after `start`.
        func pair(of byte: UInt8, from start: Int) -> Int? {
            var index = start
            while index + 1 < bytes.count {
                if bytes[index] == byte, bytes[index + 1] == byte { return index }
                index += 1
            }
            return nil
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var rest = 0
        while let tag = pair(of: open, from: rest) {
            out.append(contentsOf: bytes[rest..<tag])
            guard let closing = pair(of: close, from: tag + 2) else {
                rest = tag
                break
            }
            var start = tag + 2
            var end = closing + 2
            var raw = false
            if start < closing, bytes[start] == open, end < bytes.count, bytes[end] == close {
                start += 1
                end += 1
                raw = true
            } else if start < closing, bytes[start] == UInt8(ascii: "&") {
                start += 1
                raw = true
            }
            let name = String(decoding: bytes[start..<closing], as: UTF8.self)
            let parts = name.trimmingCharacters(in: .whitespaces).split(separator: ".", omittingEmptySubsequences: false)
            if parts.count == 2, let value = constants[String(parts[0])]?[String(parts[1])],
                !value.contains("{{"), !value.contains("}}")
            {
                out.append(contentsOf: (raw ? value : HTMLEscaping().escapeText(value)).utf8)
            } else {
                out.append(contentsOf: bytes[tag..<end])
            }
            rest = end
        }
        out.append(contentsOf: bytes[rest...])
        return String(decoding: out, as: UTF8.self)
    }

    /// Renders the template `name` with `context`.
    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// Plain files in a folder, sorted, hidden ones skipped.
    private static func files(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { name in
                var isDirectory: ObjCBool = false
                return !name.hasPrefix(".")
                    && FileManager.default.fileExists(
                        atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory)
                    && !isDirectory.boolValue
            }
            .sorted()
    }

    private static func display(_ relative: String, in project: Project) -> String {
        ProjectLoader(root: project.root, displayRoot: project.displayRoot).display(relative)
    }
}
