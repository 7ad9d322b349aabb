import Foundation
import QuorumAnalytics
import Testing

@testable import QuorumStore

/// The fast paths of the import — two threads, multi-row inserts, key-ordered batches,
/// byte-level parsing — give the outcomes the row-by-row semantics define.
@Suite struct ImportPipelineTests {
  private func counts(_ report: ImportReport, _ file: String) throws -> ImportReport.FileCounts {
    try #require(report.files.first { $0.file == file })
  }

  /// 5,000 activities of 30 contacts (more than one batch), out of key order, with
  /// duplicates and conflicts on both sides of statement and batch boundaries.
  private func activities() -> (text: String, duplicates: Int, conflicts: [(Int, Int)]) {
    var lines = ["contact_id,occurred_at,type,detail"]
    var duplicates = 0
    var conflicts: [(line: Int, first: Int)] = []
    for index in 0..<5_000 {
      let contact = 30 - index % 30
      let hours = index / 30
      let time = String(format: "2025-03-%02dT%02d:00:00Z", 1 + hours / 24, hours % 24)
      lines.append("C\(contact),\(time),meeting,d\(index)")
    }
    // Row i (0-based) is on line i + 2; an appended line's number is the count so far.
    for (row, changed) in [(5, false), (100, true), (4_095, false), (40, true), (4_999, true)] {
      let original = lines[row + 1]
      lines.append(changed ? original + "-changed" : original)
      if changed { conflicts.append((lines.count, row + 2)) } else { duplicates += 1 }
    }
    return (lines.joined(separator: "\n") + "\n", duplicates, conflicts)
  }

  private func contacts(_ count: Int) -> String {
    "contact_id,created_at\n" + (1...count).map { "C\($0),2025-01-01\n" }.joined()
  }

