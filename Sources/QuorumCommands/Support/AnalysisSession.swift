import QuorumAnalytics
import QuorumStore

/// The database, the data and the model a scoring command works on, loaded once.
struct AnalysisSession {
  let database: Database
  let data: CRMData
  let model: ScoringModel
  let modelOrigin: String
  /// The activities grouped by contact for `data.contacts` (`data.activities` is empty):
  /// read straight from the database into the scorer's log, on a second connection while
  /// the rest loads.
  let activities: ActivityLog

  /// Opens the database, resolves the model, loads the data without its activities and
  /// reads those into ``activities`` in parallel (tens of millions of rows are never held
  /// as values).
  static func open(databasePath: String, modelPath: String?, context: CommandContext) throws
    -> AnalysisSession
  {
    let database = try StoreAccess.open(databasePath)
    let reader = activityReader(database.path)
    let (model, origin) = try ModelResolution.resolve(
      path: modelPath, database: database, context: context)
    let data = try StoreAccess.run {
      try CRMRepository(database: database).load(includingAttributes: false)
    }
    guard !data.accounts.isEmpty || !data.contacts.isEmpty else {
      throw CommandError.data(
        "\(databasePath): no accounts or contacts yet; run 'quorum import DIR' first")
    }
    let activities = try StoreAccess.run {
      try reader?.value() ?? CRMRepository(database: database).activityLog()
    }
    guard activities.contactIDs.elementsEqual(data.contacts.lazy.map(\.id)) else {
      throw CommandError.io("\(databasePath): the contacts changed while loading; run again")
    }
    return AnalysisSession(
      database: database, data: data, model: model, modelOrigin: origin, activities: activities)
  }

  /// Reads the activity log on a second, read-only connection in the background; `nil`
  /// for an in-memory database (a second connection would see another database).
  private static func activityReader(_ path: String) -> BackgroundWork<ActivityLog>? {
    guard path != ":memory:" && !path.isEmpty else { return nil }
    return BackgroundWork {
      try CRMRepository(database: Database(path: path, readOnly: true)).activityLog()
    }
  }

  /// The qualification view as of `asOf`.
  func view(asOf: Timestamp) throws -> QualificationView {
    try view(asOf: asOf, activities: activities)
  }

  /// The qualification view as of `asOf` over `log` (``activities``, or a log derived
  /// from it).
  func view(asOf: Timestamp, activities log: ActivityLog) throws -> QualificationView {
    let pipeline = QualificationPipeline(model: model)
    do {
      return try pipeline.run(data, activities: log, asOf: asOf)
    } catch {
      throw CommandError.data("scoring model '\(modelOrigin)': \(error)")
    }
  }
}

/// `--as-of <date>` for the commands that score (default: now).
enum AsOfOption {
  static let option = Option<Timestamp?>(
    "as-of", valueName: "date", default: nil,
    help: "Use only data timestamped at or before this date (default: now).")
}
