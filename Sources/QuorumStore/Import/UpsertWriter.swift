/// Inserts a row by natural key, or tells why it did not: the mechanism behind
/// idempotent imports.
///
/// A new key is inserted. An existing key whose stored values are identical is a
/// duplicate (nothing is written, so a second import changes no row). A key stored by an
/// earlier import with other values is updated (the newer export wins). A key stored
/// earlier in *this* import with other values is a conflict, reported with the line that
/// stored it.
struct UpsertWriter {
  enum Outcome: Equatable {
    case inserted(rowID: Int64)
    case updated
    case duplicate
    case conflict(line: Int)
  }

  let database: Database
  let importID: Int64
  let table: String
  let keyColumns: [String]
  let dataColumns: [String]
  private let insertSQL: String
  private let selectSQL: String
  private let updateSQL: String

  /// - Precondition: table and column names are the schema's constants, never data.
  init(database: Database, importID: Int64, table: String, key: [String], data: [String]) {
    self.database = database
    self.importID = importID
    self.table = table
    self.keyColumns = key
    self.dataColumns = data
    let all = key + data + ["import_id", "line"]
    let placeholders = all.map { _ in "?" }.joined(separator: ", ")
    let keyMatch = key.map { "\($0) = ?" }.joined(separator: " AND ")
    insertSQL =
      "INSERT INTO \(table) (\(all.joined(separator: ", "))) VALUES (\(placeholders)) ON CONFLICT DO NOTHING"
    selectSQL =
      "SELECT \((data + ["import_id", "line"]).joined(separator: ", ")) FROM \(table) WHERE \(keyMatch)"
    updateSQL =
      "UPDATE \(table) SET \((data + ["import_id", "line"]).map { "\($0) = ?" }.joined(separator: ", ")) WHERE \(keyMatch)"
  }

  func write(key: [DatabaseValue], data: [DatabaseValue], line: Int) throws -> Outcome {
    let provenance: [DatabaseValue] = [.integer(importID), .integer(Int64(line))]
    try database.execute(insertSQL, key + data + provenance)
    if database.changes == 1 { return .inserted(rowID: database.lastInsertedRowID) }
    let stored = try database.statement(selectSQL).map(key) { row in
      (0..<Int32(data.count + 2)).map { row.value($0) }
    }
    guard let existing = stored.first else { return .duplicate }
    if Array(existing.prefix(data.count)) == data { return .duplicate }
    if existing[data.count] == .integer(importID),
      case .integer(let line) = existing[data.count + 1]
    {
      return .conflict(line: Int(line))
    }
    try database.execute(updateSQL, data + provenance + key)
    return .updated
  }
}
