extension ActivityLog {
  /// The earliest and latest activity times in the log — its contacts' and the orphans' —
  /// or `nil` for an empty log.
  ///
  /// - Complexity: O(activities).
  public var timeRange: ClosedRange<Timestamp>? {
    var first = Int64.max
    var last = Int64.min
    for times in [times, orphanTimes] {
      for time in times {
        first = min(first, time)
        last = max(last, time)
      }
    }
    guard first <= last else { return nil }
    return Timestamp(millisecondsSince1970: first)...Timestamp(millisecondsSince1970: last)
  }
}
