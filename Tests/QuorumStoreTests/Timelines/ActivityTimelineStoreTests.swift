import Testing

@testable import QuorumAnalytics
@testable import QuorumStore

@Suite struct ActivityTimelineStoreTests {
  /// Each contact's stored activities as `contact time type`, from the `activities` table.
  static func tableKeys(_ database: Database) throws -> [String] {
    try database.statement(
      "SELECT contact, occurred_at, type FROM activities ORDER BY contact, occurred_at, type"
    ).map { "\($0.int64(0)) \($0.int64(1)) \($0.int64(2))" }
  }

  /// The same, from the timelines.
  static func timelineKeys(_ database: Database) throws -> [String] {
    var keys: [String] = []
    try ActivityTimelineStore(database: database).forEachEvent(ofContactKeys: .min ... .max) {
      keys.append("\($0) \($1.time) \($1.type)")
    }
    return keys
  }

  static func log(_ database: Database) throws -> [[String]] {
    ActivityLogPartsTests.events(try CRMRepository(database: database).activityLog())
  }

  @Test func anImportStoresEveryContactsActivitiesAsItsTimeline() throws {
    let folder = try ExportFolder(ActivityLogPartsTests.export)
    _ = try folder.importOnce()
    let database = try QuorumDatabase.open(path: folder.databasePath)
    #expect(try ActivityTimelineStore(database: database).isComplete())
    #expect(try database.scalar("SELECT count(*) FROM activity_timelines") == 1)  // keys 1–5
    #expect(try Self.timelineKeys(database) == Self.tableKeys(database))
    #expect(try Self.tableKeys(database).count == 7)
  }

  @Test func importingTheSameExportAgainWritesNoTimeline() throws {
    let folder = try ExportFolder(ActivityLogPartsTests.export)
    _ = try folder.importOnce()
    let database = try QuorumDatabase.open(path: folder.databasePath)
    let before = try ExportFolder.dump(database)
    // Not TEMP: the import's pragmas (`temp_store`) drop temporary tables and triggers.
    try database.execute(
      """
      CREATE TABLE writes (n);
      CREATE TRIGGER counted AFTER INSERT ON activity_timelines
      BEGIN INSERT INTO writes VALUES (1); END
      """)
    _ = try folder.importOnce(into: database)
    #expect(try database.scalar("SELECT count(*) FROM writes") == 0)
    #expect(try ExportFolder.dump(database) == before)
    // One new activity rewrites its contact's timeline alone.
    try folder.write("activities.csv", "contact_id,occurred_at,type\nC2,2025-06-01,page_view\n")
    _ = try folder.importOnce(into: database)
    #expect(try database.scalar("SELECT count(*) FROM writes") == 1)
  }

