import ArgumentParser
import Foundation
import NiemyetCore

/// Help texts come from the strings tables like every other message. Help is printed
/// before options are parsed, so its language is read from the command line (`--lang`)
/// and the environment, defaulting to Vietnamese.
enum Help {
    static let language: Language = {
        let arguments = CommandLine.arguments
        if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count,
            let language = Language(rawValue: arguments[index + 1])
        {
            return language
        }
        if let inline = arguments.first(where: { $0.hasPrefix("--lang=") }),
            let language = Language(rawValue: String(inline.dropFirst("--lang=".count)))
        {
            return language
        }
        return Language.choose(flag: nil, environment: ProcessInfo.processInfo.environment, site: nil)
    }()

    /// The help text `help.<key>` in the help language.
    static func text(_ key: String) -> String {
        Messages.table(for: language).label("help." + key)
    }

    /// A usage error in the help language, for problems found while reading options.
    static func usageError(_ key: String, _ arguments: [String: String] = [:]) -> ValidationError {
        ValidationError(Messages.table(for: language).label("usage." + key, arguments))
    }
}
