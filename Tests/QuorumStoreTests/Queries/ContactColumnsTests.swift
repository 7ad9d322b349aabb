import QuorumAnalytics
import Testing

@testable import QuorumStore

@Suite struct ContactColumnsTests {
  /// One contact with every standard column and one custom column (`crm_owner`).
  static let export = [
    "accounts.csv": "account_id,name\nA1,Acme\n",
    "contacts.csv": """
    contact_id,account_id,email,company,first_name,last_name,title,department,seniority,source,campaign_id,created_at,crm_owner
    C1,A1,ana@acme.com,Acme,Ana,Díaz,VP Sales,Sales,VP,webinar,WEB-1,2025-01-01,jane

    """,
  ]

  @Test func eachChoiceReadsItsColumnsAndLeavesTheOthersEmpty() throws {
    let folder = try ExportFolder(Self.export)
    let repository = try folder.importedRepository()
    let all = try #require(try repository.contacts(.all).first)
    let standard = try #require(try repository.contacts(.standard).first)
    let scoring = try #require(try repository.contacts(.scoring).first)

    #expect(all.attributes == ["crm_owner": "jane"])
    #expect(all.firstName == "Ana" && all.lastName == "Díaz")
    #expect(all.source == "webinar" && all.campaignID == "WEB-1")

    var expected = all
    expected.attributes = [:]
    #expect(standard == expected)

    // What scoring reads is kept; names, source and campaign are not read.
    expected.firstName = nil
    expected.lastName = nil
    expected.source = nil
    expected.campaignID = nil
    #expect(scoring == expected)
    #expect(scoring.id == "C1" && scoring.accountID == "A1" && scoring.email == "ana@acme.com")
    #expect(scoring.company == "Acme" && scoring.title == "VP Sales")
    #expect(scoring.department == "Sales" && scoring.seniority == "VP")
  }

  /// Scoring as of a date leaves out the email and company of a contact matched by an
  /// account_id in scope, and of no other; every contact is matched to the same account,
  /// by the same method and evidence, as from every column.
  @Test func scoringAsOfADateReadsTheEmailAndCompanyOnlyWhereTheMatchNeedsThem() throws {
    let folder = try ExportFolder([
      "accounts.csv": """
      account_id,name,domain,created_at
      A1,Acme,acme.com,2025-01-01
      A2,Beta,beta.io,2026-06-01
      A3,Gamma,gamma.org,

      """,
      "contacts.csv": """
      contact_id,account_id,email,company,created_at
      C1,A1,ana@acme.com,Acme,2025-02-01
      C2,A2,bo@beta.io,Beta,2025-02-01
      C3,A9,cy@gamma.org,Gamma,2025-02-01
      C4,,di@acme.com,Acme,2025-02-01
      C5,A3,ed@acme.com,Acme,2025-02-01

      """,
    ])
    let repository = try folder.importedRepository()
    let asOf = Timestamp(year: 2025, month: 12, day: 31)
    let every = try repository.contacts(.scoring)
    let scoped = try repository.contacts(.scoringAsOf(asOf))
    #expect(scoped.map(\.id) == ["C1", "C2", "C3", "C4", "C5"])
    // C1 and C5 are matched by account_id (A3 has no creation date); A2 is created after
    // the date, A9 is unknown and C4 has no account_id: they keep theirs.
    #expect(scoped.map(\.email) == [nil, "bo@beta.io", "cy@gamma.org", "di@acme.com", nil])
    #expect(scoped.map(\.company) == [nil, "Beta", "Gamma", "Acme", nil])
    for (full, read) in zip(every, scoped) {
      var expected = full
      expected.email = read.email
      expected.company = read.company
      #expect(read == expected)
    }
    let accounts = try repository.accounts().filter { ($0.createdAt ?? asOf) <= asOf }
    let matcher = AccountMatcher(accounts: accounts)
    #expect(scoped.map(matcher.match) == every.map(matcher.match))
    #expect(scoped.map { matcher.match($0).accountID } == ["A1", nil, "A3", "A1", "A3"])
  }
}
