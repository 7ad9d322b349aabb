/// Applies append-only schema migrations and records them in the database.
///
/// Each migration is an identifier and raw SQL. Applied identifiers are stored in
/// `schema_migrations`; a migration is never edited once released, only new ones appended.
/// All pending migrations run in one transaction.
package struct DatabaseMigrator: Sendable {
  /// One schema step.
  package struct Migration: Sendable {
    /// A unique, never-reused identifier, e.g. `v1-schema`.
    package var identifier: String
    /// The SQL to run.
    package var sql: String
  }

  private var migrations: [Migration] = []

  /// Creates an empty migrator.
  package init() {}

  /// Appends a migration.
  package mutating func register(_ identifier: String, sql: String) {
    precondition(!migrations.contains { $0.identifier == identifier }, "duplicate migration")
    migrations.append(Migration(identifier: identifier, sql: sql))
  }

  /// Applies every migration not yet recorded in `database`; returns their identifiers.
  @discardableResult
  package func migrate(_ database: Database) throws -> [String] {
    try database.execute(
      """
      CREATE TABLE IF NOT EXISTS schema_migrations (
        identifier TEXT PRIMARY KEY NOT NULL, applied_at TEXT NOT NULL
      ) STRICT
      """)
    let applied = Set(
      try database.statement("SELECT identifier FROM schema_migrations").map { $0.string(0) })
    let pending = migrations.filter { !applied.contains($0.identifier) }
    guard !pending.isEmpty else { return [] }
    try database.transaction {
      for migration in pending {
        try database.execute(migration.sql)
        try database.execute(
          "INSERT INTO schema_migrations (identifier, applied_at) VALUES (?, datetime('now'))",
          [.text(migration.identifier)])
      }
    }
    return pending.map(\.identifier)
  }
}
