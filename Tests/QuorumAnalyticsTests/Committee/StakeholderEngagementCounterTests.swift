import QuorumAnalytics
import Testing

@Suite struct StakeholderEngagementCounterTests {
  /// The pipeline feeds the counter a contact-grouped log; the public path feeds it one
  /// activity at a time, in any order. Both must summarise every contact alike.
  @Test func aLogAndTheSameActivitiesOneByOneGiveTheSameEngagement() {
    let data = SyntheticSample.merged
    let asOf = Timestamp(year: 2026, month: 6, day: 30)
    var fromLog = StakeholderEngagementCounter(asOf: asOf)
    fromLog.add(ActivityLog(contactIDs: data.contacts.map(\.id), activities: data.activities))
    var oneByOne = StakeholderEngagementCounter(asOf: asOf)
    for activity in data.activities.reversed() { oneByOne.add(activity) }
    let differing = data.contacts.filter {
      fromLog.engagement(of: $0.id) != oneByOne.engagement(of: $0.id)
    }
    #expect(differing.isEmpty)
    #expect(data.contacts.contains { fromLog.engagement(of: $0.id).activitiesInWindow > 0 })
  }
}
