import ArgumentParser
import Foundation
import NiemyetCore

/// The `niemyet` command: plan, publish and check administrative-reform campaigns.
@main
struct Niemyet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "niemyet",
        abstract: Help.text("niemyet"),
        version: "0.1.0",
        subcommands: [
            Validate.self,
            Build.self,
            Poster.self,
            // check
            Serve.self,
            Due.self,
            Holidays.self,
            New.self,
            Import.self,
        ])

    /// Runs the command and maps outcomes to the exit codes of FORMAT.md: usage
    /// errors exit 2 (ArgumentParser's default is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Options every command that reads a project shares.
struct ProjectOptions: ParsableArguments {
    @Argument(help: "The project folder, holding Campaigns/ and Site/.")
    var path: String = "."

    @Option(name: .long, help: "Language of messages: vi or en (default: LANG, then site.yaml).")
    var lang: Language?

    /// The language for this run by the documented precedence.
    func language(site: Language?) -> Language {
        Language.choose(flag: lang, environment: ProcessInfo.processInfo.environment, site: site)
    }

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            let message = Messages.table(for: language(site: nil)).message(for: .projectNotFound, ["path": path])
            throw ValidationError(message)
        }
    }
}

extension Language: ExpressibleByArgument {}
