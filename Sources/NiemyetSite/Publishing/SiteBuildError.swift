import NiemyetCore

/// Why a build stopped: the problems, each at the file a person should fix. Nothing was
/// published; the previous output folder is as it was.
public struct SiteBuildError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics.sortedForDisplay() }
    init(_ diagnostic: Diagnostic) { self.init([diagnostic]) }

    /// A failure to write `path`, reported at the output folder.
    static func writeFailed(_ path: String, _ reason: String) -> SiteBuildError {
        SiteBuildError(Diagnostic(.siteWriteFailed, at: .start(of: path), ["path": .text(path), "reason": .text(reason)]))
    }
}
