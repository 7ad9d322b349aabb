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
/// - `journal_mode = DELETE` when asked (`writesDirectly`) and no other connection has the
///   database open: the write's pages go straight into the database file, guarded by a
///   rollback journal of the pages it overwrites, instead of into the WAL and then, after
///   the commit, copied over by a checkpoint. Writing 600 MB through the WAL took 1.2 s at
///   the commit and 2.7 s in the checkpoint, of a 14 s import at 50,000 accounts (profiled
///   single run). The write stays one atomic, durable transaction (the rollback journal
///   guarantees it as the WAL did, `kill -9` included: the next connection rolls a hot
///   journal back). A connection opened meanwhile waits for the commit (up to
///   `Database.busyTimeoutMilliseconds`) instead of reading the previous state. With
///   another connection open the mode cannot change, and the write goes through the WAL as
///   before. WAL is switched back on before `during` returns; should that fail (another
///   process holding the database past the timeout, or a kill in between), the next
///   read-write open switches it back.
enum BulkWritePragmas {
  /// Page cache during a bulk write, in KiB (SQLite's negative `cache_size` unit).
  static let cacheKiB = 262_144

  /// Runs `body` with the bulk-write settings on `database`, then restores the previous
  /// ones.
  static func during<T>(
    _ database: Database, cacheKiB: Int = cacheKiB, writesDirectly: Bool = false,
    _ body: () throws -> T
  ) throws -> T {
    let foreignKeys = try database.scalar("PRAGMA foreign_keys") ?? 1
    let cacheSize = try database.scalar("PRAGMA cache_size") ?? -2000
    let tempStore = try database.scalar("PRAGMA temp_store") ?? 0
    try database.execute(
      "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -\(cacheKiB); PRAGMA temp_store = MEMORY")
    let leftWAL = writesDirectly && leaveWAL(database)
    defer {
      try? database.execute(
        """
        PRAGMA foreign_keys = \(foreignKeys); PRAGMA cache_size = \(cacheSize);
        PRAGMA temp_store = \(tempStore)
        """)
      if leftWAL { try? database.execute("PRAGMA journal_mode = WAL") }
    }
    return try body()
  }

  /// Switches a WAL database to a rollback journal unless another connection has it open
  /// (checked without waiting); whether it did.
  private static func leaveWAL(_ database: Database) -> Bool {
    guard journalMode(database, "PRAGMA journal_mode") == "wal" else { return false }
    let timeout =
      (try? database.scalar("PRAGMA busy_timeout")) ?? Int64(Database.busyTimeoutMilliseconds)
    defer { try? database.execute("PRAGMA busy_timeout = \(timeout)") }
    try? database.execute("PRAGMA busy_timeout = 0")
    return journalMode(database, "PRAGMA journal_mode = DELETE") == "delete"
  }

  /// The journal mode `pragma` reports (after setting it, when it sets it); `nil` on error.
  private static func journalMode(_ database: Database, _ pragma: String) -> String? {
    (try? database.statement(pragma).map { $0.text(0) })?.first ?? nil
  }
}
