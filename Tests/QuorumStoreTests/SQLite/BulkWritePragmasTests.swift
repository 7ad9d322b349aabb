import Foundation
import Testing

@testable import QuorumStore

@Suite struct BulkWritePragmasTests {
  private static func mode(_ database: Database) throws -> String? {
    try database.statement("PRAGMA journal_mode").map { $0.text(0) }.first ?? nil
  }

  /// Alone on the database, a direct write runs under a rollback journal and leaves the
  /// database in WAL mode again, its rows committed.
  @Test func aDirectWriteAloneUsesARollbackJournalThenWALAgain() throws {
    let folder = try ExportFolder()
    let database = try QuorumDatabase.open(path: folder.databasePath)
    #expect(try Self.mode(database) == "wal")
    let during = try BulkWritePragmas.during(database, writesDirectly: true) {
      try database.transaction {
        try database.execute("INSERT INTO activity_types (name) VALUES ('demo')")
      }
      return try Self.mode(database)
    }
    #expect(during == "delete")
    #expect(try Self.mode(database) == "wal")
    #expect(try database.scalar("SELECT count(*) FROM activity_types") == 1)
  }

  /// With another connection open the journal cannot change: the write goes through the
  /// WAL, without waiting, and the other connection sees it once committed.
  @Test func withAnotherConnectionOpenTheWriteGoesThroughTheWAL() throws {
    let folder = try ExportFolder()
    let database = try QuorumDatabase.open(path: folder.databasePath)
    let reader = try Database(path: folder.databasePath, readOnly: true)
    #expect(try reader.scalar("SELECT count(*) FROM activity_types") == 0)
    let during = try BulkWritePragmas.during(database, writesDirectly: true) {
      try database.transaction {
        try database.execute("INSERT INTO activity_types (name) VALUES ('demo')")
      }
      return try Self.mode(database)
    }
    #expect(during == "wal")
    #expect(try reader.scalar("SELECT count(*) FROM activity_types") == 1)
  }

  /// A write that fails is rolled back by the rollback journal, and WAL is back on.
  @Test func aFailedDirectWriteLeavesNothingAndWALOn() throws {
    struct Failure: Error {}
    let folder = try ExportFolder()
    let database = try QuorumDatabase.open(path: folder.databasePath)
    #expect(throws: Failure.self) {
      try BulkWritePragmas.during(database, writesDirectly: true) {
        try database.transaction {
          try database.execute("INSERT INTO activity_types (name) VALUES ('demo')")
          throw Failure()
        }
      }
    }
    #expect(try Self.mode(database) == "wal")
    #expect(try database.scalar("SELECT count(*) FROM activity_types") == 0)
  }

  @Test func anOrdinaryBulkWriteKeepsTheWAL() throws {
    let folder = try ExportFolder()
    let database = try QuorumDatabase.open(path: folder.databasePath)
    let during = try BulkWritePragmas.during(database) { try Self.mode(database) }
    #expect(during == "wal")
  }

  /// The busy timeout is zero only while trying to leave the WAL, whether that worked or
  /// another connection refused it.
  @Test func theBusyTimeoutIsRestoredEitherWay() throws {
    let folder = try ExportFolder()
    let database = try QuorumDatabase.open(path: folder.databasePath)
    let timeout = Int64(Database.busyTimeoutMilliseconds)
    let alone = try BulkWritePragmas.during(database, writesDirectly: true) {
      try database.scalar("PRAGMA busy_timeout")
    }
    #expect(alone == timeout)
    #expect(try database.scalar("PRAGMA busy_timeout") == timeout)
    let reader = try Database(path: folder.databasePath, readOnly: true)
    _ = try reader.scalar("SELECT count(*) FROM accounts")
    try BulkWritePragmas.during(database, writesDirectly: true) {}
    #expect(try database.scalar("PRAGMA busy_timeout") == timeout)
  }
}
