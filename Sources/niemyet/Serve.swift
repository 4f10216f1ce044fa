import ArgumentParser
import Foundation
import NiemyetCore
import NiemyetServe

/// `niemyet serve`: preview the site on 127.0.0.1 while editing, with live reload.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: Help.text("serve"))

    @OptionGroup var project: ProjectOptions

    @Option(help: "The port on 127.0.0.1 (0 picks a free one).")
    var port = 8080

    func validate() throws {
        try project.validate()
        guard (0...65535).contains(port) else { throw Help.usageError("port", ["value": "\(port)"]) }
    }

    func run() async throws {
        let options = PreviewOptions(project: project.path, port: port, language: project.lang)
        let colour = Terminal.wantsColour(FileHandle.standardError)
        do {
            try await PreviewServer.run(
                options,
                onReady: { [project] url, language in
                    // The address alone on standard output, for scripts; the sentence for people.
                    Terminal.write(url.absoluteString + "\n", to: .standardOutput)
                    let line = Messages.table(for: language).label(
                        "serve.listening", ["project": project.path, "url": url.absoluteString])
                    Terminal.write(line + "\n", to: .standardError)
                },
                onBuild: { outcome in
                    switch outcome {
                    case .built(let summary, let warnings, let language, let took):
                        let report = DiagnosticReport(diagnostics: warnings, language: language)
                        let (seconds, attoseconds) = took.components
                        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
                        let time = Messages.table(for: language).label("serve.took", ["ms": "\(milliseconds)"])
                        Terminal.write(
                            report.text(colour: colour) + summary.line(in: language, outputShownAs: summary.output.path) + " "
                                + time + "\n",
                            to: .standardError)
                    case .invalid(let problems, let language):
                        let report = DiagnosticReport(diagnostics: problems, language: language)
                        Terminal.write(
                            Messages.table(for: language).label("serve.invalid") + "\n" + report.text(colour: colour),
                            to: .standardError)
                    }
                })
        } catch {
            let language = project.language(site: nil)
            let line = Messages.table(for: language).label(
                "serve.failed", ["address": "\(PreviewServer.host):\(port)", "reason": "\(error)"])
            Terminal.write(line + "\n", to: .standardError)
            throw ExitCode(1)
        }
    }
}
