import QuorumAnalytics

/// Rows of `activity_timelines` encoded end to end in one buffer, with their blocks: a
/// part of what ``ActivityTimelineStore`` writes.
struct EncodedTimelines: Sendable {
  private(set) var blocks: [Int64] = []
  private(set) var bytes: [UInt8] = []
  private var ends: [Int] = []

  var count: Int { blocks.count }

  /// The bytes of the `index`-th row in ``bytes``.
  func range(of index: Int) -> Range<Int> { (index == 0 ? 0 : ends[index - 1])..<ends[index] }

  private mutating func append<Events: Collection<TimelineEvent>>(
    _ block: Int64, _ contacts: some Sequence<(key: Int64, events: Events)>
  ) {
    blocks.append(block)
    ActivityTimelineCodec.encode(contacts, into: &bytes)
    ends.append(bytes.count)
  }

  /// The rows of the blocks `segment` holds keys of (its positions are contact keys, its
  /// type codes type ids), those keys added to the `stored` events of the same blocks (by
  /// block, then contact key): only the rows that change, in parts encoded on every core
  /// (or on the calling thread alone).
  static func encoding(
    _ segment: ActivityLog.Segment, over stored: [Int64: [Int64: [TimelineEvent]]] = [:],
    onAllCores: Bool = true
  ) -> [EncodedTimelines] {
    let blocks = occupiedBlocks(segment)
    return ChunkedWork(count: blocks.count, chunks: onAllCores ? 16 : 1).map { range in
      var part = EncodedTimelines()
      for block in blocks[range] {
        if let old = stored[block] {
          part.merge(segment, into: old, block: block)
        } else {
          part.append(
            block,
            ActivityTimelineCodec.contacts(of: block).lazy.filter { $0 < segment.contactCount }
              .map { (key: $0, events: Self.events(segment, $0)) })
        }
      }
      return part
    }
  }

  /// The blocks of `segment`'s positions that hold keys, ascending.
  private static func occupiedBlocks(_ segment: ActivityLog.Segment) -> [Int64] {
    var blocks: [Int64] = []
    for position in segment.occupiedPositions {
      let block = ActivityTimelineCodec.block(of: Int64(position))
      if blocks.last != block { blocks.append(block) }
    }
    return blocks
  }

  /// Appends the row of `block` with `segment`'s keys added to its `old` events, unless
  /// they add none.
  private mutating func merge(
    _ segment: ActivityLog.Segment, into old: [Int64: [TimelineEvent]], block: Int64
  ) {
    var contacts: [(key: Int64, events: [TimelineEvent])] = []
    var changed = false
    for key in ActivityTimelineCodec.contacts(of: block) {
      let previous = old[key] ?? []
      let added = key < segment.contactCount ? Array(Self.events(segment, key)) : []
      let merged = added.isEmpty ? previous : ActivityTimelineStore.union(previous, added)
      changed = changed || merged != previous
      contacts.append((key, merged))
    }
    if changed { append(block, contacts) }
  }

  private static func events(_ segment: ActivityLog.Segment, _ key: Int64) -> some Collection<
    TimelineEvent
  > {
    segment.events(at: Int(key)).lazy.map { TimelineEvent(time: $0.time, type: Int64($0.code)) }
  }
}
