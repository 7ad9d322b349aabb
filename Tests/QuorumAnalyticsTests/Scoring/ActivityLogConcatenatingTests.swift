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

  /// Segments read by position over consecutive ranges of contacts, with the types
  /// declared in the same order (as database connections read them), are laid end to end:
  /// the log of one builder over all the rows, an empty segment and orphans included.
  @Test func segmentsOfConsecutiveContactsJoinToTheLogOfAllTheRows() {
    let ids = ["C1", "C2", "C3", "C4", "C5"]
    let rows: [(contact: Int, time: Int64, type: ActivityType)] = [
      (0, 20, "page_view"), (0, 10, "email_click"), (1, 5, "page_view"),
      (3, 7, "demo_requested"), (3, 7, "page_view"), (4, 1, "email_click"), (-1, 3, "page_view"),
    ]
    let types: [ActivityType] = ["page_view", "email_click", "demo_requested"]
    func segment(_ contacts: Range<Int>) -> ActivityLog.Segment {
      var builder = ActivityLog.Builder(contactCount: ids.count)
      let codes = types.map { builder.code(of: $0) }
      for row in rows where contacts.contains(row.contact) || (row.contact < 0 && contacts.isEmpty)
      {
        let code = codes[types.firstIndex(of: row.type) ?? 0]
        builder.append(contactAt: row.contact, occurredAt: row.time, typeCode: code)
      }
      return builder.segment(trimmingCapacity: false)
    }
    let parts = [segment(0..<2), segment(2..<3), segment(3..<5), segment(0..<0)]
    #expect(parts.map(\.occupiedContacts) == [0...1, nil, 3...4, nil])
    let joined = ActivityLog(contactIDs: ids, joining: parts)
    var builder = ActivityLog.Builder(contactIDs: ids)
    for row in rows {
      builder.append(
        contactID: row.contact >= 0 ? ids[row.contact] : "nobody",
        occurredAt: Timestamp(millisecondsSince1970: row.time), type: row.type)
    }
    let whole = builder.build()
    #expect(Self.events(joined) == Self.events(whole))
    #expect(Self.events(joined)[0] == ["10 email_click", "20 page_view"])
    #expect(Self.events(joined)[3] == ["7 page_view", "7 demo_requested"])
    #expect(joined.orphanCount == 1 && joined.count == 6)
    #expect(
      ["C1", "C2", "C3", "C4", "C5", "C9"].map { joined.contactIndex[$0] } == [0, 1, 2, 3, 4, nil])
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
