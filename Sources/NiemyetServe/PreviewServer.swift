import Foundation
import Hummingbird
import Logging
import NIOCore
import NiemyetCore
import ServiceLifecycle

/// What to preview and where.
public struct PreviewOptions: Sendable {
    /// The project folder, holding Campaigns/ and Site/.
    public var project: String
    /// The port on 127.0.0.1; 0 picks a free one.
    public var port: Int
    /// `--lang`, which wins over the environment and site.yaml.
    public var language: Language?
    public var environment: [String: String]
    /// How often the watched folders are looked at when the kernel gives no change
    /// events (with them, on every change and at least every two seconds).
    public var pollInterval: Duration
    /// How long the files must stay unchanged before a rebuild, so that an editor's
    /// several writes of one save give one rebuild.
    public var settleDelay: Duration

    public init(
        project: String, port: Int, language: Language? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        pollInterval: Duration = .milliseconds(200), settleDelay: Duration = .milliseconds(50)
    ) {
        self.project = project
        self.port = port
        self.language = language
        self.environment = environment
        self.pollInterval = pollInterval
        self.settleDelay = settleDelay
    }
}

/// Why the preview could not start.
public enum PreviewError: Error, Sendable {
    /// The private folder for the built site could not be made.
    case noPrivateFolder(String)
}

/// `niemyet serve`: builds the site into a private temporary folder, serves it on
/// 127.0.0.1 only, rebuilds when files under Campaigns/ or Site/ change, and tells open
/// pages to reload.
public enum PreviewServer {
    /// The only address the preview listens on: the site may hold drafts not meant to be
    /// seen from the network.
    public static let host = "127.0.0.1"

    /// Runs until SIGINT or SIGTERM. `onReady` gets the address once the server listens,
    /// with the language of the project's messages; `onBuild` gets every build's outcome
    /// (the first one before the server starts).
    public static func run(
        _ options: PreviewOptions, onReady: @escaping @Sendable (URL, Language) -> Void,
        onBuild: @escaping @Sendable (PreviewBuild) -> Void
    ) async throws {
        let folder = try privateFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let preview = SitePreview(
            project: options.project, output: folder.appendingPathComponent("site", isDirectory: true),
            languageFlag: options.language, environment: options.environment, today: { LocalDate.today() })
        // Before the folder goes: a build or the spare copy may still be writing in it.
        defer { preview.waitForBuilds() }
        let events = ReloadEvents()
        let watcher = PreviewWatcher(
            watcher: ProjectWatcher(project: options.project), preview: preview, events: events,
            pollInterval: options.pollInterval, settleDelay: options.settleDelay, onBuild: onBuild)
        let baseline = watcher.watcher.snapshot()
        onBuild(await watcher.rebuild())
        DispatchQueue.global(qos: .utility).async { preview.prepareSpare() }

        var logger = Logger(label: "niemyet.serve")
        logger.logLevel = .warning
        let application = Application(
            responder: PreviewResponder(preview: preview, events: events),
            configuration: ApplicationConfiguration(address: .hostname(host, port: options.port), serverName: "niemyet"),
            services: [watcher.service(from: baseline)],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                if let url = URL(string: "http://\(host):\(port)/") { onReady(url, preview.current.language) }
            },
            logger: logger)
        try await application.runService()
    }

    /// A fresh folder of our own under the temporary directory (mode 0700).
    private static func privateFolder() throws -> URL {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("niemyet-serve-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw PreviewError.noPrivateFolder(String(cString: strerror(errno))) }
        return URL(fileURLWithPath: String(cString: made), isDirectory: true)
    }
}
