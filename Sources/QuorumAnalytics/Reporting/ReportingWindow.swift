/// The days a report covers: whole UTC days from `first` to `last`, both inclusive, either
/// end open. Leads and deals count when they were created on a day of the window; spend
/// counts for the days of its period inside the window.
///
/// ```swift
/// let window = try ReportingWindow(
///   from: Timestamp(year: 2025, month: 1, day: 1), to: Timestamp(year: 2025, month: 3, day: 31))
/// window.contains(Timestamp(year: 2025, month: 3, day: 31).adding(days: 0.5))  // true
/// ```
public struct ReportingWindow: Hashable, Sendable {
  /// The first day, or `nil` for no lower limit.
  public let first: Timestamp?
  /// The last day (inclusive), or `nil` for no upper limit.
  public let last: Timestamp?

  /// A window of everything.
  public static let all = ReportingWindow(first: nil, last: nil)

  private init(first: Timestamp?, last: Timestamp?) {
    self.first = first
    self.last = last
  }

  /// The days of `from` to `to`, both inclusive (only their UTC days count).
  ///
  /// - Throws: ``ReportingError/reversedWindow(from:to:)`` when `from` is a later day
  ///   than `to`.
  public init(from: Timestamp?, to: Timestamp?) throws(ReportingError) {
    if let from, let to, from.daysSince1970 > to.daysSince1970 {
      throw .reversedWindow(from: from, to: to)
    }
    self.init(first: from, last: to)
  }

  /// Whether `time` falls on a day of the window.
  public func contains(_ time: Timestamp) -> Bool {
    let day = time.daysSince1970
    return (first.map { day >= $0.daysSince1970 } ?? true)
      && (last.map { day <= $0.daysSince1970 } ?? true)
  }

  /// The part of a spend line inside the window, its amount pro rata by days (a line
  /// covers whole days from its start to its end, both inclusive, as ``CostPerQualifiedLead``
  /// allocates it), or `nil` when no day of the line is inside.
  ///
  /// ```swift
  /// // 3 000 from 2025-03-17 to 2025-04-15 (30 days), window from 2025-04-01: 15 days, 1 500
  /// ```
  public func clip(_ spend: Spend) -> Spend? {
    let start = spend.periodStart.daysSince1970
    let end = spend.periodEnd.daysSince1970
    guard start <= end else { return spend }
    let clippedStart = max(start, first?.daysSince1970 ?? start)
    let clippedEnd = min(end, last?.daysSince1970 ?? end)
    guard clippedStart <= clippedEnd else { return nil }
    if clippedStart == start, clippedEnd == end { return spend }
    var clipped = spend
    clipped.periodStart = Self.day(clippedStart)
    clipped.periodEnd = Self.day(clippedEnd)
    clipped.amount = spend.amount * Double(clippedEnd - clippedStart + 1) / Double(end - start + 1)
    return clipped
  }

  private static func day(_ days: Int) -> Timestamp {
    Timestamp(millisecondsSince1970: Int64(days) * Timestamp.millisecondsPerDay)
  }
}
