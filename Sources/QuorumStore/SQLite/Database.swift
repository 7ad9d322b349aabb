internal import CSQLite

/// A connection to a SQLite database. The class owns the `sqlite3` handle and closes it in
/// `deinit`.
///
/// Opening turns on WAL journaling, foreign keys and fast secure-delete. Statements are cached by SQL text,
/// so hot loops prepare once.
package final class Database {
  private let handle: OpaquePointer
  private var cache: [String: Statement] = [:]
  /// The file path (or `:memory:`).
  package let path: String

  /// How long a connection waits for another one's lock before failing with "database is
  /// locked": a minute, so that a command started while an import or a score snapshot
  /// writes (under a rollback journal, see `BulkWritePragmas`) waits for it to commit and
  /// then reads the new data.
  static let busyTimeoutMilliseconds: Int32 = 60_000
  /// How much of the file a read-only connection maps (SQLite caps it at its compile-time
  /// maximum; past it, pages are read as usual).
  static let readOnlyMapBytes = 1 << 30

  /// Opens (creating if needed) the database at `path`.
  package init(path: String, readOnly: Bool = false) throws(SQLiteError) {
    var connection: OpaquePointer?
    let flags =
      (readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
      | SQLITE_OPEN_NOMUTEX
    let code = sqlite3_open_v2(path, &connection, flags, nil)
    guard code == SQLITE_OK, let connection else {
      let error = SQLiteError(code: code, connection: connection, sql: nil)
      sqlite3_close_v2(connection)
      throw error
    }
    self.handle = connection
    self.path = path
    sqlite3_extended_result_codes(connection, 1)
    sqlite3_busy_timeout(connection, Self.busyTimeoutMilliseconds)
    if !readOnly && path != ":memory:" { try execute("PRAGMA journal_mode = WAL") }
    // A read-only connection reads pages straight from the mapped file rather than copying
    // each one into its page cache (a load of a large export reads hundreds of megabytes).
    // As SQLite documents, an I/O error on a mapped page is a SIGBUS, not an error code:
    // acceptable for the analysis readers of a local file, which is why writers don't map.
    if readOnly { try execute("PRAGMA mmap_size = \(Self.readOnlyMapBytes)") }
    // Debian and others build SQLite with SECURE_DELETE, which overwrites every freed
    // page: replacing a score snapshot then writes it all twice. FAST zeroes deleted content
    // only where that costs no extra I/O.
    try execute("PRAGMA foreign_keys = ON; PRAGMA secure_delete = FAST")
  }

  deinit {
    cache.removeAll()
    sqlite3_close_v2(handle)
  }

  /// Runs one or more SQL statements that take no parameters (DDL, pragmas).
  package func execute(_ sql: String) throws(SQLiteError) {
    let code = sqlite3_exec(handle, sql, nil, nil, nil)
    guard code == SQLITE_OK else { throw SQLiteError(code: code, connection: handle, sql: sql) }
  }

  /// A prepared statement for `sql`, from the cache when it was prepared before.
  package func statement(_ sql: String) throws(SQLiteError) -> Statement {
    if let cached = cache[sql] { return cached }
    let statement = try Statement(connection: handle, sql: sql)
    cache[sql] = statement
    return statement
  }

  /// Runs `sql` with bound `values`.
  package func execute(_ sql: String, _ values: [DatabaseValue]) throws(SQLiteError) {
    try statement(sql).execute(values)
  }

  /// The first column of the first row of a query, as an integer.
  package func scalar(_ sql: String, _ values: [DatabaseValue] = []) throws -> Int64? {
    try statement(sql).map(values) { $0.optionalInt64(0) }.first ?? nil
  }

  /// The rowid of the last inserted row.
  package var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

  /// Rows changed by the last INSERT, UPDATE or DELETE.
  package var changes: Int { Int(sqlite3_changes(handle)) }

  /// Runs `body` in a transaction: commits when it returns, rolls back when it throws.
  ///
  /// `BEGIN IMMEDIATE` takes the write lock up front, so a concurrent writer fails fast
  /// instead of midway.
  package func transaction<T>(_ body: () throws -> T) throws -> T {
    try run(body, in: "BEGIN IMMEDIATE")
  }

  /// Runs `body`'s reads in one read transaction: every query sees the same snapshot of the
  /// database, whatever another connection commits meanwhile (WAL).
  package func readTransaction<T>(_ body: () throws -> T) throws -> T {
    try run(body, in: "BEGIN DEFERRED")
  }

  /// Runs `body` after `begin`; commits when it returns, rolls back when it throws.
  private func run<T>(_ body: () throws -> T, in begin: String) throws -> T {
    try execute(begin)
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
  }
}
