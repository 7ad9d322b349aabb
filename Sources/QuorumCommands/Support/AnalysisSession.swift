import QuorumAnalytics
import QuorumStore

/// The database, the data and the model a scoring command works on, loaded once.
struct AnalysisSession {
  let database: Database
  let data: CRMData
  let model: ScoringModel
  let modelOrigin: String

  /// Opens the database, resolves the model and loads the data.
  static func open(databasePath: String, modelPath: String?, context: CommandContext) throws
    -> AnalysisSession
  {
    let database = try StoreAccess.open(databasePath)
    let (model, origin) = try ModelResolution.resolve(
      path: modelPath, database: database, context: context)
    let data = try StoreAccess.run { try CRMRepository(database: database).load() }
    guard !data.accounts.isEmpty || !data.contacts.isEmpty else {
      throw CommandError.data(
        "\(databasePath): no accounts or contacts yet; run 'quorum import DIR' first")
    }
    return AnalysisSession(database: database, data: data, model: model, modelOrigin: origin)
  }

  /// The qualification view as of `asOf`.
  func view(asOf: Timestamp) throws -> QualificationView {
    do {
      return try QualificationPipeline(model: model).run(data, asOf: asOf)
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
