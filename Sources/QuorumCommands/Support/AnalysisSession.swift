import QuorumAnalytics
import QuorumStore

/// The database, the data and the model a scoring command works on, loaded once.
struct AnalysisSession {
  let database: Database
  let data: CRMData
  let model: ScoringModel
  let modelOrigin: String
  /// The activities grouped by contact for `data.contacts` (`data.activities` is empty):
  /// read straight from the database into the scorer's log, by contact position on a
  /// connection of their own (two, by halves, before the timelines are built) while the
  /// rest loads, then given the loaded contacts' ids.
  let activities: ActivityLog

  /// Opens the database, resolves the model, loads the data without its activities and
  /// reads those into ``activities`` in parallel (tens of millions of rows are never held
  /// as values): the activities and the contacts each on a connection of their own, the
  /// rest on this one. `contactColumns` are the contact columns the analysis reads.
  static func open(
    databasePath: String, modelPath: String?, contactColumns: ContactColumns = .standard,
    context: CommandContext
  ) throws -> AnalysisSession {
    let database = try StoreAccess.open(databasePath)
    let readers = try activityReaders(database)
    let contactReader = backgroundReader(database) { try $0.contacts(contactColumns) }
    let (model, origin) = try ModelResolution.resolve(
      path: modelPath, database: database, context: context)
    let data = try StoreAccess.run {
      try CRMRepository(database: database).load(
        contactColumns, contacts: contactReader.map { reader in { try reader.value() } }
      )
    }
    guard !data.accounts.isEmpty || !data.contacts.isEmpty else {
      throw CommandError.data(
        "\(databasePath): no accounts or contacts yet; run 'quorum import DIR' first")
    }
    let activities: ActivityLog
    if readers.isEmpty {
      activities = try StoreAccess.run { try CRMRepository(database: database).activityLog() }
    } else {
      let segments = try StoreAccess.run { try readers.map { try $0.value() } }
      // Each connection read the contacts' keys itself; imports add contacts and never
      // remove one, so one that ran in between would show in the counts.
      guard segments.allSatisfy({ $0.contactCount == data.contacts.count }) else {
        throw CommandError.io("\(databasePath): the contacts changed while loading; run again")
      }
      activities = ActivityLog(contactIDs: data.contacts.map(\.id), joining: segments)
    }
    return AnalysisSession(
      database: database, data: data, model: model, modelOrigin: origin, activities: activities)
  }

  /// Reads the activity log in the background while the caller loads the rest: on one more
  /// read-only connection from the contacts' timelines, or in two halves by contact on two
  /// from a database whose timelines are not built yet; none for an in-memory database
  /// (another connection would see another database).
  private static func activityReaders(_ database: Database) throws
    -> [BackgroundWork<ActivityLog.Segment>]
  {
    let keyRanges = try StoreAccess.run {
      let repository = CRMRepository(database: database)
      return try repository.contactKeyRanges(parts: repository.readsActivityTimelines() ? 1 : 2)
    }
    return keyRanges.compactMap { keys in
      backgroundReader(database) { try $0.activitySegment(ofContactKeys: keys) }
    }
  }

  /// `read` run in the background on a read-only connection of its own, or `nil` for an
  /// in-memory database.
  private static func backgroundReader<Value: Sendable>(
    _ database: Database, _ read: @escaping @Sendable (CRMRepository) throws -> Value
  ) -> BackgroundWork<Value>? {
    let path = database.path
    guard path != ":memory:" && !path.isEmpty else { return nil }
    return BackgroundWork {
      try read(CRMRepository(database: Database(path: path, readOnly: true)))
    }
  }

  /// The loaded values without the database, for ``CommandContext/keepUntilExit(_:)``:
  /// the data, whose half a million contacts take long to free one by one (the activity
  /// log is a few large arrays, freed at once and best let go early).
  var analysisValues: any Sendable { data }

  /// The qualification view as of `asOf`.
  func view(asOf: Timestamp) throws -> QualificationView {
    try view(asOf: asOf, activities: activities)
  }

  /// The qualification view `quorum score` stores, with the reasons of every contact and
  /// account recorded in blocks as they are scored (the contacts' scores keep none), and the
  /// committees only outlined (the snapshot keeps each contact's role and champion flag and
  /// each account's coverage, all in the scores and the contact lines).
  func snapshotView(asOf: Timestamp) throws -> (
    view: QualificationView, reasons: RecordedReasons<ReasonBlock>
  ) {
    var pipeline = QualificationPipeline(model: model)
    pipeline.plansNextBestActions = false
    pipeline.findsContactLines = true
    pipeline.outlinesCommittees = true
    return try reportingModelErrors { () throws(CommitteeError) in
      try pipeline.run(data, activities: activities, asOf: asOf) { ReasonBlock() }
    }
  }

  /// The qualification view as of `asOf` over `log` (``activities``, or a log derived
  /// from it), by a pipeline for the session's model that `configure` may set up.
  func view(
    asOf: Timestamp, activities log: ActivityLog,
    configure: (inout QualificationPipeline) -> Void = { _ in }
  ) throws -> QualificationView {
    var pipeline = QualificationPipeline(model: model)
    configure(&pipeline)
    return try reportingModelErrors { () throws(CommitteeError) in
      try pipeline.run(data, activities: log, asOf: asOf)
    }
  }

  /// `run`'s value; its committee settings' error reported as the model's.
  private func reportingModelErrors<Value>(_ run: () throws(CommitteeError) -> Value) throws
    -> Value
  {
    do {
      return try run()
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
