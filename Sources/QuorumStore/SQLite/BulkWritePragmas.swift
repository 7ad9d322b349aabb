/// The connection settings a bulk write (an import, a score snapshot) runs under, restored
/// when it ends.
///
/// - `foreign_keys = OFF`: the writer resolves every reference itself (the importer makes
///   an unknown contact, account or opportunity a reject, never a stored row; a snapshot
///   writes the rows of the run it just created and deletes a replaced run's rows itself),
///   so SQLite's own check would only repeat a lookup in the parent table for every row —
///   about a third of the cost of an activity insert. The schema keeps its `REFERENCES`
///   for every other writer, and the pragma is back on before `during` returns. (SQLite
///   ignores the pragma inside a transaction, so it is set around the write's transaction.)
/// - `cache_size`: 256 MiB of page cache by default, so the B-tree pages a bulk write keeps
///   touching stay in memory instead of being spilled to the WAL and read back.
/// - `temp_store = MEMORY`: statement journals of multi-row inserts stay in memory.
///
/// Journaling is untouched: WAL with the connection's `synchronous` setting, so the import
/// stays one atomic transaction.
enum BulkWritePragmas {
  /// Page cache during a bulk write, in KiB (SQLite's negative `cache_size` unit).
  static let cacheKiB = 262_144

  /// Runs `body` with the bulk-write settings on `database`, then restores the previous
  /// ones.
  static func during<T>(
    _ database: Database, cacheKiB: Int = cacheKiB, _ body: () throws -> T
  ) throws -> T {
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
