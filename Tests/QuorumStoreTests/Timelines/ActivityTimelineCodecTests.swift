import Testing

@testable import QuorumStore

@Suite struct ActivityTimelineCodecTests {
  static func encoded(_ contacts: [(key: Int64, events: [TimelineEvent])]) -> [UInt8] {
    var bytes: [UInt8] = []
    ActivityTimelineCodec.encode(contacts, into: &bytes)
    return bytes
  }

  static func decoded(_ bytes: [UInt8], block: Int64) -> [Int64: [TimelineEvent]]? {
    bytes.withUnsafeBytes { ActivityTimelineCodec.events($0, block: block) }
  }

  @Test func aContactsEventsEncodeAsTheirHandWorkedBytes() {
    // Format 1; contact 33 is block 2's second (33 = 2 × 16 + 1), three events;
    // zigzag(1000) = 2000 = 15 × 128 + 80 → 0xD0 0x0F, type 2; 500 ms later
    // (500 = 3 × 128 + 116 → 0xF4 0x03), type 7; the same time, type 9.
    let events = [
      TimelineEvent(time: 1_000, type: 2), TimelineEvent(time: 1_500, type: 7),
      TimelineEvent(time: 1_500, type: 9),
    ]
    let bytes = Self.encoded([(33, events)])
    #expect(bytes == [1, 1, 3, 0xD0, 0x0F, 2, 0xF4, 0x03, 7, 0, 9])
    #expect(ActivityTimelineCodec.block(of: 33) == 2)
    #expect(Self.decoded(bytes, block: 2) == [33: events])
  }

  @Test func aBlockHoldsSixteenConsecutiveContacts() {
    #expect(ActivityTimelineCodec.contacts(of: 2) == 32...47)
    let first = [TimelineEvent(time: 5, type: 1)]
    let last = [TimelineEvent(time: -5, type: 3)]
    let bytes = Self.encoded([(32, first), (40, []), (47, last)])
    #expect(bytes == [1, 0, 1, 10, 1, 15, 1, 9, 3])  // a contact without events is left out
    #expect(Self.decoded(bytes, block: 2) == [32: first, 47: last])
  }

  @Test func anEventRepeatedInARowIsStoredOnce() {
    let event = TimelineEvent(time: 86_400_000, type: 3)
    #expect(Self.decoded(Self.encoded([(1, [event, event, event])]), block: 0) == [1: [event]])
  }

  @Test func timesBeforeNineteenSeventyAndAtTheExtremesRoundTrip() {
    let events = [
      TimelineEvent(time: .min, type: 1), TimelineEvent(time: -1, type: 1),
      TimelineEvent(time: 0, type: 1), TimelineEvent(time: .max, type: .max),
    ]
    #expect(Self.decoded(Self.encoded([(7, events)]), block: 0) == [7: events])
  }

  @Test func bytesOfAnotherFormatOrCutShortAreNotATimeline() {
    #expect(Self.decoded([], block: 0) == nil)
    #expect(Self.decoded([1], block: 0) == [:])
    #expect(Self.decoded([2, 0, 1, 0, 1], block: 0) == nil)  // unknown format
    #expect(Self.decoded([1, 16, 1, 0, 1], block: 0) == nil)  // no 17th contact in a block
    #expect(Self.decoded([1, 0, 2, 0, 1], block: 0) == nil)  // two events promised, one given
    #expect(Self.decoded([1, 0, 1, 0xD0], block: 0) == nil)  // the time's varint is cut
  }

  @Test func theUnionOfTwoTimelinesIsSortedWithEachEventOnce() {
    func events(_ pairs: [(Int64, Int64)]) -> [TimelineEvent] {
      pairs.map { TimelineEvent(time: $0.0, type: $0.1) }
    }
    let union = ActivityTimelineStore.union(
      events([(1, 1), (2, 1), (5, 2)]), events([(0, 4), (2, 1), (5, 1), (6, 1)]))
    #expect(union == events([(0, 4), (1, 1), (2, 1), (5, 1), (5, 2), (6, 1)]))
  }
}
