import QuorumAnalytics
import Testing

@Suite struct ActivityLogTests {
  typealias F = ScoringFixture

  @Test func streamedLogScoresLikeTheActivitiesItWasBuiltFrom() {
    let data = AccountScorerTests.data
    var builder = ActivityLog.Builder(contactIDs: data.contacts.map(\.id))
    // Rows in another order (as a database cursor might yield them).
    for activity in data.activities.reversed() {
      builder.append(
        contactID: activity.contactID, occurredAt: activity.occurredAt, type: activity.type)
    }
    let log = builder.build()
    #expect(log.count == 5)
    #expect(log.orphanCount == 1)  // C9 is not a contact
    // Types of known contacts only: C9's page_view is not kept.
    #expect(
      Set(log.types) == [
        "demo_requested", "pricing_page_view", "whitepaper_download", "careers_page_view",
        "podcast_listen",
      ])
    let scorer = Scorer(model: .default)
    let direct = scorer.run(data, asOf: F.asOf)
    var withoutRows = data
    withoutRows.activities = []
    let streamed = scorer.run(withoutRows, activities: log, asOf: F.asOf)
    #expect(streamed.contacts == direct.contacts)
    #expect(streamed.accounts == direct.accounts)
    #expect(streamed.summary == direct.summary)
  }
}
