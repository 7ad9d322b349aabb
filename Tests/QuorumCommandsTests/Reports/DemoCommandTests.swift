import Foundation
import Testing

@testable import QuorumCommands

@Suite struct DemoCommandTests {
  @Test func demoRunsTheWorkflowInAFreshDatabaseAndWritesEveryReport() throws {
    let fixture = try ReportFixture(imported: false)
    let result = run(
      ["demo", "--sample", fixture.export, "--out", "out"], root: RootCommand.self,
      workingDirectory: fixture.folder.path)
    #expect(result.status == .success, "\(result.errors)")
    #expect(result.output.contains("==> quorum import \(fixture.export)\n"))
    #expect(result.output.contains("==> quorum score --as-of 2026-09-30\n"))
    #expect(result.output.contains("==> quorum report all --out out --as-of 2026-09-30\n"))
    #expect(
      result.output.hasSuffix(
        "Done. Open \(fixture.path("out/index.html")) in a browser; the CSV files are next to "
          + "it.\n"))
    let files = try fixture.files(in: "out")
    #expect(files.contains("index.html"))
    #expect(files.contains("model.html"))
    // The user's database is never touched or created.
    #expect(!FileManager.default.fileExists(atPath: fixture.database))
  }

  @Test func aMissingSampleIsAnErrorNamingIt() throws {
    let fixture = try ReportFixture(imported: false)
    let result = run(
      ["demo", "--sample", "nowhere"], root: RootCommand.self,
      workingDirectory: fixture.folder.path)
    #expect(result.status == .failure)
    #expect(result.errors.hasPrefix("error: no sample export at '\(fixture.path("nowhere"))'"))
  }

  @Test func stepsAreShownWithoutTheTemporaryDatabase() {
    #expect(
      DemoCommand.display(["score", "--as-of", "2026-09-30", "--db", "/tmp/x.db"])
        == "score --as-of 2026-09-30")
  }
}
