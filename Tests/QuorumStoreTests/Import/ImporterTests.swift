import Foundation
import Testing

@testable import QuorumStore

@Suite struct ImporterTests {
  private func counts(_ report: ImportReport, _ file: String) -> ImportReport.FileCounts? {
    report.files.first { $0.file == file }
  }

  @Test func cleanExportIsStoredWithCountsThatAddUp() throws {
    let folder = try ExportFolder([
      "accounts.csv": Fixtures.accounts, "contacts.csv": Fixtures.contacts,
      "activities.csv": Fixtures.activities, "opportunities.csv": Fixtures.opportunities,
    ])
    let report = try folder.importOnce()
    #expect(report.rejects == [])
    #expect(counts(report, "accounts")?.inserted == 2)
    #expect(counts(report, "contacts")?.inserted == 3)
    #expect(counts(report, "activities")?.inserted == 3)
    #expect(counts(report, "opportunities")?.inserted == 2)
    for file in report.files {
      #expect(file.read == file.stored + file.duplicate + file.rejected)
    }
  }

  @Test func unknownColumnsAreKeptAsAttributes() throws {
    let folder = try ExportFolder(["accounts.csv": Fixtures.accounts])
    _ = try folder.importOnce()
    let database = try QuorumDatabase.open(path: folder.databasePath)
    let attributes = try database.statement("SELECT attributes FROM accounts ORDER BY id")
      .map { $0.text(0) }
    #expect(attributes == [#"{"crm_owner":"jane"}"#, nil])
  }

  @Test func badRowsAreRejectedWithFileLineColumnAndReason() throws {
    let folder = try ExportFolder([
      "accounts.csv": Fixtures.accounts,
      "contacts.csv": Fixtures.contacts,
      "opportunities.csv": """
      opportunity_id,account_id,created_at,status,closed_at,amount
      O1,A1,2025-03-10,won,2025-05-01,50000
      O1,A1,2025-03-10,won,2025-05-01,50000
      O1,A1,2025-03-10,won,2025-05-02,50000
      O3,A9,2025-03-10,open,,10
      O4,A1,2024-02-30,open,,10
      O5,A1,2025-03-10,won,,10
      O6,A1,2025-03-10,lost,2025-01-01,10
      O7,A1,2025-03-10,open,,-5
      O8,A1,2025-03-10,pending,,5
      O9,A1,2025-03-10,open,,"$1,234"
      """,
    ])
    let report = try folder.importOnce()
    let opportunities = try #require(counts(report, "opportunities"))
    #expect(opportunities.read == 10)
    #expect(opportunities.inserted == 1)
    #expect(opportunities.duplicate == 1)
    #expect(opportunities.rejected == 8)
    let byLine = Dictionary(uniqueKeysWithValues: report.rejects.map { ($0.line, $0) })
    #expect(byLine[4]?.kind == "conflict")
    #expect(byLine[4]?.message.contains("line 2") == true)
    #expect(byLine[5]?.kind == "reference")
    #expect(byLine[5]?.column == "account_id")
    #expect(byLine[6]?.column == "created_at")
    #expect(byLine[6]?.kind == "invalid")
    #expect(byLine[7]?.message == "a won deal needs closed_at")
    #expect(byLine[8]?.message.contains("before created_at") == true)
    #expect(byLine[9]?.message.contains("negative") == true)
    #expect(byLine[10]?.column == "status")
    #expect(byLine[11]?.column == "amount")
    #expect(byLine[11]?.record == #"O9,A1,2025-03-10,open,,"$1,234""#)
    let database = try QuorumDatabase.open(path: folder.databasePath)
    #expect(try database.scalar("SELECT count(*) FROM rejects") == 8)
  }

  @Test func activityForUnknownContactIsRejectedNotLost() throws {
    let folder = try ExportFolder([
      "contacts.csv": Fixtures.contacts,
      "activities.csv":
        "contact_id,occurred_at,type\nC1,2025-03-01,meeting\nC99,2025-03-01,meeting\n",
    ])
    let report = try folder.importOnce()
    #expect(report.rejects.map(\.line) == [3])
    #expect(report.rejects.first?.file == "activities.csv")
    #expect(report.rejects.first?.kind == "reference")
  }

  @Test func reimportingTheSameExportChangesNothing() throws {
    let folder = try ExportFolder([
      "accounts.csv": Fixtures.accounts, "contacts.csv": Fixtures.contacts,
      "activities.csv": Fixtures.activities, "opportunities.csv": Fixtures.opportunities,
    ])
    _ = try folder.importOnce()
    let database = try QuorumDatabase.open(path: folder.databasePath)
    let before = try ExportFolder.dump(database)
    let second = try folder.importOnce(into: database)
    #expect(second.files.allSatisfy { $0.stored == 0 && $0.duplicate == $0.read })
    #expect(try ExportFolder.dump(database) == before)
  }

