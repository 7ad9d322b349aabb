import QuorumAnalytics
import QuorumStore

/// The database, the data and the model a scoring command works on, loaded once.
struct AnalysisSession {
  let database: Database
  let data: CRMData
  let model: ScoringModel
  let modelOrigin: String
  /// The activities grouped by contact, read from the database while the rest loaded;
  /// `nil` when `data.activities` holds them.
  private let streamedActivities: ActivityLog?

  /// Opens the database, resolves the model and loads the data; with
  /// `streamingActivities` the activities are not loaded as values but read straight into
  /// the scorer's log on a second connection, in parallel with the rest (what `quorum score`
  /// does, for tens of millions of rows).
  static func open(
    databasePath: String, modelPath: String?, context: CommandContext,
    streamingActivities: Bool = true
  ) throws -> AnalysisSession {
    let database = try StoreAccess.open(databasePath)
    let reader = streamingActivities ? activityReader(database.path) : nil
    let (model, origin) = try ModelResolution.resolve(
      path: modelPath, database: database, context: context)
    let data = try StoreAccess.run {
      try CRMRepository(database: database).load(
        includingActivities: !streamingActivities, includingAttributes: false)
    }
    guard !data.accounts.isEmpty || !data.contacts.isEmpty else {
      throw CommandError.data(
        "\(databasePath): no accounts or contacts yet; run 'quorum import DIR' first")
    }
    let activities: ActivityLog?
    if let reader {
      activities = try StoreAccess.run { try reader.value() }
    } else if streamingActivities {
      activities = try StoreAccess.run { try CRMRepository(database: database).activityLog() }
    } else {
      activities = nil
    }
    if let activities, !activities.contactIDs.elementsEqual(data.contacts.lazy.map(\.id)) {
      throw CommandError.io("\(databasePath): the contacts changed while loading; run again")
    }
    return AnalysisSession(
      database: database, data: data, model: model, modelOrigin: origin,
      streamedActivities: activities)
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
    try view(asOf: asOf, activities: activityLog())
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

  /// The activities grouped by contact for `data.contacts`: read from the database when
  /// the session streams them, else grouped from `data`.
  func activityLog() -> ActivityLog {
    streamedActivities
      ?? ActivityLog(contactIDs: data.contacts.map(\.id), activities: data.activities)
  }
}

/// `--as-of <date>` for the commands that score (default: now).
enum AsOfOption {
  static let option = Option<Timestamp?>(
    "as-of", valueName: "date", default: nil,
    help: "Use only data timestamped at or before this date (default: now).")
}
