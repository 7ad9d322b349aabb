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

  /// Rows appended by contact position, as the database cursor does: grouped by contact
  /// (kept in place) or interleaved (counting sort) must give the same log.
  @Test func positionalRowsGroupedOrInterleavedScoreAlike() {
    let data = AccountScorerTests.data
    func log(_ activities: [Activity]) -> ActivityLog {
      var builder = ActivityLog.Builder(contactIDs: data.contacts.map(\.id))
      for activity in activities {
        let code = builder.code(of: activity.type)
        builder.append(
          contactAt: builder.position(of: activity.contactID) ?? -1,
          occurredAt: activity.occurredAt.millisecondsSince1970, typeCode: code)
      }
      return builder.build()
    }
    let position = Dictionary(
      data.contacts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let grouped = data.activities.sorted {
      (position[$0.contactID] ?? -1, $0.occurredAt) < (position[$1.contactID] ?? -1, $1.occurredAt)
    }
    let groupedLog = log(grouped)
    let interleavedLog = log(grouped.reversed())
    #expect(groupedLog.count == 5)
    #expect(groupedLog.orphanCount == 1)
    #expect(interleavedLog.count == 5)
    let scorer = Scorer(model: .default)
    let direct = scorer.run(data, asOf: F.asOf)
    var withoutRows = data
    withoutRows.activities = []
    for built in [groupedLog, interleavedLog] {
      let streamed = scorer.run(withoutRows, activities: built, asOf: F.asOf)
      #expect(streamed.contacts == direct.contacts)
      #expect(streamed.accounts == direct.accounts)
    }
  }
}
