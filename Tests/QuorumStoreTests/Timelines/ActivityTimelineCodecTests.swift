import Testing

@testable import QuorumStore

@Suite struct ActivityTimelineCodecTests {
  static func encoded(_ events: [TimelineEvent]) -> [UInt8] {
    var bytes: [UInt8] = []
    ActivityTimelineCodec.encode(events, into: &bytes)
    return bytes
  }

  static func decoded(_ bytes: [UInt8]) -> [TimelineEvent]? {
    bytes.withUnsafeBytes { ActivityTimelineCodec.events($0) }
  }

  @Test func eventsEncodeAsTheirHandWorkedBytes() {
    // Format 1; zigzag(1000) = 2000 = 15 × 128 + 80 → 0xD0 0x0F; type 2; then 500 ms
    // later (500 = 3 × 128 + 116 → 0xF4 0x03), type 7; then the same time, type 9.
    let events = [
      TimelineEvent(time: 1_000, type: 2), TimelineEvent(time: 1_500, type: 7),
      TimelineEvent(time: 1_500, type: 9),
    ]
    #expect(Self.encoded(events) == [1, 0xD0, 0x0F, 2, 0xF4, 0x03, 7, 0, 9])
    #expect(Self.decoded(Self.encoded(events)) == events)
  }

  @Test func anEventRepeatedInARowIsStoredOnce() {
    let event = TimelineEvent(time: 86_400_000, type: 3)
    #expect(Self.decoded(Self.encoded([event, event, event])) == [event])
  }

  @Test func timesBeforeNineteenSeventyAndAtTheExtremesRoundTrip() {
    let events = [
      TimelineEvent(time: .min, type: 1), TimelineEvent(time: -1, type: 1),
      TimelineEvent(time: 0, type: 1), TimelineEvent(time: .max, type: .max),
    ]
    #expect(Self.decoded(Self.encoded(events)) == events)
  }

  @Test func noEventsIsTheFormatByteAlone() {
    #expect(Self.encoded([]) == [1])
    #expect(Self.decoded([1]) == [])
  }

  @Test func bytesOfAnotherFormatOrCutShortAreNotATimeline() {
    #expect(Self.decoded([]) == nil)
    #expect(Self.decoded([2, 0, 1]) == nil)  // unknown format
    #expect(Self.decoded([1, 0xD0]) == nil)  // the time's varint is cut
    #expect(Self.decoded([1, 0xD0, 0x0F]) == nil)  // a time without its type
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
