/// The bytes of one row of `activity_timelines`: the activities' keys of up to sixteen
/// contacts whose surrogate keys share a block (`key >> 4`), each contact's in the order of
/// the `activities` table (time, then type id), each key once.
///
/// | bytes | meaning |
/// |---|---|
/// | 1 | the format, 1 |
/// | per contact, by key | the contact's key less the block's first key (0–15), then its number of events, as varints |
/// | per event | the time as a varint: the zigzag of the contact's first event's epoch milliseconds, then each event's milliseconds after the one before (never negative) |
/// | | the type id as a varint |
///
/// Ten million activities take 57 MB this way (75 MB of pages), against the 476 MB of the
/// `activities` table (whose rows also carry the campaign, detail, attributes and
/// provenance), so reading every contact's activities costs a sixth of a scan's bytes;
/// sixteen contacts a row make a sixteenth of the rows to write and read.
///
/// ```swift
/// var bytes: [UInt8] = []
/// ActivityTimelineCodec.encode([(33, [TimelineEvent(time: 1_000, type: 2)])], into: &bytes)
/// bytes  // [1, 1, 1, 0xD0, 0x0F, 2]: format 1, contact 32 + 1, one event, zigzag(1000), type 2
/// ```
enum ActivityTimelineCodec: Sendable {
  /// The format byte this version writes and reads.
  static let format: UInt8 = 1

  /// The block of contact key `contact`: the row its timeline is stored in.
  static func block(of contact: Int64) -> Int64 { contact >> 4 }

  /// The contact keys of `block`.
  static func contacts(of block: Int64) -> ClosedRange<Int64> { (block << 4)...(block << 4 | 15) }

  /// Appends the row of `contacts` (keys of one block, ascending, each with its events in
  /// order); an event equal to the one before is written once, a contact without events
  /// not at all.
  ///
  /// - Precondition: the keys are ascending and in one block; each contact's events are
  ///   sorted (time, then type).
  static func encode<Events: Collection<TimelineEvent>>(
    _ contacts: some Sequence<(key: Int64, events: Events)>, into bytes: inout [UInt8]
  ) {
    bytes.append(format)
    var previous: Int64?
    for (key, events) in contacts {
      let count = distinctCount(events)
      guard count > 0 else { continue }
      precondition(
        previous.map { $0 < key && block(of: $0) == block(of: key) } ?? true,
        "contacts of one block, ascending")
      previous = key
      Varint.append(UInt64(key - (block(of: key) << 4)), to: &bytes)
      Varint.append(UInt64(count), to: &bytes)
      appendEvents(events, to: &bytes)
    }
  }

  /// The number of events of `events` that differ from the one before.
  private static func distinctCount(_ events: some Collection<TimelineEvent>) -> Int {
    var count = 0
    var previous: TimelineEvent?
    for event in events where event != previous {
      count += 1
      previous = event
    }
    return count
  }

  private static func appendEvents(
    _ events: some Collection<TimelineEvent>, to bytes: inout [UInt8]
  ) {
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

  /// Calls `body` with each event of the stored row of `block`, in order, with its
  /// contact's key; returns false (having called it for the events before) when the bytes
  /// are not a row of this format.
  ///
  /// - Complexity: O(bytes), reading them in place.
  static func decode(
    _ bytes: UnsafeRawBufferPointer, block: Int64,
    _ body: (_ contact: Int64, _ event: TimelineEvent) -> Void
  ) -> Bool {
    guard bytes.first == format else { return false }
    var reader = VarintReader(bytes: UnsafeRawBufferPointer(rebasing: bytes.dropFirst()))
    while !reader.isAtEnd {
      guard let offset = reader.next(), offset < 16, let count = reader.next(),
        count <= UInt64(bytes.count)
      else { return false }
      let contact = block << 4 | Int64(offset)
      var time: Int64 = 0
      for index in 0..<Int(count) {
        guard let step = reader.next(), let type = reader.next() else { return false }
        // Wrapping: a step is the exact unsigned difference of two Int64 times.
        time = index == 0 ? Varint.unzigzag(step) : time &+ Int64(bitPattern: step)
        body(contact, TimelineEvent(time: time, type: Int64(bitPattern: type)))
      }
    }
    return true
  }

  /// The events of a stored row by contact key, or `nil` when the bytes are not a row.
  static func events(_ bytes: UnsafeRawBufferPointer, block: Int64) -> [Int64: [TimelineEvent]]? {
    var events: [Int64: [TimelineEvent]] = [:]
    let isRow = decode(bytes, block: block) { events[$0, default: []].append($1) }
    return isRow ? events : nil
  }
}
