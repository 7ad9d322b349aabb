import QuorumStore

/// The arguments of the commands about one stored model version: `ID` and `--db`.
struct StoredModelSelection: Sendable {
  /// Their declarations, to list in a command's `arguments`.
  static var arguments: [any ArgumentSpec] { [StoredModels.id, StandardOptions.database] }

  /// The version's id.
  var id: Int
  /// `--db`.
  var database: String

  /// Reads the id and `--db`.
  init(arguments: ParsedArguments) {
    id = arguments[StoredModels.id]
    database = arguments[StandardOptions.database]
  }

  /// The stored version (a data error when there is no such id).
  func entry(context: CommandContext) throws -> ModelStore.Entry {
    try StoredModels.entry(id, database: database, context: context)
  }
}
