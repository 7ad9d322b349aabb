/// Which rows a point-in-time computation may see.
///
/// Scoring as of a date sees rows at or before it; a calibration training row for an
/// opportunity sees only rows strictly before the opportunity's `created_at`, so nothing
/// assessed at or after the deal opened can leak into its features.
public enum TimeCutoff: Hashable, Sendable {
  /// Rows timestamped at or before the date.
  case atOrBefore(Timestamp)
  /// Rows timestamped strictly before the date.
  case before(Timestamp)

  /// The date ages are measured from.
  public var date: Timestamp {
    switch self {
    case .atOrBefore(let date), .before(let date): date
    }
  }

  /// Whether a row timestamped `time` is visible.
  public func includes(_ time: Timestamp) -> Bool {
    time.millisecondsSince1970 <= lastVisibleMillisecond
  }

  /// The last visible millisecond: timestamps are whole milliseconds, so "before t" is
  /// "at or before t − 1 ms".
  var lastVisibleMillisecond: Int64 {
    switch self {
    case .atOrBefore(let date): date.millisecondsSince1970
    case .before(let date): date.millisecondsSince1970 - 1
    }
  }
}
