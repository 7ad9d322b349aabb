import Foundation
import QuorumAnalytics
import QuorumReports
import QuorumStore

/// `quorum score`: scores and stages every contact and account as of a date, stores the
/// snapshot, prints a summary and optionally writes CSVs.
struct ScoreCommand: QuorumCommand {
  static let configuration = CommandConfiguration(
    name: "score", abstract: "Score and stage every contact and account as of a date.",
    discussion: """
      Matches contacts to accounts (account_id, then e-mail domain, then company name), \
      maps buying committees, and scores every contact (fit + decayed engagement + \
      framework evidence) and every account (a rollup of its people, breadth, committee and \
      fit). Only rows timestamped at or before --as-of count. The snapshot is stored under \
      (as-of, model version) for 'quorum explain' and the trend reports; re-running the same \
      pair replaces it.
      """,
    examples: [
      CommandExample("quorum score --as-of 2026-09-30", "Score as of the end of Q3"),
      CommandExample(
        "quorum score --csv out/", "Also write contact_scores.csv and account_scores.csv"),
    ])

  static let csv = Option<String?>(
    "csv", valueName: "dir", default: nil,
    help: "Write contact_scores.csv and account_scores.csv into this folder.")

  static var arguments: [any ArgumentSpec] {
    [
      AsOfOption.option, ModelResolution.option, csv, StandardOptions.database,
      StandardOptions.quiet,
    ]
  }

  var asOf: Timestamp?
  var modelPath: String?
  var csvDirectory: String?
  var database: String

  init(arguments: ParsedArguments) throws {
    asOf = arguments[AsOfOption.option]
    modelPath = arguments[ModelResolution.option]
    csvDirectory = arguments[Self.csv]
    database = arguments[StandardOptions.database]
  }

  func run(context: CommandContext) throws {
    var timer = PhaseTimer(clock: context.clock)
    let session = try AnalysisSession.open(
      databasePath: context.resolvedPath(database), modelPath: modelPath,
      contactColumns: .scoring, context: context)
    timer.lap("load")
    let asOf = asOf ?? Timestamp.now
    let (connection, modelVersion, modelOrigin) =
      (session.database, session.model.version, session.modelOrigin)
    context.keepUntilExit(session.analysisValues)
    // The session is let go once scored: its activity log is not held while the snapshot
    // is written.
    var unscored: AnalysisSession? = consume session
    // The snapshot this run replaces is deleted while the contacts and accounts are scored,
    // every contact's and account's reasons recorded in compact blocks as they are (no
    // contact's reasons are held as values). The write transaction is open meanwhile:
    // another process writing the database waits for the scoring too.
    let (run, view, reasons) = try StoreAccess.run {
      try ScoreSnapshotStore(database: connection).save(
        asOf: asOf, modelVersion: modelVersion, createdAt: .now
      ) {
        guard let session = unscored.take() else { preconditionFailure("scored twice") }
        let scored = try session.snapshotView(asOf: asOf)
        timer.lap("scoring")
        return scored
      }
    }
    timer.lap("snapshot")
    context.print(ScoreSummaryText.render(view, modelOrigin: modelOrigin, run: run))
    if let csvDirectory {
      let folder = context.resolvedPath(csvDirectory)
      try ScoreCSV.write(view, to: folder)
      context.print("wrote \(folder)/contact_scores.csv and account_scores.csv")
      timer.lap("csv")
    }
    timer.report(command: "score", context: context)
    context.keepUntilExit((view, reasons))
  }
}
