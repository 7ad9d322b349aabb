import Foundation
import Testing

@testable import QuorumCommands

/// A database of 100 synthetic accounts (seed 7, three years to 2026-09-30), generated and
/// imported once through the real commands; each test works on its own copy.
enum CalibrateFixture {
  static let asOf = "2026-09-30"

  /// The fixture's folder, removed when the test process exits.
  static let directory: URL = {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("quorum-calibrate-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: CalibrateFixture.directory) }
    return url
  }()

  /// The imported database, built on first use.
  static let pristine: String = {
    let export = directory.appendingPathComponent("export").path
    let database = directory.appendingPathComponent("pristine.db").path
    let generated = quorum(["generate", "--accounts", "100", "--seed", "7", "--out", export, "-q"])
    let imported = quorum(["import", export, "--db", database, "-q"])
    if generated.status != .success || imported.status != .success {
      Issue.record("fixture failed: \(generated.errors) \(imported.errors)")
    }
    try? FileManager.default.removeItem(atPath: export)
    return database
  }()

  /// Removes files a test made (its database copy, its outputs).
  static func remove(_ paths: String...) {
    for path in paths { try? FileManager.default.removeItem(atPath: path) }
  }

  /// A fresh copy of the imported database.
  static func database() throws -> String {
    let copy = directory.appendingPathComponent("\(UUID().uuidString).db").path
    try FileManager.default.copyItem(atPath: pristine, toPath: copy)
    return copy
  }

  /// A path for a new file in the fixture's folder.
  static func path(_ name: String) -> String {
    directory.appendingPathComponent("\(UUID().uuidString)-\(name)").path
  }

  /// Runs the real `quorum` command tree in-process.
  static func quorum(_ arguments: [String]) -> RunResult {
    run(arguments, root: RootCommand.self, workingDirectory: directory.path)
  }

  /// `quorum calibrate --as-of 2026-09-30 --db <database> -q` plus `arguments`.
  static func calibrate(_ database: String, _ arguments: [String] = []) -> RunResult {
    quorum(["calibrate", "--as-of", asOf, "--db", database, "-q"] + arguments)
  }

  /// The JSON object a command printed.
  static func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }
}
