import Foundation
import QuorumStore

/// Runs the measured children of a benchmark — the stages, as the `quorum` binary, and the
/// anchors, as the `sqlite3` shell — each with `ProcessMeasurement`, its output in a log
/// file of the work folder.
struct BenchRunner: Sendable {
  /// The `quorum` binary.
  var executable: String
  /// The `sqlite3` shell, if found.
  var sqliteShell: String?
  /// The data set.
  var dataset: BenchDataset
  /// What the stages run on.
  var inputs: BenchStage.Inputs

  /// The database the anchors create.
  var anchorDatabase: String { inputs.workDirectory + "/anchor.db" }

  /// Whether the binary has `stage`'s command (its `--help` exits 0).
  func isAvailable(_ stage: BenchStage) throws -> Bool {
    let log = logPath("\(stage.rawValue)-help")
    return try measure([executable] + stage.helpArguments, log: log).exitStatus == 0
  }

  /// Runs `stage` once; an import starts from an empty database. The stage's phase log
  /// (see ``PhaseLog``) is read back after it.
  func run(_ stage: BenchStage) throws -> (ProcessMeasurement, log: String, phases: PhaseLog) {
    if stage == .import {
      for suffix in ["", "-wal", "-shm"] { remove(inputs.database + suffix) }
      remove(inputs.workDirectory + "/rejects.csv")
    }
    let log = logPath(stage.rawValue)
    let phaseLog = inputs.workDirectory + "/\(stage.rawValue)-phases.tsv"
    remove(phaseLog)
    var environment = ProcessInfo.processInfo.environment
    environment[PhaseTimer.logEnvironmentVariable] = phaseLog
    settleWrites()
    let measurement = try measure(
      [executable] + stage.arguments(inputs), log: log, environment: environment)
    let phases = (try? String(contentsOfFile: phaseLog, encoding: .utf8)).map(PhaseLog.init)
    return (measurement, log, phases ?? PhaseLog(""))
  }

  /// Runs `anchor` once (the import anchor into a new database).
  func run(_ anchor: BenchAnchor) throws -> (ProcessMeasurement, log: String) {
    guard let sqliteShell else { preconditionFailure("anchors need the sqlite3 shell") }
    if anchor == .sqliteImport { remove(anchorDatabase) }
    let log = logPath(anchor == .sqliteImport ? "anchor-import" : "anchor-scan")
    let arguments = anchor.arguments(
      activitiesCSV: dataset.activitiesCSV, anchorDatabase: anchorDatabase,
      quorumDatabase: inputs.database)
    settleWrites()
    return (try measure([sqliteShell] + arguments, log: log), log)
  }

  /// `sqlite3 --version`, first words (`3.40.1`), if the shell runs.
  func sqliteVersion() -> String? {
    guard let sqliteShell else { return nil }
    let log = logPath("sqlite-version")
    guard (try? measure([sqliteShell, "--version"], log: log))?.exitStatus == 0,
      let text = try? String(contentsOfFile: log, encoding: .utf8)
    else { return nil }
    return text.split(separator: " ").first.map(String.init)
  }

  /// Per-file rows and seconds of the last import in the benchmark's database.
  func importedFiles() -> [ImportReport.FileCounts] {
    guard let database = try? Database(path: inputs.database, readOnly: true),
      let rows = try? database.statement("SELECT files FROM imports ORDER BY id DESC LIMIT 1")
        .map([], { $0.string(0) }),
      let text = rows.first,
      let files = try? JSONDecoder().decode([ImportReport.FileCounts].self, from: Data(text.utf8))
    else { return [] }
    return files
  }

  /// Flushes every file system's pending writes (`sync`), untimed: the kernel writing back the gigabyte
  /// an import or the import anchor leaves dirty took a core from the next measured stage
  /// (at 50k, `score` right after the anchors took 4.4 s against 3.8 s on its own).
  private func settleWrites() { sync() }

  private func measure(
    _ arguments: [String], log: String, environment: [String: String]? = nil
  ) throws -> ProcessMeasurement {
    _ = FileManager.default.createFile(atPath: log, contents: nil)
    return try ProcessMeasurement.run(arguments, logPath: log, environment: environment)
  }

  private func logPath(_ name: String) -> String { inputs.workDirectory + "/\(name).log" }

  private func remove(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
  }
}
