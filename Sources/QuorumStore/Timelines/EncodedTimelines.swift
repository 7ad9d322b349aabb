import QuorumAnalytics

/// Timelines encoded end to end in one buffer, with their contacts' keys: a part of the
/// rows ``ActivityTimelineStore`` writes.
struct EncodedTimelines: Sendable {
  private(set) var contacts: [Int64] = []
  private(set) var bytes: [UInt8] = []
  private var ends: [Int] = []

  var count: Int { contacts.count }

  /// The bytes of the `index`-th timeline in ``bytes``.
  func range(of index: Int) -> Range<Int> { (index == 0 ? 0 : ends[index - 1])..<ends[index] }

  mutating func append(_ contact: Int64, _ events: some Sequence<TimelineEvent>) {
    contacts.append(contact)
    ActivityTimelineCodec.encode(events, into: &bytes)
    ends.append(bytes.count)
  }

  /// The timelines of `contacts` (positions of `segment`, which are contact keys, with
  /// type ids as codes), their events in `segment` added to those `stored`: only those
  /// that change, in parts encoded on every core.
  static func encoding(
    _ segment: ActivityLog.Segment, contacts: [Int], over stored: [Int64: [TimelineEvent]] = [:]
  ) -> [EncodedTimelines] {
    ChunkedWork(count: contacts.count).map { range in
      var part = EncodedTimelines()
      for position in contacts[range] {
        let contact = Int64(position)
        let events = segment.events(at: position).lazy.map {
          TimelineEvent(time: $0.time, type: Int64($0.code))
        }
        if let old = stored[contact] {
          let merged = ActivityTimelineStore.union(old, Array(events))
          if merged != old { part.append(contact, merged) }
        } else {
          part.append(contact, events)
        }
      }
      return part
    }
  }
}
