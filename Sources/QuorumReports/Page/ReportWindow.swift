import QuorumAnalytics

/// The span of data a report covers, stated in every page header.
///
/// Either end may be open: `ReportWindow(start: nil, end: nil)` means all data up to the
/// as-of date.
///
/// ```swift
/// ReportWindow(start: Timestamp(year: 2024, month: 1, day: 1),
///              end: Timestamp(year: 2025, month: 3, day: 31)).description
/// // "2024-01-01 to 2025-03-31"
/// ```
public struct ReportWindow: Hashable, Sendable, CustomStringConvertible {
  /// The first day covered, or `nil` for "from the earliest record".
  public var start: Timestamp?
  /// The last day covered, or `nil` for "up to the as-of date".
  public var end: Timestamp?

  /// Creates a window; both ends default to open.
  public init(start: Timestamp? = nil, end: Timestamp? = nil) {
    self.start = start
    self.end = end
  }

  /// The window as text: `2024-01-01 to 2025-03-31`, `from 2024-01-01`,
  /// `up to 2025-03-31` or `all data`.
  public var description: String {
    switch (start, end) {
    case (let start?, let end?): "\(start.isoDate) to \(end.isoDate)"
    case (let start?, nil): "from \(start.isoDate)"
    case (nil, let end?): "up to \(end.isoDate)"
    case (nil, nil): "all data"
    }
  }
}
