import Foundation
import Testing

@testable import QuorumCommands

/// The main workflow run in-process on a small generated export: generate, import, score,
/// explain, committee, rank — output, files and exit codes.
@Suite(.serialized) final class WorkflowTests {
  let folder: URL
  var database: String { folder.appendingPathComponent("quorum.db").path }
  var export: String { folder.appendingPathComponent("export").path }

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("quorum-workflow-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  private func quorum(_ arguments: [String]) -> RunResult {
    run(arguments + ["--db", database], root: RootCommand.self, workingDirectory: folder.path)
  }

  private func generateAndImport() throws {
    let generated = run(
      ["generate", "--accounts", "12", "--seed", "3", "--out", export], root: RootCommand.self)
    try #require(generated.status == .success, "\(generated.errors)")
    let imported = quorum(["import", export])
    try #require(imported.status == .success, "\(imported.errors)")
  }

  @Test func importPrintsCountsThatAddUpAndReimportIsAllDuplicates() throws {
    try generateAndImport()
    let again = quorum(["import", export])
    #expect(again.status == .success)
    #expect(again.output.contains("no rows rejected"))
    let rows = again.output.split(separator: "\n").filter {
      $0.hasPrefix("accounts ") || $0.hasPrefix("activities ")
    }
    #expect(rows.count == 2)
    for row in rows {
      let cells = row.split(separator: " ").compactMap { Int($0) }
      // read, inserted, updated, duplicate, rejected: everything is a duplicate.
      #expect(cells.count == 5 && cells[0] == cells[3] && cells[1] == 0 && cells[2] == 0)
    }
  }

  @Test func rejectedRowsAreReportedAndKeptAndStrictModeImportsNothing() throws {
    let bad = folder.appendingPathComponent("bad")
    try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
    try "account_id,name,employees\nA1,Acme,12\nA2,Globex,many\n".write(
      to: bad.appendingPathComponent("accounts.csv"), atomically: true, encoding: .utf8)
    let strict = quorum(["import", bad.path, "--strict"])
    #expect(strict.status == .dataError)
    #expect(strict.errors == "error: 1 row rejected; --strict: nothing was imported\n")
    let rejects = try String(
      contentsOf: folder.appendingPathComponent("rejects.csv"), encoding: .utf8)
    #expect(rejects.contains("accounts.csv,3,employees,invalid,"))
    let lenient = quorum(["import", bad.path])
    #expect(lenient.status == .success)
    #expect(lenient.output.contains("accounts.csv:3: column 'employees': invalid:"))
  }

  @Test func missingFolderIsAnIOErrorNamingIt() {
    let result = quorum(["import", "/no/such/folder"])
    #expect(result.status == .failure)
    #expect(result.errors == "error: /no/such/folder: not a folder\n")
  }

  @Test func scoreStoresASnapshotThatExplainAddsUpExactly() throws {
    try generateAndImport()
    let scored = quorum(["score", "--as-of", "2026-09-30", "--csv", "out"])
    try #require(scored.status == .success, "\(scored.errors)")
    #expect(scored.output.contains("scored as of 2026-09-30T00:00:00Z"))
    let contacts = try String(
      contentsOf: folder.appendingPathComponent("out/contact_scores.csv"), encoding: .utf8)
    let header = contacts.split(separator: "\n").first.map(String.init)
    #expect(
      header
        == "contact_id,account_id,match_method,fit,engagement,framework,score,stage,seniority,department,committee_role,champion"
    )
    let firstContact = try #require(contacts.split(separator: "\n").dropFirst().first)
    let fields = firstContact.split(separator: ",", omittingEmptySubsequences: false)
    let explained = quorum(["explain", "contact", String(fields[0])])
    #expect(explained.status == .success)
    let score = try #require(Double(fields[6]))
    let totalLine = try #require(explained.output.split(separator: "\n").last)
    #expect(totalLine.hasSuffix("= total"))
    let total = try #require(Double(totalLine.split(separator: " ")[0]))
    #expect(abs(total - score) < 0.005)
    let unknown = quorum(["explain", "account", "NOPE"])
    #expect(unknown.status == .dataError)
  }

  @Test func rankListsAccountsAsJSONAndRejectsABadTier() throws {
    try generateAndImport()
    let ranked = quorum(["rank", "--as-of", "2026-09-30", "--format", "json", "--top", "3"])
    try #require(ranked.status == .success, "\(ranked.errors)")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(ranked.output.utf8)) as? [[String: Any]])
    #expect(rows.count == 3)
    #expect(rows.map { $0["rank"] as? Int } == [1, 2, 3])
    let scores = rows.compactMap { $0["score"] as? Double }
    #expect(scores == scores.sorted(by: >))
    let badTier = quorum(["rank", "--tier", "4"])
    #expect(badTier.status == .usage)
    #expect(
      badTier.errors.hasPrefix("error: invalid value '4' for '--tier <t>': must be 1, 2 or 3"))
  }

  @Test func committeeShowsRolesCoverageAndActions() throws {
    try generateAndImport()
    let ranked = quorum(["rank", "--as-of", "2026-09-30", "--format", "csv", "--top", "1"])
    let account = try #require(ranked.output.split(separator: "\n").last?.split(separator: ",")[1])
    let committee = quorum(["committee", String(account), "--as-of", "2026-09-30"])
    #expect(committee.status == .success)
    #expect(committee.output.contains("buying committee as of 2026-09-30"))
    #expect(committee.output.contains("roles covered:"))
    #expect(committee.output.contains("next best actions:"))
    #expect(quorum(["committee", "NOPE"]).status == .dataError)
  }
}
