import Testing

@testable import QuorumAnalytics

@Suite struct ActivityLogConcatenatingTests {
  /// Parts split any way — by contact, or one activity here and the next there, their
  /// types first used in different orders — join to the log one builder makes of all the
  /// activities: every contact's events in (time, type) order, orphans kept.
  @Test func partsJoinToTheLogOfAllTheActivities() {
    let data = SyntheticSample.merged
    let ids = data.contacts.map(\.id)
    var activities = data.activities
    activities.append(
      Activity(contactID: "nobody", occurredAt: Timestamp(year: 2026, month: 1, day: 5), type: "x"))
    let whole = ActivityLog(contactIDs: ids, activities: activities)
    let half = ids.count / 2
    let firstHalf = Set(ids.prefix(half))
    let byContact = [
      activities.filter { firstHalf.contains($0.contactID) },
      activities.filter { !firstHalf.contains($0.contactID) }.reversed(),
    ]
    let interleaved = [
      activities.enumerated().filter { $0.offset.isMultiple(of: 2) }.map(\.element).reversed(),
      activities.enumerated().filter { !$0.offset.isMultiple(of: 2) }.map(\.element),
    ]
    for parts in [byContact, interleaved] {
      let joined = ActivityLog(
        concatenating: parts.map { ActivityLog(contactIDs: ids, activities: Array($0)) })
      #expect(joined.contactIDs == whole.contactIDs)
      #expect(joined.count == whole.count)
      #expect(joined.orphanCount == 1)
      #expect(Self.events(joined) == Self.events(whole))
    }
  }

  /// Scored from a joined log, every contact and account gets the score of one log.
  @Test func aJoinedLogScoresLikeOneLog() throws {
    let data = SyntheticSample.merged
    let ids = data.contacts.map(\.id)
    let firstHalf = Set(ids.prefix(ids.count / 2))
    let joined = ActivityLog(concatenating: [
      ActivityLog(
        contactIDs: ids, activities: data.activities.filter { firstHalf.contains($0.contactID) }),
      ActivityLog(
        contactIDs: ids, activities: data.activities.filter { !firstHalf.contains($0.contactID) }),
    ])
    let asOf = Timestamp(year: 2026, month: 6, day: 30)
    let pipeline = QualificationPipeline(model: .default)
    let fromParts = try pipeline.run(data, activities: joined, asOf: asOf)
    let fromOne = try pipeline.run(data, asOf: asOf)
    #expect(zip(fromParts.scoring.contacts, fromOne.scoring.contacts).filter { $0 != $1 }.isEmpty)
    #expect(zip(fromParts.scoring.accounts, fromOne.scoring.accounts).filter { $0 != $1 }.isEmpty)
  }

  /// Each contact's events as (time, type name), in log order.
  static func events(_ log: ActivityLog) -> [[String]] {
    log.contactIDs.indices.map { contact in
      log.range(ofContact: contact).map {
        "\(log.times[$0]) \(log.types[Int(log.typeCodes[$0])].rawValue)"
      }
    }
  }
}
