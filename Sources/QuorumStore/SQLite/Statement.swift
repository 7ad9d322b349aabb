internal import CSQLite

/// A prepared statement. The class owns the `sqlite3_stmt` and finalizes it in `deinit`.
///
/// Parameters are always bound, never spliced into SQL. A statement is reset before each
/// execution, so it can be reused for every row of an import.
package final class Statement {
  private let handle: OpaquePointer
  private let connection: OpaquePointer
  /// The texts bound by ``execute(binding:)``, kept until the execution ends.
  private let arena = BindingArena()
  /// The SQL text.
  package let sql: String

  init(connection: OpaquePointer, sql: String) throws(SQLiteError) {
    var statement: OpaquePointer?
    let code = sqlite3_prepare_v3(
      connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
    guard code == SQLITE_OK, let statement else {
      throw SQLiteError(code: code, connection: connection, sql: sql)
    }
    self.handle = statement
    self.connection = connection
    self.sql = sql
  }

  deinit { sqlite3_finalize(handle) }

  /// Binds `values` to the parameters `?1…?n`, after resetting the statement.
  package func bind(_ values: [DatabaseValue]) throws(SQLiteError) {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    for (offset, value) in values.enumerated() {
      try bind(value, at: Int32(offset + 1))
    }
  }

  private func bind(_ value: DatabaseValue, at index: Int32) throws(SQLiteError) {
    let code: Int32
    switch value {
    case .null: code = sqlite3_bind_null(handle, index)
    case .integer(let integer): code = sqlite3_bind_int64(handle, index, integer)
    case .real(let real): code = sqlite3_bind_double(handle, index, real)
    case .text(let text):
      // An explicit byte count keeps text with NUL bytes whole (a rejected record's raw text).
      code = sqlite3_bind_text(
        handle, index, text, Int32(text.utf8.count), quorum_sqlite_transient)
    case .blob(let bytes):
      code = bytes.withUnsafeBytes {
        sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), quorum_sqlite_transient)
      }
    }
    guard code == SQLITE_OK else { throw SQLiteError(code: code, connection: connection, sql: sql) }
  }

  /// Runs the statement to completion with `values` bound (for INSERT/UPDATE/DELETE).
  package func execute(_ values: [DatabaseValue] = []) throws(SQLiteError) {
    try bind(values)
    while try step() {}
  }

  /// Runs the statement to completion with parameters bound by `bind`, without SQLite
  /// copying text: the fast path for bulk inserts (raw bytes are bound in place, `String`s
  /// through the statement's ``BindingArena``). The statement is reset first, and
  /// afterwards its bindings are cleared, so it keeps no pointer to the caller's bytes.
  ///
  /// ```swift
  /// try bytes.withUnsafeBytes { text in
  ///   try statement.execute { parameters throws(SQLiteError) in
  ///     try parameters.bind(Int64(42), at: 1)
  ///     try parameters.bindText(UnsafeRawBufferPointer(rebasing: text[0..<5]), at: 2)
  ///   }
  /// }
  /// ```
  /// Text buffers must stay valid until this call returns; parameters not bound are NULL.
  package func execute(
    binding bind: (ParameterBinder) throws(SQLiteError) -> Void
  ) throws(SQLiteError) {
    sqlite3_reset(handle)
    defer {
      sqlite3_reset(handle)
      sqlite3_clear_bindings(handle)
      arena.reset()
    }
    try bind(ParameterBinder(handle: handle, connection: connection, arena: arena))
    while try step() {}
  }

  /// Runs a query and calls `body` with each row.
  package func forEachRow(
    _ values: [DatabaseValue] = [], _ body: (Row) throws -> Void
  ) throws {
    try bind(values)
    while try step() { try body(Row(handle: handle)) }
  }

  /// Runs a query and returns the rows mapped by `transform`, in an array reserved for
  /// `expectedCount` rows (a hint: more or fewer are fine).
  package func map<T>(
    _ values: [DatabaseValue] = [], expectedCount: Int = 0, _ transform: (Row) throws -> T
  ) throws -> [T] {
    var result: [T] = []
    result.reserveCapacity(expectedCount)
    try forEachRow(values) { result.append(try transform($0)) }
    return result
  }

  /// Advances one row: `true` while a row is available.
  private func step() throws(SQLiteError) -> Bool {
    switch sqlite3_step(handle) {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    case let code: throw SQLiteError(code: code, connection: connection, sql: sql)
    }
  }
}

