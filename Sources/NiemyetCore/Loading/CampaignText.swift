import Foundation

extension Campaign {
    /// Decodes one single-file campaign (`Campaigns/<id>.md`) from its bytes, exactly as
    /// the loader does but with no project around it: no shared registries, no `units/`
    /// folder, no `results.csv`. The fuzz targets use it to reach the decoder without disk.
    public static func decode(_ data: Data, id: String) -> (campaign: Campaign?, diagnostics: [Diagnostic]) {
        let file = "Campaigns/\(id).md"
        let text: SourceText
        switch SourceText.decode(data, shownAs: file) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let split: FrontMatterDocument
        switch FrontMatterDocument.split(text) {
        case .success(let document): split = document
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let document: YAMLDocument
        switch YAMLDocument.parse(split.yaml, file: file, firstLine: split.yamlFirstLine) {
        case .success(let parsed): document = parsed
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let loader = ProjectLoader(root: URL(fileURLWithPath: "/", isDirectory: true), displayRoot: "")
        let decoder = CampaignDecoder(loader: loader, registry: Registry(Project(root: loader.root, displayRoot: "")), cache: nil)
        var diagnostics: [Diagnostic] = []
        let head = decoder.head(
            ProjectLoader.CampaignSource(id: id, file: file, folder: nil), document: document, body: split.body,
            diagnostics: &diagnostics)
        return (head.campaign, diagnostics)
    }
}
