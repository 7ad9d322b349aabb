import Foundation
import QuorumAnalytics

/// The keys of the activity rows an import writes, grouped by contact, for
/// ``ActivityTimelineStore/fold(_:)``: collected on the parsing thread as batches leave
/// for the writer (whose thread is the import's bottleneck), then grouped and encoded on a
/// low-priority thread while the import goes on with the files after the activities.
///
/// The grouping is a counting sort by contact key: an ``ActivityLog/Builder`` by position
/// whose positions are the contacts' surrogate keys and whose type codes are the stored
/// type ids, given the rows in bulk.
///
/// - Complexity: O(1) amortized a row; 16 bytes a row.
struct ActivityKeyCollector {
  private var contactKeyBound = 0
  private var contacts: [Int32] = []
  private var times: [Int64] = []
  private var types: [Int32] = []
  private var encoding: OrderedHandoff<CollectedActivityKeys>?

  /// Adds the rows of an `activities` batch; `contactKeyBound` is one more than the
  /// largest contact key any of its rows may hold.
  ///
  /// - Precondition: ``finishAdding()`` was not called.
  mutating func add(_ batch: WriteBatch, contactKeyBound: Int64) {
    precondition(batch.file == .activities && encoding == nil, "activity rows, before the end")
    self.contactKeyBound = max(self.contactKeyBound, Int(contactKeyBound))
    let width = batch.width
    batch.values.withUnsafeBufferPointer { values in
      for row in batch.rows.indices {
        guard case .integer(let contact) = values[row * width],
          case .integer(let time) = values[row * width + 1],
          case .integer(let type) = values[row * width + 2],
          let contact = Int32(exactly: contact), let type = Int32(exactly: type)
        else { preconditionFailure("an activity row's key is integers in range") }
        contacts.append(contact)
        times.append(time)
        types.append(type)
      }
    }
  }

  /// Ends the rows: groups them and encodes each contact's timeline (as a new one) in the
  /// background. Call once the activities file is read.
  mutating func finishAdding() {
    guard !contacts.isEmpty, encoding == nil else { return }
    let handoff = OrderedHandoff<CollectedActivityKeys>(capacity: 1)
    encoding = handoff
    let (bound, contacts, times, types) = (contactKeyBound, contacts, times, types)
    (self.contacts, self.times, self.types) = ([], [], [])  // the work holds the only copies
    // One thread at the lowest priority: the import's own two threads keep the cores.
    let thread = Thread {
      IdlePriority.lowerCurrentThread()
      var rows = ActivityLog.Builder(
        contactCount: bound, positions: contacts, times: times, typeCodes: types)
      let segment = rows.segment(trimmingCapacity: false)
      let timelines = EncodedTimelines.encoding(segment, onAllCores: false)
      handoff.send(
        CollectedActivityKeys(
          segment: segment, blocks: timelines.flatMap(\.blocks), timelines: timelines))
      handoff.finish()
    }
    thread.name = "quorum-import-timelines"
    thread.start()
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
  /// The blocks of contact keys with keys in ``segment``, ascending.
  let blocks: [Int64]
  /// Their rows made of ``segment``'s keys alone.
  let timelines: [EncodedTimelines]
}
