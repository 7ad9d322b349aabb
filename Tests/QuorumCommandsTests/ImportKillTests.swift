import Foundation
import QuorumStore
import Testing

/// `kill -9` at any moment of an import leaves either the database as it was or the whole
/// import, never a part of it (an import writes straight into the database file under a
/// rollback journal when alone, through the WAL otherwise: both must hold).
@Suite struct ImportKillTests {
  /// Row counts of every contract table and of the finished imports, and SQLite's own
  /// integrity check.
  private static func state(of path: String) throws -> [String] {
    let database = try Database(path: path)
    var lines = try database.statement("PRAGMA integrity_check").map { $0.string(0) }
    for table in [
      "accounts", "contacts", "activities", "opportunities", "opportunity_contacts",
      "qualifications", "spend",
    ] {
      lines.append("\(table) \(try database.scalar("SELECT count(*) FROM \(table)") ?? -1)")
    }
    lines.append(
      "imports \(try database.scalar("SELECT count(*) FROM imports WHERE finished_at IS NOT NULL") ?? -1)"
    )
    return lines
  }

  @Test(.quorumBinaryBuilt)
  func anImportKilledAtAnyMomentLeavesTheDatabaseBeforeOrAfterIt() throws {
    let executable = try #require(QuorumBinary.url)
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("quorum-kill-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    for (name, accounts) in [("small", "20"), ("large", "150")] {
      let (status, _, errors) = try QuorumBinary.run(
        executable, ["generate", "--accounts", accounts, "--seed", "5", "--out", path(name), "-q"])
      try #require(status == 0, "\(errors)")
    }
    // Before: the small export. After: the large one imported over it, timed.
    let first = try QuorumBinary.run(
      executable, ["import", path("small"), "--db", path("before.db"), "-q"])
    try #require(first.0 == 0, "\(first.2)")
    try FileManager.default.copyItem(atPath: path("before.db"), toPath: path("after.db"))
    let started = Date()
    let second = try QuorumBinary.run(
      executable, ["import", path("large"), "--db", path("after.db"), "-q"])
    try #require(second.0 == 0, "\(second.2)")
    let duration = Date().timeIntervalSince(started)
    let before = try Self.state(of: path("before.db"))
    let after = try Self.state(of: path("after.db"))
    #expect(before != after)
    // Killed early the import is rolled back; killed late, around the commit, it may have
    // landed whole: either is right, a part of it never is. The last kill waits for the
    // rollback journal to appear: the commit is writing into the database file.
    for fraction in [0.4, 0.8, 0.9, 0.95, 0.98, nil] {
      let database = path("killed-\(fraction ?? 1).db")
      try FileManager.default.copyItem(atPath: path("before.db"), toPath: database)
      let process = Process()
      process.executableURL = executable
      process.arguments = ["import", path("large"), "--db", database, "-q"]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      if let fraction {
        Thread.sleep(forTimeInterval: duration * fraction)
      } else {
        while process.isRunning && !FileManager.default.fileExists(atPath: database + "-journal") {
          Thread.sleep(forTimeInterval: 0.000_2)
        }
      }
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let state = try Self.state(of: database)
      #expect(state == before || state == after, "killed at \(fraction ?? 1) of the import")
      #expect(state.first == "ok")
    }
  }
}
