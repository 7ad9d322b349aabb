/// One stored activity as its contact's timeline holds it: the activity's key without its
/// contact (the timeline is the contact's).
struct TimelineEvent: Comparable, Hashable, Sendable {
  /// When it happened, in epoch milliseconds (`activities.occurred_at`).
  var time: Int64
  /// Its type's id in `activity_types` (`activities.type`).
  var type: Int64

  static func < (lhs: Self, rhs: Self) -> Bool { (lhs.time, lhs.type) < (rhs.time, rhs.type) }
}
