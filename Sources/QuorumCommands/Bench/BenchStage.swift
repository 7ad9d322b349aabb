/// A stage of the whole job that `quorum bench` measures, and how it runs it: as a child
/// process of the same `quorum` binary, on the benchmark's database.
///
/// A stage whose command does not exist in the binary (its `--help` exits 64) is reported as
/// not available; wiring a new command therefore needs no change here as long as it takes
/// the arguments below.
enum BenchStage: String, CaseIterable, ArgumentValue, Sendable {
  case `import`
  case score
  case calibrate
  case report

  /// What the stage needs to run.
  struct Inputs: Sendable {
    /// The generated export folder.
    var dataset: String
    /// The database the stages share.
    var database: String
    /// Where stage outputs (rejects, reports) go.
    var workDirectory: String
    /// The data set's last day, `YYYY-MM-DD`: the as-of date of scoring and calibration.
    var end: String
  }

  /// The command-line arguments after the binary.
  func arguments(_ inputs: Inputs) -> [String] {
    switch self {
    case .import:
      [
        "import", inputs.dataset, "--db", inputs.database, "--rejects",
        inputs.workDirectory + "/rejects.csv",
      ]
    case .score: ["score", "--db", inputs.database, "--as-of", inputs.end]
    case .calibrate: ["calibrate", "--db", inputs.database, "--as-of", inputs.end]
    case .report:
      [
        "report", "all", "--db", inputs.database, "--as-of", inputs.end, "--out",
        inputs.workDirectory + "/reports",
      ]
    }
  }

  /// The part of the stage an issue's target names, when it is not the whole command:
  /// calibrate "building the point-in-time training set plus the λ search and final fit",
  /// so its evaluation (holdout metrics, comparison with the active model, PSI) and storing
  /// the model are not counted. The part is the whole process's wall time less the laps
  /// after `lastPhase` in its phase log, so start-up, loading, writing the report and exit
  /// stay in it.
  var timedPart: (name: String, lastPhase: String)? {
    switch self {
    case .calibrate: ("calibrate to the fit", "λ search and fit")
    case .import, .score, .report: nil
    }
  }

  /// The arguments that ask the binary whether it has the stage's command.
  var helpArguments: [String] { [rawValue, "--help"] }

  /// The anchor the stage's time is compared with (issue targets: import against the
  /// shell's `.import` plus index, score and calibrate against one scan), if any.
  var anchor: BenchAnchor? {
    switch self {
    case .import: .sqliteImport
    case .score, .calibrate: .scan
    case .report: nil
    }
  }
}

/// A reference measurement taken in the same run as the stages, with the `sqlite3` shell.
enum BenchAnchor: String, CaseIterable, Sendable {
  /// `.import` of `activities.csv` into a plain table, then one index on (contact, time).
  case sqliteImport = "sqlite3 .import+index"
  /// One full scan of Quorum's `activities` table.
  case scan = "sqlite3 full scan"

  /// The `sqlite3` arguments (after the executable) for `activitiesCSV` and the databases.
  func arguments(activitiesCSV: String, anchorDatabase: String, quorumDatabase: String)
    -> [String]
  {
    switch self {
    case .sqliteImport:
      [
        "-csv", anchorDatabase, ".import '\(activitiesCSV)' activities",
        "CREATE INDEX activities_by_contact_time ON activities(contact_id, occurred_at)",
      ]
    case .scan:
      [
        quorumDatabase,
        "SELECT count(*), total(occurred_at), total(length(detail)) FROM activities",
      ]
    }
  }
}
