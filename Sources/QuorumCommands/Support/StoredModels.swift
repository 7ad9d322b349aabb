import Foundation
import QuorumStore

/// Access to the stored model versions shared by the `quorum models` subcommands.
enum StoredModels {
  /// `<id>`: a stored version's id, as `quorum models` lists it.
  static let id = Positional<Int>(
    "id", help: "The model version's id (see 'quorum models').",
    validate: { $0 > 0 ? nil : "must be a positive id" })

  /// The store of the database at `path`, `nil` when there is no database file yet.
  static func open(_ path: String, context: CommandContext) throws -> ModelStore? {
    let resolved = context.resolvedPath(path)
    guard FileManager.default.fileExists(atPath: resolved) else { return nil }
    return ModelStore(database: try StoreAccess.open(resolved))
  }

  /// The stored version `id`; a data error when there is none.
  static func entry(_ id: Int, database path: String, context: CommandContext) throws
    -> ModelStore.Entry
  {
    guard let store = try open(path, context: context),
      let entry = try StoreAccess.run({ try store.entry(id: Int64(id)) })
    else {
      throw CommandError.data(
        "no stored model #\(id) in '\(context.resolvedPath(path))'; see 'quorum models'")
    }
    return entry
  }

  /// The training window as `first … last` (dates), or `-`.
  static func window(_ entry: ModelStore.Entry) -> String {
    guard let from = entry.trainingFrom, let to = entry.trainingTo else { return "-" }
    return "\(from.prefix(10)) … \(to.prefix(10))"
  }

  /// The holdout AUC from the stored metrics, to three decimals.
  static func holdoutAUC(_ entry: ModelStore.Entry) -> String? {
    guard let holdout = CalibrationJSON.parse(entry.metrics)?["holdout"] as? [String: Any],
      let auc = holdout["auc"] as? Double
    else { return nil }
    return CalibrationReport.three(auc)
  }
}
