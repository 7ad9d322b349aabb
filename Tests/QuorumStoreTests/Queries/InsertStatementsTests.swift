import Testing

@testable import QuorumStore

@Suite struct InsertStatementsTests {
  /// 0, 1, 31, 32, 33 and 70 rows: whole groups of 32 and the rest one by one give the
  /// same rows, in order, each row's parameters in its own place; a parameter left unbound
  /// (every third row's `note`) is NULL, in a group as alone.
  @Test(arguments: [0, 1, 31, 32, 33, 70])
  func groupedAndSingleRowsInsertTheSameRows(count: Int) throws {
    let database = try Database(path: ":memory:")
    try database.execute("CREATE TABLE t (position INTEGER PRIMARY KEY, name TEXT, note TEXT)")
    let rows = try InsertStatements(database, table: "t", columns: ["position", "name", "note"])
    try rows.insert(rows: count) { (position, row) throws(SQLiteError) in
      try row.bind(Int64(position), at: 1)
      try row.bind("row \(position)", at: 2)
      if !position.isMultiple(of: 3) { try row.bind("note \(position)", at: 3) }
    }
    let stored = try database.statement("SELECT position, name, note FROM t ORDER BY rowid")
      .map { ($0.int(0), $0.string(1), $0.text(2)) }
    #expect(stored.map(\.0) == Array(0..<count))
    #expect(stored.map(\.1) == (0..<count).map { "row \($0)" })
    #expect(stored.map(\.2) == (0..<count).map { $0.isMultiple(of: 3) ? nil : "note \($0)" })
  }

  /// A row's binder takes the row's own indexes: 1...width.
  @Test func aRowsBinderBindsOnlyItsOwnParameters() throws {
    let database = try Database(path: ":memory:")
    try database.execute("CREATE TABLE t (a INTEGER, b INTEGER)")
    let statement = try database.statement("INSERT INTO t (a, b) VALUES (?, ?), (?, ?)")
    try statement.execute { binder throws(SQLiteError) in
      try binder.row(0, width: 2).bind(Int64(1), at: 1)
      try binder.row(0, width: 2).bind(Int64(2), at: 2)
      try binder.row(1, width: 2).bind(Int64(3), at: 1)
    }
    let rows = try database.statement("SELECT a, b FROM t ORDER BY rowid").map {
      [$0.optionalInt64(0), $0.optionalInt64(1)]
    }
    #expect(rows == [[1, 2], [3, nil]])
  }

  /// A failing row fails its group's statement and the error names the grouped SQL.
  @Test func aFailingRowThrowsWithTheStatement() throws {
    let database = try Database(path: ":memory:")
    try database.execute("CREATE TABLE t (position INTEGER PRIMARY KEY)")
    let rows = try InsertStatements(database, table: "t", columns: ["position"])
    #expect {
      try rows.insert(rows: 40) { (position, row) throws(SQLiteError) in
        try row.bind(Int64(position == 20 ? 19 : position), at: 1)
      }
    } throws: { error in
      "\(error)".contains("UNIQUE")
        && "\(error)".contains("INSERT INTO t (position) VALUES (?), (?), (?)")
    }
  }
}