  @Test func laterExportUpdatesChangedRows() throws {
    let folder = try ExportFolder(["accounts.csv": Fixtures.accounts])
    let database = try QuorumDatabase.open(path: folder.databasePath)
    _ = try folder.importOnce(into: database)
    try folder.write(
      "accounts.csv", "account_id,name,employees\nA1,Acme,300\nA2,Globex,5000\n")
    let report = try folder.importOnce(into: database)
    #expect(report.files.first?.updated == 2)
    #expect(try database.scalar("SELECT employees FROM accounts WHERE account_id = 'A1'") == 300)
  }

  @Test func failureMidwayLeavesThePreviousDatabaseExactlyAsItWas() throws {
    let folder = try ExportFolder([
      "accounts.csv": Fixtures.accounts, "contacts.csv": Fixtures.contacts,
    ])
    let database = try QuorumDatabase.open(path: folder.databasePath)
    _ = try folder.importOnce(into: database)
    let before = try ExportFolder.dump(database)
    let importsBefore = try database.scalar("SELECT count(*) FROM imports")
    try folder.write("activities.csv", Fixtures.activities)
    try folder.write("accounts.csv", "account_id,name\nA1,Renamed\nA3,New\n")
    #expect(throws: ImportError.injectedFailure(afterRows: 4)) {
      try folder.importOnce(failAfterRows: 4, into: database)
    }
    #expect(try ExportFolder.dump(database) == before)
    #expect(try database.scalar("SELECT count(*) FROM imports") == importsBefore)
  }

  @Test func strictModeCommitsNothingWhenARowIsRejected() throws {
    let folder = try ExportFolder([
      "accounts.csv": "account_id,name,employees\nA1,Acme,12\nA2,Globex,many\n"
    ])
    let database = try QuorumDatabase.open(path: folder.databasePath)
    let error = #expect(throws: StrictModeRejection.self) {
      try folder.importOnce(strict: true, into: database)
    }
    #expect(error?.report.rejectedCount == 1)
    #expect(try database.scalar("SELECT count(*) FROM accounts") == 0)
  }

  @Test func salesforceHeadersMapThroughBuiltInAliases() throws {
    let folder = try ExportFolder([
      "accounts.csv":
        "Id,Name,Website,NumberOfEmployees,AnnualRevenue,BillingCountry\n001A,Acme,acme.com,40,1000,US\n",
      "contacts.csv":
        "Id,AccountId,Email,Title,CreatedDate\n003A,001A,a@acme.com,CEO,2025-01-01T00:00:00Z\n",
    ])
    let report = try folder.importOnce()
    #expect(report.rejects == [])
    let database = try QuorumDatabase.open(path: folder.databasePath)
    #expect(try database.scalar("SELECT employees FROM accounts WHERE account_id = '001A'") == 40)
    #expect(try database.scalar("SELECT account FROM contacts WHERE contact_id = '003A'") == 1)
  }

  @Test func missingRequiredColumnNamesFileAndHeader() throws {
    let folder = try ExportFolder(["accounts.csv": "account_id,title\nA1,x\n"])
    let report = try folder.importOnce()
    #expect(report.rejects.first?.message == "required 'name' is column missing from the header")
  }

  @Test func salesforceAndHubSpotStagesSayWhetherADealIsWonLostOrOpen() throws {
    let folder = try ExportFolder([
      "accounts.csv": Fixtures.accounts,
      "opportunities.csv": """
      Id,AccountId,CreatedDate,StageName,CloseDate,Amount
      006A,A1,2025-01-10,Closed Won,2025-03-01,1000
      006B,A1,2025-01-11,Closed Lost,2025-02-01,2000
      006C,A2,2025-01-12,Negotiation/Review,2025-06-30,3000
      006D,A2,2025-01-13,Closed Won,,4000
      """,
    ])
    let report = try folder.importOnce()
    #expect(report.files.first { $0.file == "opportunities" }?.inserted == 3)
    #expect(report.rejects.map(\.line) == [5])
    #expect(report.rejects.first?.message == "a won deal needs closed_at")
    let database = try QuorumDatabase.open(path: folder.databasePath)
    let statuses = try database.statement(
      "SELECT opportunity_id, status, stage, closed_at IS NULL FROM opportunities ORDER BY 1"
    ).map { "\($0.string(0)) \($0.string(1)) \($0.string(2)) \($0.int(3))" }
    #expect(
      statuses == [
        "006A won Closed Won 0", "006B lost Closed Lost 0", "006C open Negotiation/Review 1",
      ])
    let hubspot = try ExportFolder([
      "accounts.csv": Fixtures.accounts,
      "opportunities.csv": """
      Record ID,Associated Company ID,Create Date,Deal Stage,Close Date
      9001,A1,2025-01-10,closedwon,2025-03-01
      9002,A1,2025-01-10,appointmentscheduled,
      """,
    ])
    #expect(try hubspot.importOnce().rejects == [])
  }
}
