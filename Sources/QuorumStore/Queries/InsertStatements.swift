/// Inserts many rows into one table, ``rowsPerStatement`` rows per execution of an
/// `INSERT … VALUES (…), (…), …` statement and the rest one by one: what each execution
/// costs apart from its rows — binding and clearing, halting the program, resetting —
/// is paid once per group instead of once per row (a snapshot writes half a million, an
/// import a timeline row per sixteen contacts).
///
/// ```swift
/// let rows = try InsertStatements(database, table: "t", columns: ["a", "b"])
/// try rows.insert(rows: values.count) { (position, row) throws(SQLiteError) in
///   try row.bind(values[position].a, at: 1)
///   try row.bind(values[position].b, at: 2)
/// }
/// ```
struct InsertStatements {
  /// Rows written by one execution of the grouped statement.
  let rowsPerStatement: Int

  private let grouped: Statement
  private let single: Statement
  private let columnCount: Int32

  /// Prepares the inserts of `columns` into `table` with `verb` (`INSERT`, `INSERT OR
  /// REPLACE`), `rowsPerStatement` rows a group (names written as given: the caller's own
  /// identifiers, never user input).
  ///
  /// - Precondition: `columns` is not empty; `rowsPerStatement` is positive and its
  ///   parameters stay below SQLite's limit of 32,766.
  init(
    _ database: Database, table: String, columns: [String], verb: String = "INSERT",
    rowsPerStatement: Int = 32
  ) throws {
    precondition(!columns.isEmpty, "an insert needs columns")
    precondition(
      rowsPerStatement > 0 && rowsPerStatement * columns.count <= 32_766,
      "a group of rows within SQLite's parameter limit")
    let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
    let head = "\(verb) INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
    grouped = try database.statement(
      head + repeatElement(row, count: rowsPerStatement).joined(separator: ", "))
    single = try database.statement(head + row)
    columnCount = Int32(columns.count)
    self.rowsPerStatement = rowsPerStatement
  }

  /// Inserts rows `0..<count`, in order, calling `bind` with each row's position and a
  /// binder whose indexes 1… are that row's parameters (parameters not bound are NULL).
  func insert(
    rows count: Int,
    bind: (Int, ParameterBinder) throws(SQLiteError) -> Void
  ) throws(SQLiteError) {
    var start = 0
    while count - start >= rowsPerStatement {
      try grouped.execute { binder throws(SQLiteError) in
        for offset in 0..<rowsPerStatement {
          try bind(start + offset, binder.row(Int32(offset), width: columnCount))
        }
      }
      start += rowsPerStatement
    }
    for position in start..<count {
      try single.execute { row throws(SQLiteError) in try bind(position, row) }
    }
  }
}
