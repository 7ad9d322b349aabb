internal import CSQLite

/// An error reported by SQLite, with everything needed to understand it.
///
/// Mirrors GRDB's `DatabaseError`: the primary result code, the extended code, the
/// message of `sqlite3_errmsg`, and the SQL that was running.
package struct SQLiteError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The extended result code (e.g. 2067 for `SQLITE_CONSTRAINT_UNIQUE`).
  package var extendedCode: Int32
  /// The message SQLite gave.
  package var message: String
  /// The SQL statement involved, if any.
  package var sql: String?

  /// The primary result code (e.g. 19 for `SQLITE_CONSTRAINT`).
  package var code: Int32 { extendedCode & 0xFF }

  package var description: String {
    var text = "SQLite error \(code) (extended \(extendedCode)): \(message)"
    if let sql { text += " — while executing `\(sql)`" }
    return text
  }

  /// Whether the error is a constraint violation (unique, foreign key, check, not null).
  package var isConstraintViolation: Bool { code == SQLITE_CONSTRAINT }

  /// A stored value Quorum wrote that does not read back (`SQLITE_CORRUPT`): `message` says
  /// which.
  static func corrupt(_ message: String, sql: String? = nil) -> SQLiteError {
    SQLiteError(extendedCode: SQLITE_CORRUPT, message: message, sql: sql)
  }

  private init(extendedCode: Int32, message: String, sql: String?) {
    self.extendedCode = extendedCode
    self.message = message
    self.sql = sql
  }

  init(code: Int32, connection: OpaquePointer?, sql: String?) {
    self.extendedCode = connection.map { sqlite3_extended_errcode($0) } ?? code
    self.message =
      connection.map { String(cString: sqlite3_errmsg($0)) }
      ?? String(cString: sqlite3_errstr(code))
    self.sql = sql
  }
}
