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
    let asOf = asOf ?? Timestamp.now
    let session = try AnalysisSession.open(
      databasePath: context.resolvedPath(database), modelPath: modelPath,
      contactColumns: .scoringAsOf(asOf), context: context)
    timer.lap("load")
    let (connection, modelOrigin) = (session.database, session.modelOrigin)
    context.keepUntilExit(session.analysisValues)
    // Every contact's and account's reasons are recorded in compact blocks as they are
    // scored (no contact's reasons are held as values). The session is let go once scored:
    // its activity log is not held while the snapshot is written.
    let (view, reasons) = try (consume session).snapshotView(asOf: asOf)
    timer.lap("scoring")
    let run = try StoreAccess.run {
      try ScoreSnapshotStore(database: connection).save(view, reasons: reasons, createdAt: .now)
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
