/// The language of everything a user reads: messages, labels, reports.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case vi
    case en

    /// The language a locale name such as `vi_VN.UTF-8` or `en_US` asks for, if any.
    /// `C` and `POSIX` say nothing about the reader, so they give nil.
    public init?(locale: String) {
        let lowered = locale.lowercased()
        if lowered.hasPrefix("vi") {
            self = .vi
        } else if lowered.hasPrefix("en") {
            self = .en
        } else {
            return nil
        }
    }

    /// Picks the language by the documented precedence: the `--lang` flag, then
    /// `LC_ALL`/`LANG`, then `language` in site.yaml, then Vietnamese.
    public static func choose(
        flag: Language?, environment: [String: String], site: Language?
    ) -> Language {
        if let flag { return flag }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                if let language = Language(locale: value) { return language }
                break
            }
        }
        return site ?? .vi
    }
}
