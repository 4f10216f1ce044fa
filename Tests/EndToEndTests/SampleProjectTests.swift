import Foundation
import Testing

@Suite("The sample campaigns")
struct SampleProjectTests {
    @Test("validate accepts the repository's sample project with exit 0")
    func samplesValidate() throws {
        let project = try ProjectFolder.samples()
        defer { project.remove() }
        let result = try project.run("validate")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stdout.contains("Không có lỗi"), "Vietnamese by site.yaml: \(result.stdout)")
    }

    @Test("validate takes the project path as an argument")
    func pathArgument() throws {
        let result = try Niemyet.run(["validate", ProjectFolder.repositoryRoot.path, "--format", "json"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == #"{"diagnostics":[]}"#)
    }

    @Test("a folder that does not exist is a usage error, exit 2")
    func missingFolder() throws {
        let result = try Niemyet.run(["validate", "/nonexistent/niemyet-project", "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("was not found"))
    }

    @Test("an unknown flag is a usage error, exit 2")
    func unknownFlag() throws {
        let result = try Niemyet.run(["validate", "--no-such-flag"])
        #expect(result.status == 2)
    }
}
