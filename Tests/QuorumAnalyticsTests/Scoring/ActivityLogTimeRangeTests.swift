import QuorumAnalytics
import Testing

@Suite struct ActivityLogTimeRangeTests {
  @Test func spansTheContactsAndTheOrphansActivities() throws {
    let t = { (day: Int) in Timestamp(year: 2025, month: 3, day: day) }
    let log = ActivityLog(
      contactIDs: ["C1", "C2"],
      activities: [
        Activity(contactID: "C2", occurredAt: t(10), type: "page_view"),
        Activity(contactID: "C1", occurredAt: t(5), type: "page_view"),
        Activity(contactID: "C9", occurredAt: t(20), type: "page_view"),
      ])
    // C9 is not a contact of the log, but its activity still dates the data.
    #expect(log.timeRange == t(5)...t(20))
  }

  @Test func isNilWithoutActivities() {
    #expect(ActivityLog(contactIDs: ["C1"], activities: []).timeRange == nil)
  }
}
