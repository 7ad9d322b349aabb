/// Arguments many commands share; declare them in a command's `arguments` to accept them.
///
/// ```swift
/// static var arguments: [any ArgumentSpec] {
///   [directory, StandardOptions.database, StandardOptions.quiet]
/// }
/// ```
enum StandardOptions {
  /// The environment variable that names the database when `--db` is not given.
  static let databaseEnvironmentVariable = "QUORUM_DB"

  /// The database path when neither `--db` nor `QUORUM_DB` gives one.
  static let defaultDatabasePath = "./quorum.db"

  /// `--db <path>`: the SQLite database; precedence is the flag, then `QUORUM_DB` (when set
  /// and not empty), then `./quorum.db`. Relative paths are relative to the working
  /// directory (`CommandContext.resolvedPath(_:)`).
  static let database = Option<String>(
    "db", valueName: "path", environment: databaseEnvironmentVariable,
    default: defaultDatabasePath, help: "The Quorum database (SQLite file).",
    validate: { $0.isEmpty ? "the path is empty" : nil })

  /// `-q, --quiet`: no progress display and no informational messages; the runner sets
  /// `CommandContext.quiet` when it is given. Errors are still printed.
  static let quiet = Flag(
    "quiet", short: "q", help: "Print no progress or informational messages.")
}