  @Test func laterActivitiesJoinTheirContactsTimelines() throws {
    let folder = try ExportFolder(ActivityLogPartsTests.export)
    _ = try folder.importOnce()
    try folder.write(
      "activities.csv",
      """
      contact_id,occurred_at,type
      C1,2025-02-01,email_click
      C1,2025-01-15,page_view
      C3,2025-05-01,demo_requested

      """)
    let database = try QuorumDatabase.open(path: folder.databasePath)
    _ = try folder.importOnce(into: database)
    #expect(try Self.tableKeys(database).count == 9)
    #expect(try Self.timelineKeys(database) == Self.tableKeys(database))
    let log = try Self.log(database)
    #expect(
      log[0] == ["2025-01-15 page_view", "2025-02-01 email_click", "2025-02-02 page_view"])
    #expect(log[2] == ["2025-04-01 page_view", "2025-05-01 demo_requested"])
  }

  /// Forty contacts span three blocks (keys 1–15, 16–31, 32–40); a second import adds to
  /// contacts of the first and last only, and ranges of keys that cut a block in two read
  /// exactly their contacts.
  @Test func contactsAcrossBlocksKeepTheirOwnActivities() throws {
    let contacts = (1...40).map { "C\($0),A1,2025-01-01" }.joined(separator: "\n")
    let activities = (1...40).map { "C\($0),2025-02-\(10 + $0 % 18),page_view" }
    let folder = try ExportFolder([
      "accounts.csv": "account_id,name\nA1,Acme\n",
      "contacts.csv": "contact_id,account_id,created_at\n" + contacts + "\n",
      "activities.csv": "contact_id,occurred_at,type\n" + activities.joined(separator: "\n") + "\n",
    ])
    _ = try folder.importOnce()
    try folder.write(
      "activities.csv",
      "contact_id,occurred_at,type\nC3,2025-03-01,demo_requested\nC40,2025-01-05,page_view\n")
    let database = try QuorumDatabase.open(path: folder.databasePath)
    _ = try folder.importOnce(into: database)
    #expect(try database.scalar("SELECT count(*) FROM activity_timelines") == 3)
    #expect(try Self.tableKeys(database).count == 42)
    #expect(try Self.timelineKeys(database) == Self.tableKeys(database))
    let repository = CRMRepository(database: database)
    let whole = try repository.activityLog()
    for parts in [2, 3, 7] {
      let joined = ActivityLog(
        contactIDs: whole.contactIDs,
        joining: try repository.contactKeyRanges(parts: parts).map {
          try repository.activitySegment(ofContactKeys: $0)
        })
      #expect(ActivityLogPartsTests.events(joined) == ActivityLogPartsTests.events(whole))
    }
    #expect(
      ActivityLogPartsTests.events(whole)[39] == ["2025-01-05 page_view", "2025-02-14 page_view"])
  }

  /// A database from before the timelines (migration v5) reads its activities from the
  /// table until an import builds every timeline.
  @Test func aDatabaseWithoutTimelinesReadsTheTableUntilItsNextImport() throws {
    let folder = try ExportFolder(ActivityLogPartsTests.export)
    _ = try folder.importOnce()
    let database = try QuorumDatabase.open(path: folder.databasePath)
    let expected = try Self.log(database)
    // As migration v5 leaves a database that held activities.
    try database.execute("DELETE FROM activity_timelines")
    try database.execute("UPDATE activity_timeline_state SET import_id = -1")
    #expect(try Self.log(database) == expected)
    try folder.write("activities.csv", "contact_id,occurred_at,type\n")
    _ = try folder.importOnce(into: database)
    #expect(try ActivityTimelineStore(database: database).isComplete())
    #expect(try Self.timelineKeys(database) == Self.tableKeys(database))
    #expect(try Self.log(database) == expected)
  }

  /// An import by a version without timelines (a new `imports` row, activities the
  /// timelines do not hold) makes them untrusted until the next import rebuilds them.
  @Test func anImportTheTimelinesDidNotSeeMakesThemUntrusted() throws {
    let folder = try ExportFolder(ActivityLogPartsTests.export)
    _ = try folder.importOnce()
    let database = try QuorumDatabase.open(path: folder.databasePath)
    try database.execute(
      """
      INSERT INTO imports (started_at, source, files) VALUES ('2026-01-01', 'old', '[]');
      INSERT INTO activities (contact, occurred_at, type, import_id, line)
        SELECT 2, 86400000, type, 2, 2 FROM activities LIMIT 1;
      """)
    #expect(try !ActivityTimelineStore(database: database).isComplete())
    #expect(try Self.log(database)[1].count == 2)  // read from the table
    try folder.write("activities.csv", "contact_id,occurred_at,type\n")
    _ = try folder.importOnce(into: database)
    #expect(try ActivityTimelineStore(database: database).isComplete())
    #expect(try Self.timelineKeys(database) == Self.tableKeys(database))
  }

  /// A row that does not decode is rebuilt, with every other, by the next import that
  /// adds to its block.
  @Test func anImportRebuildsATimelineThatDoesNotDecode() throws {
    let folder = try ExportFolder(ActivityLogPartsTests.export)
    _ = try folder.importOnce()
    let database = try QuorumDatabase.open(path: folder.databasePath)
    try database.execute("UPDATE activity_timelines SET timelines = x'02' WHERE block = 0")
    try folder.write("activities.csv", "contact_id,occurred_at,type\nC2,2025-06-01,page_view\n")
    _ = try folder.importOnce(into: database)
    #expect(try Self.tableKeys(database).count == 8)
    #expect(try Self.timelineKeys(database) == Self.tableKeys(database))
  }

  @Test func migrationFiveMarksTheTimelinesIncompleteOnlyWhenActivitiesExist() throws {
    let folder = try ExportFolder()
    let empty = try Database(path: folder.url.appendingPathComponent("empty.db").path)
    let held = try Database(path: folder.url.appendingPathComponent("held.db").path)
    for database in [empty, held] {
      var migrator = DatabaseMigrator()
      for (name, sql) in [
        ("v1-contract-tables", QuorumSchema.v1), ("v2-scores-and-models", QuorumSchema.v2),
        ("v3-compact-score-reasons", QuorumSchema.v3), ("v4-inline-score-texts", QuorumSchema.v4),
      ] {
        migrator.register(name, sql: sql)
      }
      _ = try migrator.migrate(database)
    }
    try held.execute(
      """
      INSERT INTO imports (id, started_at, source, files) VALUES (1, '2025-01-01', '.', '[]');
      INSERT INTO contacts (id, contact_id, created_at, import_id, line)
        VALUES (1, 'C1', 0, 1, 2);
      INSERT INTO activity_types (id, name) VALUES (1, 'page_view');
      INSERT INTO activities (contact, occurred_at, type, import_id, line) VALUES (1, 5, 1, 1, 2);
      """)
    _ = try QuorumSchema.migrator.migrate(empty)
    _ = try QuorumSchema.migrator.migrate(held)
    #expect(try ActivityTimelineStore(database: empty).isComplete())
    #expect(try !ActivityTimelineStore(database: held).isComplete())
    #expect(try CRMRepository(database: held).activityLog().times == [5])
  }

  @Test func aTimelineThatDoesNotDecodeIsAnError() throws {
    let folder = try ExportFolder(ActivityLogPartsTests.export)
    _ = try folder.importOnce()
    let database = try QuorumDatabase.open(path: folder.databasePath)
    try database.execute("UPDATE activity_timelines SET timelines = x'02' WHERE block = 0")
    let error = #expect(throws: SQLiteError.self) {
      try CRMRepository(database: database).activityLog()
    }
    #expect(error?.message == "activity_timelines: the row of block 0 is not a timeline")
  }
}
