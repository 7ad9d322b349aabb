import QuorumAnalytics

/// The keys of the activity rows an import writes, grouped by contact, for
/// ``ActivityTimelineStore/fold(_:)``: collected on the parsing thread as batches leave
/// for the writer, so the writer's thread (the import's bottleneck) does no extra work.
///
/// It is a counting sort by contact key: an ``ActivityLog/Builder`` by position whose
/// positions are the contacts' surrogate keys and whose type codes are the stored type ids.
///
/// - Complexity: O(1) amortized a row; 16 bytes a row until ``grouped()``.
struct ActivityKeyCollector {
  private var builder: ActivityLog.Builder?

  /// Adds the rows of an `activities` batch; `contactKeyBound` is one more than the
  /// largest contact key any of its rows may hold (every contact is imported before the
  /// activities, so the first batch's bound holds for the rest).
  mutating func add(_ batch: WriteBatch, contactKeyBound: Int64) {
    precondition(batch.file == .activities, "activity rows")
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

  /// The collected keys by contact key, each contact's by time then type id, or `nil` when
  /// no activity row was added.
  mutating func grouped() -> ActivityLog.Segment? {
    builder?.segment(trimmingCapacity: false)
  }
}
