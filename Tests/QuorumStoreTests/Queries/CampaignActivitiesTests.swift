import QuorumAnalytics
import Testing

@testable import QuorumStore

@Suite struct CampaignActivitiesTests {
  @Test func streamsOnlyTheCampaignTaggedActivitiesByContactAndTime() throws {
    let folder = try ExportFolder([
      "accounts.csv": "account_id,name\nA1,Acme\n",
      "contacts.csv": "contact_id,account_id,created_at\nC1,A1,2025-01-01\nC2,A1,2025-01-02\n",
      "activities.csv": """
      contact_id,occurred_at,type,campaign_id
      C2,2025-03-01,webinar_attended,WEB-1
      C1,2025-02-02,page_view,
      C1,2025-02-01,email_click,EML-7
      C2,2025-03-02,page_view,
      C1,2025-02-03,form_fill,WEB-1

      """,
    ])
    var seen: [String] = []
    try folder.importedRepository().forEachCampaignActivity { activity in
      seen.append(
        "\(activity.contactID) \(activity.occurredAt.isoDate) \(activity.type.rawValue) "
          + (activity.campaignID ?? "-"))
    }
    // The untagged page views are left out; the rest come by contact, then time.
    #expect(
      seen == [
        "C1 2025-02-01 email_click EML-7", "C1 2025-02-03 form_fill WEB-1",
        "C2 2025-03-01 webinar_attended WEB-1",
      ])
  }
}
