import QuorumAnalytics
import Testing

@testable import QuorumStore

@Suite struct OpportunityContactsOrderTests {
  @Test func rolesComeByOpportunityThenContactThenRole() throws {
    // Imported out of order: O2 before O1, C2 before C1, and a role that sorts first last.
    // Surrogate keys follow the files (O2 then O1, C2 then C1), and the rows come by them:
    // the order the store keeps (its primary key), with no sort.
    let folder = try ExportFolder([
      "accounts.csv": "account_id,name\nA1,Acme\n",
      "contacts.csv": "contact_id,account_id,created_at\nC2,A1,2025-01-01\nC1,A1,2025-01-01\n",
      "opportunities.csv": """
      opportunity_id,account_id,created_at,status
      O2,A1,2025-02-01,open
      O1,A1,2025-02-02,open

      """,
      "opportunity_contacts.csv": """
      opportunity_id,contact_id,role,is_primary
      O1,C1,user,false
      O2,C1,champion,true
      O1,C2,user,false
      O1,C2,champion,false

      """,
    ])
    let rows = try folder.importedRepository().opportunityContacts().map {
      "\($0.opportunityID) \($0.contactID) \($0.role.rawValue)"
    }
    #expect(rows == ["O2 C1 champion", "O1 C2 champion", "O1 C2 user", "O1 C1 user"])
  }
}
