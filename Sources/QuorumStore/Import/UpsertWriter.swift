/// Inserts rows by natural key, or tells why it did not: the mechanism behind idempotent
/// imports.
///
/// A new key is inserted. An existing key whose stored values are identical is a
/// duplicate (nothing is written, so a second import changes no row). A key stored by an
/// earlier import with other values is updated (the newer export wins). A key stored
/// earlier in *this* import with other values is a conflict, reported with the line that
/// stored it.
///
/// Speed: new rows go in `rowsPerStatement` at a time, in one multi-row
/// `INSERT … ON CONFLICT DO NOTHING` bound without copying text. When SQLite reports fewer
/// rows inserted than given, each row of that statement is looked up in turn, in line
/// order, and classified as above — the same outcomes as inserting row by row, since a row
/// is skipped exactly when its key was stored before it.
final class UpsertWriter {
  /// What happened to one row.
  enum Outcome: Equatable {
    case inserted
    case updated
    case duplicate
    case conflict(line: Int)
  }

  /// Rows per multi-row insert: enough to amortise the statement's fixed cost.
  static let rowsPerStatement = 64

  let layout: TableLayout
  private let database: Database
  private let importID: Int64
  private var inserts: [Int: Statement] = [:]
  private let select: Statement
  private let update: Statement

  /// Prepares the statements for `layout`'s table.
  init(database: Database, importID: Int64, layout: TableLayout) throws {
    self.database = database
    self.importID = importID
    self.layout = layout
    let provenance = ["import_id", "line"]
    let keyMatch = layout.key.map { "\($0) = ?" }.joined(separator: " AND ")
    select = try database.statement(
      "SELECT \((layout.data + provenance).joined(separator: ", ")) FROM \(layout.table) "
        + "WHERE \(keyMatch)")
    update = try database.statement(
      "UPDATE \(layout.table) SET "
        + (layout.data + provenance).map { "\($0) = ?" }.joined(separator: ", ")
        + " WHERE \(keyMatch)")
  }

  /// Inserts rows `indices` of `batch` (keys the parser has not seen stored), whose bytes
  /// are `bytes`; returns whether SQLite inserted every one of them. When it did not, call
  /// `resolveInserted(_:of:)` for each row, in order, for its outcome.
  func insert(_ indices: ArraySlice<Int>, of batch: WriteBatch, bytes: UnsafeRawBufferPointer)
    throws -> Bool
  {
    let statement = try insertStatement(rows: indices.count)
    let width = layout.width
    let importID = importID
    try batch.values.withUnsafeBufferPointer { values in
      try batch.rows.withUnsafeBufferPointer { rows in
        guard let firstValue = values.baseAddress, let firstRow = rows.baseAddress else { return }
        try statement.execute { binder throws(SQLiteError) in
          try binder.bind(importID, at: 1)
          var parameter: Int32 = 2
          for index in indices {
            precondition(index >= 0 && index < rows.count, "a row of the batch")
            var value = firstValue + index * width
            for _ in 0..<width {
              try Self.bind(value.pointee, at: parameter, binder, bytes)
              value += 1
              parameter += 1
            }
            try binder.bind(Int64((firstRow + index).pointee.line), at: parameter)
            parameter += 1
          }
        }
      }
    }
    return database.changes == indices.count
  }

  /// The outcome of row `index` of `batch` after an `insert` that skipped some rows.
  func resolveInserted(_ index: Int, of batch: WriteBatch) throws -> Outcome {
    try resolve(index, of: batch, insertedByThisImport: true)
  }

  /// Compares row `index` of `batch`, whose key is stored, with the stored row; updates it
  /// when it comes from an earlier import and differs.
  func upsert(_ index: Int, of batch: WriteBatch) throws -> Outcome {
    try resolve(index, of: batch, insertedByThisImport: false)
  }

  private func resolve(_ index: Int, of batch: WriteBatch, insertedByThisImport: Bool) throws
    -> Outcome
  {
    let values = batch.values(ofRow: index).map { Self.databaseValue($0, batch) }
    let key = Array(values[layout.keyOffset..<(layout.keyOffset + layout.key.count)])
    let data = Array(values[(layout.keyOffset + layout.key.count)...])
    let line = batch.rows[index].line
    let stored = try select.map(key) { row in
      (0..<Int32(data.count + 2)).map { row.value($0) }
    }
    guard let existing = stored.first else { return .duplicate }
    let storedImport = existing[data.count]
    let storedLine = existing[data.count + 1]
    if insertedByThisImport, storedImport == .integer(importID),
      storedLine == .integer(Int64(line))
    {
      return .inserted
    }
    if Array(existing.prefix(data.count)) == data { return .duplicate }
    if storedImport == .integer(importID), case .integer(let earlier) = storedLine {
      return .conflict(line: Int(earlier))
    }
    try update.execute(data + [.integer(importID), .integer(Int64(line))] + key)
    return .updated
  }

  private func insertStatement(rows: Int) throws -> Statement {
    if let statement = inserts[rows] { return statement }
    let columns =
      (layout.hasSurrogateID ? ["id"] : []) + layout.key + layout.data + ["import_id", "line"]
    // ?1 is the import id, shared by every row; then each row's values and line, numbered.
    var next = 2
    var tuples: [String] = []
    for _ in 0..<rows {
      var placeholders = (0..<layout.width).map { "?\($0 + next)" }
      placeholders.append("?1")
      placeholders.append("?\(next + layout.width)")
      next += layout.width + 1
      tuples.append("(" + placeholders.joined(separator: ", ") + ")")
    }
    let statement = try database.statement(
      "\(layout.insertVerb) INTO \(layout.table) (\(columns.joined(separator: ", "))) VALUES "
        + tuples.joined(separator: ", ")
        + (layout.insertVerb == "INSERT" ? " ON CONFLICT DO NOTHING" : ""))
    inserts[rows] = statement
    return statement
  }

  @inline(__always)
  private static func bind(
    _ value: BatchValue, at index: Int32, _ binder: ParameterBinder, _ bytes: UnsafeRawBufferPointer
  ) throws(SQLiteError) {
    switch value {
    case .null: break  // unbound parameters are NULL
    case .integer(let integer): try binder.bind(integer, at: index)
    case .real(let real): try binder.bind(real, at: index)
    case .text(let start, let count):
      precondition(start >= 0 && count >= 0 && start + count <= bytes.count, "text in the batch")
      try binder.bindText(
        UnsafeRawBufferPointer(start: bytes.baseAddress.map { $0 + start }, count: count), at: index
      )
    }
  }

  private static func databaseValue(_ value: BatchValue, _ batch: WriteBatch) -> DatabaseValue {
    switch value {
    case .null: .null
    case .integer(let integer): .integer(integer)
    case .real(let real): .real(real)
    case .text: .text(batch.string(value) ?? "")
    }
  }
}
