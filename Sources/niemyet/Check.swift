import ArgumentParser
import Foundation
import NiemyetCheck
import NiemyetCore

/// `niemyet check`: did every registered unit post its procedures and turnarounds?
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: Help.text("check"))

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, junit, markdown
    }

    @OptionGroup var project: ProjectOptions

    @Option(help: "Check only this campaign (its id, the folder or file name).")
    var campaign: String?

    @Option(help: "Check only this unit: shows exactly what is missing from its posting.")
    var unit: String?

    @Option(help: "Output format: text, json, junit or markdown.")
    var format: Format = .text

    @Option(help: "Seconds allowed to connect.")
    var connectTimeout: Double = 10

    @Option(help: "Seconds allowed for one attempt, body included.")
    var timeout: Double = 30

    @Option(help: "Retries after a timeout, 429 or 5xx answer.")
    var retries: Int = 2

    @Option(help: "Seconds before the first retry; doubles on each further retry.")
    var retryDelay: Double = 0.5

    @Option(help: "Longest Retry-After honoured, in seconds; longer waits are cut to this.")
    var maxRetryAfter: Double = 60

    @Option(help: "Fetches in flight at once.")
    var maxConcurrent: Int = 64

    @Option(help: "Fetches in flight at once to any one host.")
    var maxPerHost: Int = 4

    @Option(help: "Largest page read, in megabytes.")
    var maxBodyMb: Double = 20

    @Option(help: "Redirects followed at most.")
    var maxRedirects: Int = 5

    @Flag(help: "Accept TLS certificates that do not verify (test servers only).")
    var insecure = false

    func validate() throws {
        try project.validate()
        for (name, value) in [("--connect-timeout", connectTimeout), ("--timeout", timeout), ("--max-body-mb", maxBodyMb)]
        where !(value > 0) {
            throw Help.usageError("positive", ["option": name])
        }
        if retries < 0 || maxRedirects < 0 || !(retryDelay >= 0) || !(maxRetryAfter >= 0) {
            throw Help.usageError("notNegative", ["options": "--retries, --max-redirects, --retry-delay, --max-retry-after"])
        }
        if maxConcurrent < 1 || maxPerHost < 1 {
            throw Help.usageError("atLeastOne", ["options": "--max-concurrent, --max-per-host"])
        }
    }

    func run() async throws {
        let (loaded, diagnostics) = Validator.validate(path: project.path)
        let language = project.language(site: loaded.project.site.language)
        if diagnostics.hasErrors {
            let report = DiagnosticReport(diagnostics: diagnostics, language: language)
            Terminal.write(report.text(colour: Terminal.wantsColour(FileHandle.standardError)), to: .standardError)
            throw ExitCode(2)
        }
        let site = loaded.project.site
        var fetch = FetchSettings()
        fetch.connectTimeout = .milliseconds(Int(connectTimeout * 1000))
        fetch.timeout = .milliseconds(Int(timeout * 1000))
        fetch.retries = retries
        fetch.retryDelay = .milliseconds(Int(retryDelay * 1000))
        fetch.maxRetryAfter = .milliseconds(Int(maxRetryAfter * 1000))
        fetch.maxConcurrent = maxConcurrent
        fetch.maxPerHost = maxPerHost
        fetch.maxBodyBytes = Int(maxBodyMb * 1024 * 1024)
        fetch.maxRedirects = maxRedirects
        fetch.insecure = insecure
        fetch.userAgent = FetchSettings.userAgent(
            version: Niemyet.configuration.version,
            contact: [site.contact.email, site.contact.phone, site.baseURL])
        let request = CheckRequest(campaign: campaign, unit: unit, fetch: fetch)

        let showProgress = Terminal.wantsColour(FileHandle.standardError)
        let report: CheckReport
        do {
            report = try await PostingCheck.run(loaded.project, request) { done, total in
                guard showProgress, total >= 10 else { return }
                Terminal.write(ProgressBar.line(done: done, total: total), to: .standardError)
                if done == total { Terminal.write("\n", to: .standardError) }
            }
        } catch {
            throw ValidationError(error.message(in: language))
        }
        switch format {
        case .text:
            Terminal.write(
                report.text(language: language, colour: Terminal.wantsColour(FileHandle.standardOutput)),
                to: .standardOutput)
        case .json: Terminal.write(report.json() + "\n", to: .standardOutput)
        case .junit: Terminal.write(report.junit(language: language), to: .standardOutput)
        case .markdown: Terminal.write(report.markdown(language: language), to: .standardOutput)
        }
        if !report.allPosted { throw ExitCode(1) }
    }
}
