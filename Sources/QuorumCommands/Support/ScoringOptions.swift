import QuorumAnalytics

/// The options every command that scores takes: `--as-of`, `--model` and `--db`.
struct ScoringOptions: Sendable {
  /// Their declarations, to list in a command's `arguments`.
  static var arguments: [any ArgumentSpec] {
    [AsOfOption.option, ModelResolution.option, StandardOptions.database]
  }

  /// `--as-of`, or `nil` for now.
  var asOf: Timestamp?
  /// `--model`, or `nil` for the active or built-in model.
  var modelPath: String?
  /// `--db`.
  var database: String

  /// Reads the three options.
  init(arguments: ParsedArguments) {
    asOf = arguments[AsOfOption.option]
    modelPath = arguments[ModelResolution.option]
    database = arguments[StandardOptions.database]
  }

  /// The as-of date to use: `--as-of`, else now.
  var date: Timestamp { asOf ?? .now }

  /// Opens the database and loads the data and the model (see
  /// `AnalysisSession.open(databasePath:modelPath:contactColumns:context:)`).
  func session(context: CommandContext) throws -> AnalysisSession {
    try AnalysisSession.open(
      databasePath: context.resolvedPath(database), modelPath: modelPath, context: context)
  }
}
