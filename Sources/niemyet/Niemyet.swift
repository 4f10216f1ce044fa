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
        // Each subcommand's configuration names it: ArgumentParser otherwise derives the
        // name from the type through `String(describing:)`, whose first dynamic casts
        // scan every protocol conformance in the binary, on every run (1-2 ms).
        subcommands: [
            Validate.self,
            Build.self,
            Poster.self,
            Check.self,
            Serve.self,
            Due.self,
            Holidays.self,
            New.self,
            Import.self,
        ])

    /// Runs the command and maps outcomes to the exit codes of FORMAT.md: usage
    /// errors exit 2 (ArgumentParser's default is 64).
    static func main() async {
        let command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            fail(error, usage: nil)
        }
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                var command = command
                try command.run()
            }
        } catch {
            // A usage problem found while running names the command that found it.
            fail(error, usage: usageString(for: type(of: command)))
        }
    }

    private static func fail(_ error: any Error, usage: String?) -> Never {
        guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
        let text =
            usage.map { "Error: \(message(for: error))\nUsage: \($0.trimmingCharacters(in: .whitespacesAndNewlines))" }
            ?? fullMessage(for: error)
        FileHandle.standardError.write(Data((text + "\n").utf8))
        Foundation.exit(2)
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
