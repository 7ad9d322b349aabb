/// The bytes of one contact's row in `activity_timelines`: its activities' keys, in the
/// order of the `activities` table (time, then type id), each once.
///
/// | bytes | meaning |
/// |---|---|
/// | 1 | the format, 1 |
/// | per event | the time as a varint: the zigzag of the first event's epoch milliseconds, then each event's milliseconds after the one before (never negative) |
/// | | the type id as a varint |
///
/// Ten million activities take about 60 MB this way, a tenth of the `activities` table
/// (whose rows also carry the campaign, detail, attributes and provenance), so reading
/// every contact's activities costs a tenth of a scan.
///
/// ```swift
/// var bytes: [UInt8] = []
/// ActivityTimelineCodec.encode([TimelineEvent(time: 1_000, type: 2)], into: &bytes)
/// bytes  // [1, 0xD0, 0x0F, 2]: format 1, zigzag(1000) = 2000, type 2
/// ```
enum ActivityTimelineCodec {
  /// The format byte this version writes and reads.
  static let format: UInt8 = 1

  /// Appends the timeline of `events`, given in order; an event equal to the one before
  /// is written once.
  ///
  /// - Precondition: `events` is sorted (time, then type).
  static func encode(_ events: some Sequence<TimelineEvent>, into bytes: inout [UInt8]) {
    bytes.append(format)
    var previous: TimelineEvent?
    for event in events {
      if let previous {
        guard event != previous else { continue }
        precondition(previous < event, "timeline events in order")
        Varint.append(UInt64(bitPattern: event.time &- previous.time), to: &bytes)
      } else {
        Varint.append(Varint.zigzag(event.time), to: &bytes)
      }
      Varint.append(UInt64(bitPattern: event.type), to: &bytes)
      previous = event
    }
  }

  /// Calls `body` with each event of a stored timeline, in order; returns false (having
  /// called it for the events before) when the bytes are not a timeline of this format.
  ///
  /// - Complexity: O(bytes), reading them in place.
  static func decode(_ bytes: UnsafeRawBufferPointer, _ body: (TimelineEvent) -> Void) -> Bool {
    guard bytes.first == format else { return false }
    var reader = VarintReader(bytes: UnsafeRawBufferPointer(rebasing: bytes.dropFirst()))
    var time: Int64 = 0
    var isFirst = true
    while !reader.isAtEnd {
      guard let step = reader.next(), let type = reader.next() else { return false }
      // Wrapping: a step is the exact unsigned difference of two Int64 times.
      time = isFirst ? Varint.unzigzag(step) : time &+ Int64(bitPattern: step)
      isFirst = false
      body(TimelineEvent(time: time, type: Int64(bitPattern: type)))
    }
    return true
  }

  /// The events of a stored timeline, or `nil` when the bytes are not one.
  static func events(_ bytes: UnsafeRawBufferPointer) -> [TimelineEvent]? {
    var events: [TimelineEvent] = []
    return decode(bytes) { events.append($0) } ? events : nil
  }
}
