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
}