/// Binds the parameters of one execution of a statement (see `Statement.execute(binding:)`);
/// valid only inside the closure that receives it. Indexes are 1-based, as in SQL (`?1`).
package struct ParameterBinder {
  fileprivate let handle: OpaquePointer
  fileprivate let connection: OpaquePointer
  /// Where bound `String`s are copied, to stay put until the execution ends.
  fileprivate let arena: BindingArena
  /// Added to every index: a binder for one row of a multi-row statement.
  private var offset: Int32 = 0
  /// The highest index the binder takes: a row's width in a multi-row statement.
  private var width = Int32.max

  fileprivate init(handle: OpaquePointer, connection: OpaquePointer, arena: BindingArena) {
    self.handle = handle
    self.connection = connection
    self.arena = arena
  }

  /// A binder for row `row` of an `INSERT … VALUES (…), (…)` of `width` columns a row:
  /// its indexes `1...width` are that row's parameters, so a row binds with the same code
  /// as in a one-row statement.
  ///
  /// - Precondition: `row` is not negative and `width` is positive; a shifted binder traps
  ///   on an index outside `1...width` (it would bind the next row's parameter).
  package func row(_ row: Int32, width: Int32) -> ParameterBinder {
    precondition(row >= 0 && width > 0, "a row of a multi-row statement")
    var shifted = self
    shifted.offset += row * width
    shifted.width = width
    return shifted
  }

  /// The statement's index of this binder's index `index`.
  private func position(_ index: Int32) -> Int32 {
    precondition(index >= 1 && index <= width, "parameter \(index) is outside the row")
    return offset + index
  }

  /// Binds an integer.
  package func bind(_ value: Int64, at index: Int32) throws(SQLiteError) {
    try check(sqlite3_bind_int64(handle, position(index), value))
  }

  /// Binds a double.
  package func bind(_ value: Double, at index: Int32) throws(SQLiteError) {
    try check(sqlite3_bind_double(handle, position(index), value))
  }

  /// Binds NULL.
  package func bindNull(at index: Int32) throws(SQLiteError) {
    try check(sqlite3_bind_null(handle, position(index)))
  }

  /// Binds UTF-8 text of exactly `bytes.count` bytes (NUL bytes included), without copying:
  /// the bytes must stay valid until `Statement.execute(binding:)` returns.
  package func bindText(_ bytes: UnsafeRawBufferPointer, at index: Int32) throws(SQLiteError) {
    // An empty buffer may have no address; SQLite reads a NULL pointer as NULL, not "".
    let address = bytes.baseAddress ?? UnsafeRawPointer(emptyText.utf8Start)
    try check(
      sqlite3_bind_text(
        handle, position(index), address.assumingMemoryBound(to: CChar.self), Int32(bytes.count),
        nil))  // nil is SQLITE_STATIC: no copy, no destructor.
  }

  /// Binds `text`, or NULL when `nil`, copied into the statement's ``BindingArena`` (not
  /// by SQLite).
  package func bind(_ text: String?, at index: Int32) throws(SQLiteError) {
    guard var text else { return try bindNull(at: index) }
    let code = text.withUTF8 { bytes in
      sqlite3_bind_text(
        handle, position(index),
        arena.copy(UnsafeRawBufferPointer(bytes)).assumingMemoryBound(to: CChar.self),
        Int32(bytes.count), nil)  // nil is SQLITE_STATIC: the arena keeps the bytes.
    }
    try check(code)
  }

  /// Binds a blob of exactly `bytes.count` bytes, without copying: the bytes must stay
  /// valid until `Statement.execute(binding:)` returns.
  package func bindBlob(_ bytes: UnsafeRawBufferPointer, at index: Int32) throws(SQLiteError) {
    try check(
      sqlite3_bind_blob(
        handle, position(index), bytes.baseAddress ?? UnsafeRawPointer(emptyText.utf8Start),
        Int32(bytes.count), nil))
  }

  /// Binds `bytes` as a blob, copied into the statement's ``BindingArena`` (not by SQLite).
  package func bindBlob(copying bytes: [UInt8], at index: Int32) throws(SQLiteError) {
    let code = bytes.withUnsafeBytes { bytes in
      sqlite3_bind_blob(
        handle, position(index), arena.copy(bytes), Int32(bytes.count), nil)  // SQLITE_STATIC
    }
    try check(code)
  }

  /// Binds the blob of `head` followed by `tail`, copied into the statement's
  /// ``BindingArena`` (not by SQLite).
  package func bindBlob(
    _ head: UnsafeRawBufferPointer, then tail: UnsafeRawBufferPointer, at index: Int32
  ) throws(SQLiteError) {
    try check(
      sqlite3_bind_blob(
        handle, position(index), arena.copy(head, then: tail), Int32(head.count + tail.count),
        nil))  // nil is SQLITE_STATIC: the arena keeps the bytes.
  }

  @inline(__always)
  private func check(_ code: Int32) throws(SQLiteError) {
    guard code == SQLITE_OK else {
      throw SQLiteError(
        code: code, connection: connection, sql: sqlite3_sql(handle).map { String(cString: $0) })
    }
  }
}

