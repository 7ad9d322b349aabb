import Testing

@testable import QuorumAnalytics
@testable import QuorumStore

@Suite struct ActivityLogPartsTests {
  static let export = [
    "accounts.csv": "account_id,name\nA1,Acme\n",
    "contacts.csv": """
    contact_id,account_id,created_at
    C1,A1,2025-01-01
    C2,A1,2025-01-02
    C3,A1,2025-01-03
    C4,A1,2025-01-04
    C5,A1,2025-01-05

    """,
    "activities.csv": """
    contact_id,occurred_at,type
    C5,2025-03-01,webinar_attended
    C1,2025-02-02,page_view
    C1,2025-02-01,email_click
    C4,2025-03-02,page_view
    C2,2025-02-03,demo_requested
    C4,2025-03-01,form_fill
    C3,2025-04-01,page_view

    """,
  ]

  /// Read in segments by contact key on separate connections and joined with the contacts'
  /// ids, the log is the one read in one pass: the same contacts, and each contact's events
  /// in the same order.
  @Test(arguments: [1, 2, 3, 7])
  func partsReadByContactKeyJoinToTheWholeLog(parts: Int) throws {
    let folder = try ExportFolder(Self.export)
    _ = try folder.importOnce()
    let database = try QuorumDatabase.open(path: folder.databasePath)
    let repository = CRMRepository(database: database)
    let whole = try repository.activityLog()
    let ranges = try repository.contactKeyRanges(parts: parts)
    #expect(ranges.count == min(parts, 5))
    #expect(ranges.first?.lowerBound == .min && ranges.last?.upperBound == .max)
    #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound + 1 == $1.lowerBound })
    let joined = ActivityLog(
      contactIDs: whole.contactIDs,
      joining: try ranges.map { try repository.activitySegment(ofContactKeys: $0) })
    #expect(joined.contactIDs == whole.contactIDs)
    #expect(joined.count == 7)
    #expect(Self.events(joined) == Self.events(whole))
    #expect(Self.events(whole)[0] == ["2025-02-01 email_click", "2025-02-02 page_view"])
  }

  /// Each contact's events as `date type`, in log order.
  static func events(_ log: ActivityLog) -> [[String]] {
    log.contactIDs.indices.map { contact in
      log.range(ofContact: contact).map {
        let time = Timestamp(millisecondsSince1970: log.times[$0])
        return "\(time.isoDate) \(log.types[Int(log.typeCodes[$0])].rawValue)"
      }
    }
  }
}
