import Foundation
import NiemyetCore

/// One HTML page of the site. Pages are planned first (cheap, `Sendable`), then each is
/// turned into a template context and rendered on its own thread.
enum Page: Sendable, Hashable {
    case home
    case campaign(Int)
    case unit(Int, Int)
    case results(Int)
    case procedures
    /// A procedure's own page, by its place in `PageBuilder.registered.procedures`.
    case procedure(Int)
    case notFound

    /// The campaign whose pages this is one of; nil for site-wide pages.
    var campaign: Int? {
        switch self {
        case .campaign(let c), .unit(let c, _), .results(let c): c
        case .home, .procedures, .procedure, .notFound: nil
        }
    }
}

/// Builds the context each page's template reads. Everything that varies by input is
/// here; the site-wide values (`site`, `labels`) are added by `PageBuilder.complete`.
struct PageBuilder: Sendable {
    let content: SiteContent
    let includePosters: Bool
    /// The procedures of every campaign, grouped once for the index and all their pages.
    let registered: RegisteredProcedures

    /// Plans the pages of `content`, whose procedures are `registered`
    /// (`RegisteredProcedures(content.campaigns)`): grouped once, not per page.
    init(content: SiteContent, includePosters: Bool, registered: RegisteredProcedures) {
        self.content = content
        self.includePosters = includePosters
        self.registered = registered
    }

    var labels: SiteLabels { content.labels }

    /// Every page, in a fixed order.
    var pages: [Page] {
        var pages: [Page] = [.home, .procedures, .notFound]
        pages += registered.procedures.indices.map { .procedure($0) }
        for (index, entry) in content.campaigns.enumerated() {
            pages.append(.campaign(index))
            if !entry.campaign.results.isEmpty { pages.append(.results(index)) }
            for unit in entry.units.indices { pages.append(.unit(index, unit)) }
        }
        return pages
    }

    /// The file a page is written to, relative to the site root.
    func path(of page: Page) -> String {
        switch page {
        case .home: "index.html"
        case .campaign(let c): SitePaths.campaign(content.campaigns[c].id) + "index.html"
        case .unit(let c, let u):
            SitePaths.unitPage(content.campaigns[c].units[u].id, in: content.campaigns[c].id)
        case .results(let c): SitePaths.results(content.campaigns[c].id) + "index.html"
        case .procedures: SitePaths.procedures + "index.html"
        case .procedure(let p): SitePaths.procedure(registered.procedures[p].slug) + "index.html"
        case .notFound: "404.html"
        }
    }

    /// The template that renders a page.
    func template(of page: Page) -> String {
        switch page {
        case .home: "home"
        case .campaign: "campaign"
        case .unit: "unit"
        case .results: "results"
        case .procedures: "procedures"
        case .procedure: "procedure"
        case .notFound: "notfound"
        }
    }

    /// Where a person would fix what a page shows: its campaign or unit file.
    func source(of page: Page) -> SourceLocation? {
        switch page {
        case .campaign(let c), .results(let c): content.campaigns[c].campaign.source
        case .unit(let c, let u): content.campaigns[c].units[u].source
        case .home, .procedures, .procedure, .notFound: nil
        }
    }

    /// What a person would rename when two pages fall on the same path: the campaign or
    /// unit id that made the second one.
    func name(of page: Page) -> String {
        switch page {
        case .campaign(let c), .results(let c): content.campaigns[c].id
        case .unit(let c, let u): content.campaigns[c].units[u].id
        case .home: "index"
        case .procedures: SitePaths.procedures
        case .procedure(let p): SitePaths.procedure(registered.procedures[p].slug)
        case .notFound: "404"
        }
    }