  @Test func duplicatesAndConflictsAcrossStatementsAreClassifiedInLineOrder() throws {
    let (text, duplicates, conflicts) = activities()
    let folder = try ExportFolder(["contacts.csv": contacts(30), "activities.csv": text])
    let report = try folder.importOnce()
    let activities = try counts(report, "activities")
    #expect(activities.read == 5_005)
    #expect(activities.inserted == 5_000)
    #expect(activities.duplicate == duplicates)
    #expect(activities.rejected == conflicts.count)
    let expected = conflicts.sorted { $0.0 < $1.0 }
    #expect(report.rejects.map(\.line) == expected.map(\.0))
    for (reject, conflict) in zip(report.rejects, expected) {
      #expect(reject.kind == "conflict")
      #expect(
        reject.message == "same key as line \(conflict.1) of this import, with different values")
      #expect(reject.record.hasSuffix("-changed"))
    }
    let database = try QuorumDatabase.open(path: folder.databasePath)
    #expect(try database.scalar("SELECT count(*) FROM activities") == 5_000)
    #expect(try database.scalar("SELECT min(line) FROM activities") == 2)
  }

  @Test func reimportAfterAChangeUpdatesOnlyTheChangedActivities() throws {
    let folder = try ExportFolder([
      "contacts.csv": contacts(2),
      "activities.csv": "contact_id,occurred_at,type,detail\nC1,2025-03-01,meeting,a\n"
        + "C2,2025-03-01,meeting,b\nC1,2025-03-02,meeting,c\n",
    ])
    let database = try QuorumDatabase.open(path: folder.databasePath)
    _ = try folder.importOnce(into: database)
    try folder.write(
      "activities.csv",
      "contact_id,occurred_at,type,detail\nC1,2025-03-02,meeting,changed\nC1,2025-03-01,meeting,a\n"
        + "C1,2025-03-03,meeting,new\nC1,2025-03-02,meeting,again\n")
    let report = try folder.importOnce(into: database)
    let activities = try counts(report, "activities")
    #expect(activities.inserted == 1)
    #expect(activities.updated == 1)
    #expect(activities.duplicate == 1)
    #expect(report.rejects.map(\.line) == [5])
    #expect(report.rejects.first?.message.contains("line 2") == true)
    #expect(
      try database.statement("SELECT detail FROM activities ORDER BY occurred_at, contact")
        .map { $0.string(0) } == ["a", "b", "changed", "new"])
  }

  @Test func foreignKeysAndCacheSizeAreRestoredAndEveryReferenceHolds() throws {
    let folder = try ExportFolder([
      "accounts.csv": Fixtures.accounts, "contacts.csv": Fixtures.contacts,
      "activities.csv": Fixtures.activities, "opportunities.csv": Fixtures.opportunities,
    ])
    let database = try QuorumDatabase.open(path: folder.databasePath)
    let cacheSize = try database.scalar("PRAGMA cache_size")
    _ = try folder.importOnce(into: database)
    #expect(try database.scalar("PRAGMA foreign_keys") == 1)
    #expect(try database.scalar("PRAGMA cache_size") == cacheSize)
    #expect(try database.statement("PRAGMA foreign_key_check").map { $0.string(0) } == [])
  }

  @Test func newRowsGetTheIdsSQLiteWouldGiveThem() throws {
    let folder = try ExportFolder(["accounts.csv": "account_id,name\nA1,One\nA2,Two\n"])
    let database = try QuorumDatabase.open(path: folder.databasePath)
    _ = try folder.importOnce(into: database)
    try database.execute("DELETE FROM accounts WHERE account_id = 'A1'")
    try folder.write("accounts.csv", "account_id,name\nA3,Three\nA2,Two\n")
    _ = try folder.importOnce(into: database)
    #expect(
      try database.statement("SELECT id, account_id FROM accounts ORDER BY id")
        .map { "\($0.int64(0)) \($0.string(1))" } == ["2 A2", "3 A3"])
  }

  @Test func checksumsAndSecondsAreRecordedPerFile() throws {
    let folder = try ExportFolder([
      "accounts.csv": Fixtures.accounts, "contacts.csv": Fixtures.contacts,
    ])
    let report = try folder.importOnce()
    for file in report.files {
      #expect(file.checksum == (try FileChecksum.fnv1a64(path: file.path)))
      #expect(file.seconds >= 0)
    }
    #expect(try FileChecksum.fnv1a64(path: folder.path + "/accounts.csv").count == 16)
  }

  @Test func fieldsTheBytePathCannotTrimTakeTheTextPath() throws {
    let folder = try ExportFolder([
      "accounts.csv": "account_id,name,employees\nA1, \u{301}x ,\t7\t\nA2, é ,8\n"
    ])
    let report = try folder.importOnce()
    #expect(report.rejects == [])
    let database = try QuorumDatabase.open(path: folder.databasePath)
    #expect(
      try database.statement("SELECT name, employees FROM accounts ORDER BY id")
        .map { "\($0.string(0))|\($0.int64(1))" } == [" \u{301}x|7", "é|8"])
  }

  @Test func vocabularyValuesAreMatchedExactlyOrByTheirCanonicalKey() throws {
    let folder = try ExportFolder([
      "contacts.csv": contacts(2),
      "opportunities.csv": "opportunity_id,account_id,created_at,status\n",
      "qualifications.csv": """
      subject_type,subject_id,criterion,value,assessed_at
      contact,C1,budget,met,2025-01-01
      Contact,C2, Economic-Buyer ,MET,2025-01-01
      contact,C1,budget,maybe,2025-01-02
      """,
    ])
    let report = try folder.importOnce()
    #expect(report.rejects.map(\.line) == [4])
    #expect(report.rejects.first?.column == "value")
    let database = try QuorumDatabase.open(path: folder.databasePath)
    #expect(
      try database.statement(
        "SELECT subject_type, criterion, value FROM qualifications ORDER BY subject_id"
      ).map { "\($0.string(0)) \($0.string(1)) \($0.string(2))" }
        == ["contact budget met", "contact economic_buyer met"])
  }

  @Test func mappingDefaultsValueTablesAndDateFormatsStillApply() throws {
    let mapping = ImportMapping(
      version: 1,
      files: [
        "contacts": .init(
          columns: ["contact_id": "Id", "created_at": "Created"],
          values: ["seniority": ["VP": "vice president"]], dateFormat: "DD.MM.YYYY",
          defaults: ["source": "unknown"])
      ])
    let folder = try ExportFolder([
      "contacts.csv": "Id,Created,seniority,source\nC1,01.03.2025,VP,\nC2,31.02.2025,,web\n"
    ])
    let report = try folder.importOnce(mapping: mapping)
    #expect(report.rejects.map(\.line) == [3])
    #expect(report.rejects.first?.message.contains("no such calendar date") == true)
    let database = try QuorumDatabase.open(path: folder.databasePath)
    let row = try database.statement("SELECT created_at, seniority, source FROM contacts")
      .map { "\($0.int64(0)) \($0.string(1)) \($0.string(2))" }
    #expect(
      row == [
        "\(Timestamp(year: 2025, month: 3, day: 1).millisecondsSince1970) vice president unknown"
      ])
  }
}
