import Foundation
import Hummingbird
import ServiceLifecycle

/// Answers the browser: the built site's files (pages with the reload script added), the
/// list of problems instead of pages while the input is invalid, the reload script and
/// its event stream. Nothing outside the site folder is ever read.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let preview: SitePreview
    let events: ReloadEvents

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.text(.methodNotAllowed, "405 Method Not Allowed", headers: [.allow: "GET, HEAD"])
        }
        let response = respond(toPath: request.uri.path, query: request.uri.queryParameters["v"].map(String.init))
        guard request.method == .head else { return response }
        var head = response
        head.body = ResponseBody()
        return head
    }

    private func respond(toPath rawPath: String, query version: String?) -> Response {
        switch rawPath {
        case ReloadScript.path:
            return Self.bytes(.ok, Data(ReloadScript.source.utf8), type: "text/javascript; charset=utf-8")
        case ReloadScript.eventsPath:
            return eventStream(shown: version)
        default:
            break
        }
        guard case .path(let components, let folder) = SiteRequest(rawPath: rawPath) else {
            return Self.text(.forbidden, "403 Forbidden")
        }
        // The version is read before the files, so a page never carries a newer version
        // than its content (at worst it reloads once more).
        let version = preview.version
        let state = preview.current
        let lookup = preview.site.lookup(components, folder: folder)
        if let problems = state.problems, Self.isPage(lookup) {
            let page = ErrorPage.html(problems, language: state.language, version: version)
            return Self.bytes(.internalServerError, Data(page.utf8), type: Self.htmlType)
        }
        switch lookup {
        case .file(let file):
            return serve(file, status: .ok, version: version)
        case .folderWithoutSlash:
            let location = "/" + components.map(Self.encode).joined(separator: "/") + "/"
            return Self.text(.movedPermanently, "301 Moved Permanently", headers: [.location: location])
        case .outside:
            return Self.text(.forbidden, "403 Forbidden")
        case .missing:
            guard let notFound = preview.site.notFoundPage else { return Self.text(.notFound, "404 Not Found") }
            return serve(notFound, status: .notFound, version: version)
        }
    }

    /// Whether the request would be answered with a page: the problems replace pages,
    /// while stylesheets and images of the last good build stay available.
    private static func isPage(_ lookup: SiteFolder.Lookup) -> Bool {
        switch lookup {
        case .file(let file): file.pathExtension.lowercased() == "html"
        case .folderWithoutSlash, .missing: true
        case .outside: false
        }
    }

    private func serve(_ file: URL, status: HTTPResponse.Status, version: PreviewVersion) -> Response {
        guard let data = try? Data(contentsOf: file) else {
            // Replaced by a rebuild between the lookup and the read: the reload follows.
            return Self.text(.notFound, "404 Not Found")
        }
        let type = Self.contentType(of: file)
        guard type == Self.htmlType else { return Self.bytes(status, data, type: type) }
        let page = ReloadScript.inject(version, into: String(decoding: data, as: UTF8.self))
        return Self.bytes(status, Data(page.utf8), type: type)
    }

    /// The server-sent events of one open page: "reload" at once when the page shows an
    /// older build than the current one, then at every rebuild.
    private func eventStream(shown: String?) -> Response {
        let (events, preview) = (events, preview)
        let headers: HTTPFields = [
            .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store",
        ]
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                // Registered only while the body is written, and always let go: a page that
                // was closed is noticed at the next write, which throws.
                let (id, stream) = events.listen()
                defer { events.end(id) }
                // Read after listening, so that a rebuild in between is not missed.
                let current = preview.version
                try await withGracefulShutdownHandler {
                    try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
                    if shown != current.description {
                        try await writer.write(ByteBuffer(string: ReloadEvents.wire(.reload(current))))
                    }
                    for await event in stream {
                        try await writer.write(ByteBuffer(string: ReloadEvents.wire(event)))
                    }
                    try await writer.finish(nil)
                } onGracefulShutdown: {
                    events.end(id)
                }
            })
    }

    static let htmlType = "text/html; charset=utf-8"

    /// The media type of a site file by its extension; text types are UTF-8.
    static func contentType(of file: URL) -> String {
        let fileExtension = file.pathExtension.lowercased()
        guard let type = MediaType.getMediaType(forExtension: fileExtension) else { return "application/octet-stream" }
        switch (type.type, type.subType) {
        case (.text, _), (.application, "json"), (.application, "xml"), (.application, "javascript"),
            (.image, "svg+xml"):
            return "\(type.type)/\(type.subType); charset=utf-8"
        default:
            return "\(type.type)/\(type.subType)"
        }
    }

    private static func bytes(_ status: HTTPResponse.Status, _ data: Data, type: String) -> Response {
        let headers: HTTPFields = [
            .contentType: type, .contentLength: "\(data.count)", .cacheControl: "no-store",
            .xContentTypeOptions: "nosniff",
        ]
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    private static func text(_ status: HTTPResponse.Status, _ text: String, headers extra: HTTPFields = [:]) -> Response {
        var response = bytes(status, Data((text + "\n").utf8), type: "text/plain; charset=utf-8")
        response.headers.append(contentsOf: extra)
        return response
    }

    /// A path component written back into an address.
    private static func encode(_ component: String) -> String {
        component.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#")))
            ?? component
    }
}
