import Testing

@testable import QuorumStore

@Suite struct DatabaseTests {
  @Test func errorsCarryCodeMessageAndSQL() throws {
    let database = try Database(path: ":memory:")
    let error = #expect(throws: SQLiteError.self) {
      try database.execute("SELECT * FROM missing_table", [])
    }
    #expect(error?.code == 1)
    #expect(error?.message.contains("no such table: missing_table") == true)
    #expect(error?.sql == "SELECT * FROM missing_table")
  }

  @Test func transactionRollsBackWhenBodyThrows() throws {
    struct Boom: Error {}
    let database = try Database(path: ":memory:")
    try database.execute("CREATE TABLE t (x INTEGER) STRICT")
    #expect(throws: Boom.self) {
      try database.transaction {
        try database.execute("INSERT INTO t VALUES (?)", [.integer(1)])
        throw Boom()
      }
    }
    #expect(try database.scalar("SELECT count(*) FROM t") == 0)
    try database.transaction { try database.execute("INSERT INTO t VALUES (?)", [.integer(2)]) }
    #expect(try database.scalar("SELECT sum(x) FROM t") == 2)
  }

  @Test func boundParametersAreNeverInterpretedAsSQL() throws {
    let database = try Database(path: ":memory:")
    try database.execute("CREATE TABLE t (name TEXT) STRICT")
    let hostile = "x'); DROP TABLE t; --"
    try database.execute("INSERT INTO t VALUES (?)", [.text(hostile)])
    let names = try database.statement("SELECT name FROM t").map { $0.string(0) }
    #expect(names == [hostile])
  }

  @Test func migrationsApplyOnceAndAreRecorded() throws {
    let database = try Database(path: ":memory:")
    var migrator = DatabaseMigrator()
    migrator.register("one", sql: "CREATE TABLE a (x INTEGER) STRICT")
    #expect(try migrator.migrate(database) == ["one"])
    migrator.register("two", sql: "CREATE TABLE b (x INTEGER) STRICT")
    #expect(try migrator.migrate(database) == ["two"])
    #expect(try migrator.migrate(database) == [])
    #expect(try database.scalar("SELECT count(*) FROM schema_migrations") == 2)
  }

  @Test func failingMigrationLeavesNoTrace() throws {
    let database = try Database(path: ":memory:")
    var migrator = DatabaseMigrator()
    migrator.register("good", sql: "CREATE TABLE a (x INTEGER) STRICT")
    migrator.register("bad", sql: "CREATE TABLE oops (")
    #expect(throws: SQLiteError.self) { try migrator.migrate(database) }
    #expect(try database.scalar("SELECT count(*) FROM schema_migrations") == 0)
    #expect(try database.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'a'") == 0)
  }

  @Test func schemaCreatesEveryContractTableStrict() throws {
    let database = try QuorumDatabase.open(path: ":memory:")
    for table in [
      "accounts", "contacts", "activities", "opportunities", "opportunity_contacts",
      "qualifications", "spend", "imports", "rejects",
    ] {
      let sql = try database.statement("SELECT sql FROM sqlite_master WHERE name = ?")
        .map([.text(table)]) { $0.string(0) }.first
      #expect(sql?.contains("STRICT") == true, "\(table) is STRICT")
    }
    #expect(try database.scalar("PRAGMA foreign_keys") == 1)
  }
}
