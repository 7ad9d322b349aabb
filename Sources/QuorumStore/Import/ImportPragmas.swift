/// The connection settings an import runs under, restored when it ends.
///
/// - `foreign_keys = OFF`: the importer resolves every reference itself (an unknown
///   contact, account or opportunity is a reject, never a stored row), so SQLite's own
///   check would only repeat a lookup in the parent table for every row — about a third of
///   the cost of an activity insert. The schema keeps its `REFERENCES` for every other
///   writer, and the pragma is back on before `run` returns. (SQLite ignores the pragma
///   inside a transaction, so it is set around the import's transaction.)
/// - `cache_size`: 256 MiB of page cache, so the B-tree pages an import keeps touching stay
///   in memory instead of being spilled to the WAL and read back.
/// - `temp_store = MEMORY`: statement journals of multi-row inserts stay in memory.
///
/// Journaling is untouched: WAL with the connection's `synchronous` setting, so the import
/// stays one atomic transaction.
enum ImportPragmas {
  /// Page cache during an import, in KiB (SQLite's negative `cache_size` unit).
  static let cacheKiB = 262_144

  /// Runs `body` with the import settings on `database`, then restores the previous ones.
  static func during<T>(_ database: Database, _ body: () throws -> T) throws -> T {
    let foreignKeys = try database.scalar("PRAGMA foreign_keys") ?? 1
    let cacheSize = try database.scalar("PRAGMA cache_size") ?? -2000
    let tempStore = try database.scalar("PRAGMA temp_store") ?? 0
    try database.execute(
      "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -\(cacheKiB); PRAGMA temp_store = MEMORY")
    defer {
      try? database.execute(
        """
        PRAGMA foreign_keys = \(foreignKeys); PRAGMA cache_size = \(cacheSize);
        PRAGMA temp_store = \(tempStore)
        """)
    }
    return try body()
  }
}
