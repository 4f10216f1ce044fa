import Foundation

/// The small script every previewed page loads (`<script src>`, since the site's
/// Content-Security-Policy allows same-origin scripts only): it listens for rebuilds and
/// reloads the page.
enum ReloadScript {
    static let path = "/_niemyet/reload.js"
    static let eventsPath = "/_niemyet/events"

    /// The page's build version travels in the script's address, so the script can tell
    /// the server which build the page shows; the server answers "reload" at once when a
    /// newer build (or a list of problems) is ready.
    static let source = """
        // niemyet serve: reloads this page when the project is rebuilt.
        (function () {
          "use strict";
          var shown = new URL(document.currentScript.src).searchParams.get("v") || "";
          var events = new EventSource("\(eventsPath)?v=" + encodeURIComponent(shown));
          events.addEventListener("reload", function () {
            events.close();
            window.location.reload();
          });
        })();

        """

    /// The tag that loads the script for a page of `version`, written the XHTML way
    /// (`defer="defer"`) so that the site's pages stay well-formed.
    static func tag(_ version: PreviewVersion) -> String {
        "<script src=\"\(path)?v=\(version)\" defer=\"defer\"></script>"
    }

    /// `html` with the script tag added at the end of its head (or of the document).
    static func inject(_ version: PreviewVersion, into html: String) -> String {
        let tag = tag(version)
        if let head = html.range(of: "</head>", options: .caseInsensitive) {
            return html.replacingCharacters(in: head.lowerBound..<head.lowerBound, with: tag + "\n")
        }
        return html + tag + "\n"
    }
}
