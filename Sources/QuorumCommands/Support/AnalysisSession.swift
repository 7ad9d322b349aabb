import QuorumAnalytics
import QuorumStore

/// The database, the data and the model a scoring command works on, loaded once.
struct AnalysisSession {
  let database: Database
  let data: CRMData
  let model: ScoringModel
  let modelOrigin: String
  /// Whether `data.activities` is empty and activities come from the database.
  let streamsActivities: Bool

  /// Opens the database, resolves the model and loads the data; with
  /// `streamingActivities` the activities are not loaded but streamed from the database
  /// when a view is computed (what `quorum score` does, for tens of millions of rows).
  static func open(
    databasePath: String, modelPath: String?, context: CommandContext,
    streamingActivities: Bool = true
  ) throws -> AnalysisSession {
    let database = try StoreAccess.open(databasePath)
    let (model, origin) = try ModelResolution.resolve(
      path: modelPath, database: database, context: context)
    let data = try StoreAccess.run {
      try CRMRepository(database: database).load(includingActivities: !streamingActivities)
    }
    guard !data.accounts.isEmpty || !data.contacts.isEmpty else {
      throw CommandError.data(
        "\(databasePath): no accounts or contacts yet; run 'quorum import DIR' first")
    }
    return AnalysisSession(
      database: database, data: data, model: model, modelOrigin: origin,
      streamsActivities: streamingActivities)
  }

  /// The qualification view as of `asOf`.
  func view(asOf: Timestamp) throws -> QualificationView {
    try view(asOf: asOf, activities: try activityLog())
  }

  /// The qualification view as of `asOf` over `log` (from ``activityLog()``).
  func view(asOf: Timestamp, activities log: ActivityLog) throws -> QualificationView {
    let pipeline = QualificationPipeline(model: model)
    do {
      return try pipeline.run(data, activities: log, asOf: asOf)
    } catch {
      throw CommandError.data("scoring model '\(modelOrigin)': \(error)")
    }
  }

  /// The activities grouped by contact for `data.contacts`: streamed from the database
  /// with integer keys when the session streams them, else grouped from `data`.
  func activityLog() throws -> ActivityLog {
    let contactIDs = data.contacts.map(\.id)
    guard streamsActivities else {
      return ActivityLog(contactIDs: contactIDs, activities: data.activities)
    }
    return try StoreAccess.run {
      try CRMRepository(database: database).activityLog(contactIDs: contactIDs)
    }
  }
}

/// `--as-of <date>` for the commands that score (default: now).
enum AsOfOption {
  static let option = Option<Timestamp?>(
    "as-of", valueName: "date", default: nil,
    help: "Use only data timestamped at or before this date (default: now).")
}
