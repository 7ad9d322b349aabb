import Dispatch
import QuorumAnalytics

/// The keys of the activity rows an import writes, grouped by contact, for
/// ``ActivityTimelineStore/fold(_:)``: collected on the parsing thread as batches leave
/// for the writer (whose thread is the import's bottleneck), then grouped and encoded in
/// the background while the import goes on with the files after the activities.
///
/// The grouping is a counting sort by contact key: an ``ActivityLog/Builder`` by position
/// whose positions are the contacts' surrogate keys and whose type codes are the stored
/// type ids.
///
/// - Complexity: O(1) amortized a row; 16 bytes a row.
struct ActivityKeyCollector {
  private var builder: ActivityLog.Builder?
  private var encoding: OrderedHandoff<CollectedActivityKeys>?

  /// Adds the rows of an `activities` batch; `contactKeyBound` is one more than the
  /// largest contact key any of its rows may hold (every contact is imported before the
  /// activities, so the first batch's bound holds for the rest).
  ///
  /// - Precondition: ``finishAdding()`` was not called.
  mutating func add(_ batch: WriteBatch, contactKeyBound: Int64) {
    precondition(batch.file == .activities && encoding == nil, "activity rows, before the end")
    if builder == nil { builder = ActivityLog.Builder(contactCount: Int(contactKeyBound)) }
    let width = batch.width
    let order = batch.order.isEmpty ? Array(batch.rows.indices) : batch.order
    for row in order {
      guard case .integer(let contact) = batch.values[row * width],
        case .integer(let time) = batch.values[row * width + 1],
        case .integer(let type) = batch.values[row * width + 2],
        let code = Int32(exactly: type)
      else { preconditionFailure("an activity row's key is integers") }
      builder?.append(contactAt: Int(contact), occurredAt: time, typeCode: code)
    }
  }

  /// Ends the rows: groups them and encodes each contact's timeline (as a new one) in the
  /// background. Call once the activities file is read.
  mutating func finishAdding() {
    guard let rows = builder, encoding == nil else { return }
    builder = nil  // the background work holds the only copy: grouped in place
    let handoff = OrderedHandoff<CollectedActivityKeys>(capacity: 1)
    encoding = handoff
    DispatchQueue.global(qos: .userInitiated).async {
      var rows = rows
      let segment = rows.segment(trimmingCapacity: false)
      let contacts = segment.occupiedPositions
      handoff.send(
        CollectedActivityKeys(
          segment: segment, contacts: contacts,
          timelines: EncodedTimelines.encoding(segment, contacts: contacts)))
      handoff.finish()
    }
  }

  /// The collected keys, grouped and encoded (waiting for the background work), or `nil`
  /// when no activity row was added.
  mutating func collected() -> CollectedActivityKeys? {
    finishAdding()
    return encoding?.next()
  }
}

/// The activity keys an import wrote, by contact key, and the timelines they make on their
/// own (the stored timelines of the same contacts are merged in when written).
struct CollectedActivityKeys: Sendable {
  /// The keys: positions are contact keys, type codes the type ids.
  let segment: ActivityLog.Segment
  /// The contact keys with keys in ``segment``, ascending.
  let contacts: [Int]
  /// Their timelines made of ``segment``'s keys alone.
  let timelines: [EncodedTimelines]
}
