import Testing

@testable import QuorumAnalytics

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

  /// A counter first fed a log answers by log position, exactly as by contact ID; one fed
  /// single activities first is not aligned with any log.
  @Test func aCounterFedALogAnswersByLogPosition() {
    let data = SyntheticSample.merged
    let asOf = Timestamp(year: 2026, month: 6, day: 30)
    let log = ActivityLog(contactIDs: data.contacts.map(\.id), activities: data.activities)
    var counter = StakeholderEngagementCounter(asOf: asOf)
    counter.add(log)
    #expect(counter.isAligned)
    let differing = log.contactIDs.indices.filter {
      counter.engagement(ofContactAt: $0) != counter.engagement(of: log.contactIDs[$0])
    }
    #expect(differing.isEmpty)
    var streamed = StakeholderEngagementCounter(asOf: asOf)
    if let activity = data.activities.first { streamed.add(activity) }
    streamed.add(log)
    #expect(!streamed.isAligned)
  }

  /// Logs split into halves of the activities, fed after a single activity (the counter
  /// not aligned) or one after the other (the second adding to the first's tallies), give
  /// the engagement of the same activities fed one by one.
  @Test func logsFedAfterActivitiesOrEachOtherAddUp() {
    let data = SyntheticSample.merged
    let asOf = Timestamp(year: 2026, month: 6, day: 30)
    let ids = data.contacts.map(\.id)
    let half = data.activities.count / 2
    let firstHalf = ActivityLog(contactIDs: ids, activities: Array(data.activities[..<half]))
    let secondHalf = ActivityLog(contactIDs: ids, activities: Array(data.activities[half...]))
    var oneByOne = StakeholderEngagementCounter(asOf: asOf)
    for activity in data.activities { oneByOne.add(activity) }
    var afterOne = StakeholderEngagementCounter(asOf: asOf)
    afterOne.add(data.activities[0])
    afterOne.add(ActivityLog(contactIDs: ids, activities: Array(data.activities.dropFirst())))
    var twoLogs = StakeholderEngagementCounter(asOf: asOf)
    twoLogs.add(firstHalf)
    twoLogs.add(secondHalf)
    #expect(twoLogs.isAligned && !afterOne.isAligned)
    for counter in [afterOne, twoLogs] {
      #expect(ids.allSatisfy { counter.engagement(of: $0) == oneByOne.engagement(of: $0) })
    }
    #expect(ids.contains { twoLogs.engagement(of: $0).activitiesInWindow > 0 })
  }
}
