/// The built-in theme's stylesheet and filter script, compiled into the binary. A file of
/// the same name in `Site/assets/` replaces one; other files there are published as they are.
enum BuiltInAssets {
    static let all: [String: String] = ["site.css": stylesheet, "filter.js": filterScript]

    /// Colours meet WCAG 2.2 AA contrast on white (text 16:1, links 7:1, badges >= 4.5:1);
    /// focus is a thick yellow-and-black ring; the layout works from 320 px; the print
    /// rules give a clean A4 page without navigation.
    static let stylesheet = #"""
        *, *::before, *::after { box-sizing: border-box; }
        html { font-family: "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; font-size: 100%; line-height: 1.5; color: #1b1b1b; background: #ffffff; -webkit-text-size-adjust: 100%; }
        body { margin: 0; overflow-wrap: anywhere; }
        .wrap { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
        a { color: #0b4f8a; text-decoration-thickness: 1px; text-underline-offset: 0.15em; }
        a:visited { color: #4c2c92; }
        a:hover { color: #003062; text-decoration-thickness: 3px; }
        a:focus-visible, select:focus-visible, [tabindex]:focus-visible, summary:focus-visible {
          outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: 0 0 0 6px #0b0c0c; background-color: #ffdd00; color: #0b0c0c; text-decoration: none; }
        .skip-link { position: absolute; left: -9999px; top: 0; padding: 0.5rem 1rem; background: #ffdd00; color: #0b0c0c; font-weight: 700; z-index: 10; }
        .skip-link:focus { left: 0; }
        .visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        .site-header { background: #0b3d6b; color: #ffffff; padding: 0.75rem 0 0; }
        .site-header a { color: #ffffff; }
        .site-header a:focus-visible { color: #0b0c0c; }
        .site-title { font-size: 1.375rem; font-weight: 700; text-decoration: none; }
        .site-organization { margin: 0.25rem 0 0.5rem; }
        .site-nav { background: #08294a; margin-top: 0.5rem; }
        .site-nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; padding-top: 0.5rem; padding-bottom: 0.5rem; margin: 0 auto; }
        main { display: block; padding-top: 1rem; padding-bottom: 2rem; }
        main:focus { outline: none; }
        h1 { font-size: 2rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
        h2 { font-size: 1.5rem; line-height: 1.3; margin: 2rem 0 0.75rem; }
        h3 { font-size: 1.1875rem; margin: 1rem 0 0.5rem; }
        .lead { font-size: 1.1875rem; max-width: 45rem; }
        .breadcrumb ol { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; font-size: 0.9375rem; }
        .breadcrumb li + li::before { content: "›"; padding: 0 0.5rem; color: #505a5f; }
        .cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }
        .card { border: 1px solid #b1b4b6; border-top: 5px solid #0b3d6b; padding: 0.75rem 1rem; }
        .card h3 { margin-top: 0; }
        .dates { color: #383f43; }
        .slogan { font-style: italic; }
        .term { font-weight: 700; }
        .status { display: inline-block; padding: 0.125rem 0.625rem; font-weight: 700; color: #ffffff; }
        .status-running { background: #00703c; }
        .status-upcoming { background: #0b4f8a; }
        .status-past { background: #505a5f; }
        .facts { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.25rem 1rem; }
        .facts dt { font-weight: 700; }
        .facts dd { margin: 0; }
        .courtesy { border-left: 5px solid #00703c; padding-left: 0.75rem; }
        .actions { padding-left: 1.25rem; }
        .activities { padding-left: 1.25rem; }
        .notice { max-width: 45rem; }
        .notice blockquote { border-left: 5px solid #b1b4b6; margin-left: 0; padding-left: 1rem; }
        .filters fieldset { min-width: 0; max-width: 100%; border: 1px solid #b1b4b6; padding: 0.5rem 1rem 1rem; display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; }
        .filters legend { font-weight: 700; padding: 0 0.25rem; }
        .filter { min-width: 0; max-width: 100%; }
        .filter label { display: block; font-weight: 700; }
        .filter select { font: inherit; min-height: 2.5rem; width: 100%; max-width: 100%; border: 2px solid #0b0c0c; background: #ffffff; color: #0b0c0c; }
        .table-wrap { overflow-x: auto; margin: 1rem 0; position: relative; }
        table { border-collapse: collapse; width: 100%; min-width: 36rem; }
        caption { text-align: left; font-weight: 700; padding: 0.5rem 0; }
        th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.75rem 0.5rem 0; border-bottom: 1px solid #b1b4b6; overflow-wrap: normal; }
        thead th { border-bottom: 2px solid #0b0c0c; }
        tbody th { font-weight: 400; }
        td.reduced { font-weight: 700; color: #00703c; }
        .code { color: #383f43; white-space: nowrap; }
        .check { border-left: 5px solid #505a5f; padding: 0.25rem 1rem; }
        .check-posted { border-color: #00703c; }
        .check-partial, .check-missing, .check-unreachable, .check-no_url { border-color: #b3261e; }
        .chart { margin: 1rem 0; max-width: 48rem; }
        .chart svg { display: block; max-width: 100%; height: auto; }
        .chart-label, .chart-value { font-size: 14px; fill: #1b1b1b; }
        .bar-received { fill: #9fc6e8; }
        .bar-same-day { fill: #0b3d6b; }
        .key { display: inline-block; width: 1em; height: 1em; vertical-align: middle; border: 1px solid #0b0c0c; }
        .key-received { background: #9fc6e8; }
        .key-same-day { background: #0b3d6b; }
        .site-footer { border-top: 5px solid #0b3d6b; background: #f3f2f1; padding: 0.5rem 0 2rem; }
        .site-footer h2 { font-size: 1.1875rem; margin-top: 1rem; }
        .contact { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
        .contact dd { margin: 0; }
        [hidden] { display: none !important; }
        @media (max-width: 40rem) {
          h1 { font-size: 1.625rem; }
          .facts, .contact { grid-template-columns: 1fr; }
          .facts dd { margin-bottom: 0.5rem; }
        }
        @media print {
          @page { size: A4; margin: 15mm; }
          html { font-size: 11pt; color: #000000; }
          .skip-link, .site-nav, .filters, .actions, .breadcrumb { display: none !important; }
          .site-header { background: none; color: #000000; border-bottom: 2pt solid #000000; }
          .site-header a { color: #000000; }
          a { color: #000000; text-decoration: none; }
          .notice a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 90%; }
          .table-wrap { overflow: visible; }
          body { overflow-wrap: normal; }
          table { min-width: 0; page-break-inside: auto; font-size: 9pt; }
          th, td { padding: 3pt 6pt 3pt 0; overflow-wrap: normal; word-break: normal; hyphens: manual; }
          tr, .card, .activities li { page-break-inside: avoid; break-inside: avoid; }
          thead { display: table-header-group; }
          h1, h2, h3 { page-break-after: avoid; break-after: avoid; }
          .status { color: #000000; background: none; border: 1pt solid #000000; }
          .site-footer { background: none; }
        }

        """#

    /// Shows the filter form and hides the table rows that do not match; without
    /// JavaScript the whole table stays readable.
    static let filterScript = #"""
        (function () {
          "use strict";
          var form = document.getElementById("filters");
          var table = document.getElementById("procedures-table");
          if (!form || !table || !table.tBodies.length) { return; }
          var selects = form.querySelectorAll("select[data-filter]");
          var rows = table.tBodies[0].rows;
          var count = document.getElementById("filter-count");
          function apply() {
            var shown = 0;
            for (var i = 0; i < rows.length; i++) {
              var visible = true;
              for (var j = 0; j < selects.length; j++) {
                var wanted = selects[j].value;
                var name = "data-" + selects[j].getAttribute("data-filter");
                if (wanted && rows[i].getAttribute(name) !== wanted) { visible = false; }
              }
              rows[i].hidden = !visible;
              if (visible) { shown++; }
            }
            if (count) {
              count.textContent = count.getAttribute("data-template")
                .replace("{shown}", String(shown)).replace("{total}", String(rows.length));
            }
          }
          form.addEventListener("submit", function (event) { event.preventDefault(); });
          for (var k = 0; k < selects.length; k++) { selects[k].addEventListener("change", apply); }
          form.hidden = false;
          apply();
        })();

        """#
}