    /// Pages that would overwrite one another (a campaign called `thu-tuc`, a unit called
    /// `ket-qua` in a campaign with results), each reported where its id is written, and
    /// the set of every page's path, which the build keeps (ten thousand paths are not
    /// hashed twice).
    func clashes(_ pages: [Page], paths: [String]) -> (problems: [Diagnostic], paths: Set<String>) {
        var seen = Set<String>(minimumCapacity: paths.count)
        var problems: [Diagnostic] = []
        for (page, path) in zip(pages, paths) where !seen.insert(path).inserted {
            problems.append(
                Diagnostic(
                    .sitePathClash, at: source(of: page) ?? .start(of: path),
                    ["id": .text(name(of: page)), "path": .text(path)]))
        }
        return (problems, seen)
    }

    /// The page-specific context.
    func context(for page: Page) -> [String: Any] {
        let path = path(of: page)
        var context: [String: Any]
        switch page {
        case .home: context = home()
        case .campaign(let c): context = campaign(content.campaigns[c], root: root(of: path))
        case .unit(let c, let u): context = unit(content.campaigns[c], content.campaigns[c].units[u], root: root(of: path))
        case .results(let c): context = results(content.campaigns[c], root: root(of: path))
        case .procedures: context = procedureIndex(root: root(of: path))
        case .procedure(let p): context = procedure(registered.procedures[p], root: root(of: path))
        case .notFound: context = notFound()
        }
        context["lang"] = content.settings.language.rawValue
        if context["root"] == nil { context["root"] = root(of: path) }
        context["canonical"] = SitePaths.absolute(
            path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path,
            baseURL: content.settings.baseURL)
        return context
    }

    /// Folds what `page` shows into `fingerprint` from its typed inputs, for pages whose
    /// context costs more to build than to digest those (a procedure's); false for the
    /// others, whose context is digested instead.
    func combineInputs(of page: Page, into fingerprint: inout Fingerprint) -> Bool {
        guard case .procedure(let number) = page else { return false }
        combineInputs(of: registered.procedures[number], root: root(of: path(of: page)), into: &fingerprint)
        return true
    }

    /// Adds the site-wide values, the same on every page.
    static func complete(_ context: [String: Any], site: [String: String], labels: [String: String]) -> [String: Any] {
        var context = context
        context["site"] = site
        context["labels"] = labels
        return context
    }

    /// The relative way back to the site root from `path`: `./`, `../`, `../../`.
    func root(of path: String) -> String {
        let depth = path.reduce(0) { $1 == "/" ? $0 + 1 : $0 }
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }

    /// The site-wide values for templates.
    var siteContext: [String: String] { Self.siteContext(of: content) }

    /// The site-wide values for the templates of `content`'s pages.
    static func siteContext(of content: SiteContent) -> [String: String] {
        var site: [String: String] = ["title": content.settings.title]
        if let organization = content.settings.organization { site["organization"] = organization }
        if let phone = content.settings.contact.phone { site["phone"] = phone }
        if let email = content.settings.contact.email { site["email"] = email }
        if let address = content.settings.contact.address { site["address"] = address }
        for (key, value) in content.settings.extra where site[key] == nil { site[key] = value }
        return site
    }

    /// Labels for templates: `nav.home` is read as `{{labels.nav_home}}` (a dot would
    /// mean a nested value in Mustache).
    var labelContext: [String: String] { Self.labelContext(of: content) }

    /// The labels for the templates of `content`'s pages.
    static func labelContext(of content: SiteContent) -> [String: String] {
        Dictionary(uniqueKeysWithValues: content.labels.all.map { ($0.key.replacingOccurrences(of: ".", with: "_"), $0.value) })
    }

    /// A campaign's line of dates.
    func period(_ campaign: Campaign) -> String { labels.period(campaign.start.value, campaign.end.value) }

    /// The breadcrumb trail above a page's heading.
    func crumbs(_ trail: [(title: String, href: String)]) -> [[String: Any]] {
        trail.map { ["crumbTitle": $0.title, "crumbHref": $0.href] }
    }

    func unitPosterPath(_ unit: String, in campaign: String) -> String? {
        includePosters ? SitePaths.poster(unit: unit, in: campaign) : nil
    }
}