/// A valid address for empty text.
private let emptyText: StaticString = ""

/// The current row of a statement, valid only inside the callback that receives it.
package struct Row {
  fileprivate let handle: OpaquePointer

  fileprivate init(handle: OpaquePointer) { self.handle = handle }

  /// Whether column `index` (0-based) is NULL.
  package func isNull(_ index: Int32) -> Bool { sqlite3_column_type(handle, index) == SQLITE_NULL }

  /// Column `index` as an integer (0 when NULL).
  package func int64(_ index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }

  /// Column `index` as an `Int` (0 when NULL).
  package func int(_ index: Int32) -> Int { Int(sqlite3_column_int64(handle, index)) }

  /// Column `index` as a double (0 when NULL).
  package func double(_ index: Int32) -> Double { sqlite3_column_double(handle, index) }

  /// Column `index` as text, or `nil` when NULL.
  package func text(_ index: Int32) -> String? {
    guard let pointer = sqlite3_column_text(handle, index) else { return nil }
    let count = Int(sqlite3_column_bytes(handle, index))
    return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
  }

  /// Column `index` as text, or `nil` when NULL, shared with the equal texts `interner`
  /// has already made.
  func text(_ index: Int32, interning interner: inout TextInterner) -> String? {
    guard let pointer = sqlite3_column_text(handle, index) else { return nil }
    let count = Int(sqlite3_column_bytes(handle, index))
    return interner.text(UnsafeRawBufferPointer(start: pointer, count: count))
  }

  /// Column `index` as text, `""` when NULL.
  package func string(_ index: Int32) -> String { text(index) ?? "" }

  /// Column `index` as bytes (empty when NULL).
  package func blob(_ index: Int32) -> [UInt8] { withBlob(index) { Array($0) } }

  /// Calls `body` with column `index`'s bytes in place (empty when NULL), valid only during
  /// the call: for reading a blob without copying it.
  package func withBlob<T>(_ index: Int32, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows
    -> T
  {
    let pointer = sqlite3_column_blob(handle, index)
    let count = pointer == nil ? 0 : Int(sqlite3_column_bytes(handle, index))
    return try body(UnsafeRawBufferPointer(start: pointer, count: count))
  }

  /// Column `index` as an optional integer.
  package func optionalInt64(_ index: Int32) -> Int64? { isNull(index) ? nil : int64(index) }

  /// Column `index` as an optional double.
  package func optionalDouble(_ index: Int32) -> Double? { isNull(index) ? nil : double(index) }
}

extension Row {
  /// Column `index` as a `DatabaseValue` of its storage class.
  package func value(_ index: Int32) -> DatabaseValue {
    switch sqlite3_column_type(handle, index) {
    case SQLITE_INTEGER: .integer(int64(index))
    case SQLITE_FLOAT: .real(double(index))
    case SQLITE_TEXT: .text(string(index))
    case SQLITE_BLOB: .blob(blob(index))
    default: .null
    }
  }
}
