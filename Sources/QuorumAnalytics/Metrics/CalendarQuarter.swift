/// A calendar quarter in UTC, e.g. `2025-Q1` (January to March 2025).
public struct CalendarQuarter: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The year.
  public let year: Int
  /// The quarter, 1...4.
  public let quarter: Int

  /// Creates a quarter.
  ///
  /// - Precondition: `quarter` is 1...4.
  public init(year: Int, quarter: Int) {
    precondition((1...4).contains(quarter), "a quarter is 1...4")
    self.year = year
    self.quarter = quarter
  }

  /// The quarter a civil date falls in.
  public init(_ date: CivilDate) {
    self.init(year: date.year, quarter: date.quarter)
  }

  /// The quarter an instant falls in, in UTC.
  public init(_ timestamp: Timestamp) {
    self.init(timestamp.civilDate)
  }

  /// The first day of the quarter.
  public var firstDay: CivilDate {
    CivilDate(daysSinceEpoch: CivilDate.daysSinceEpoch(year: year, month: quarter * 3 - 2, day: 1))
  }

  /// The quarter after this one.
  public var next: CalendarQuarter {
    quarter == 4
      ? CalendarQuarter(year: year + 1, quarter: 1)
      : CalendarQuarter(year: year, quarter: quarter + 1)
  }

  /// The quarter as text, `2025-Q1`.
  public var description: String { "\(year)-Q\(quarter)" }

  /// Orders quarters chronologically.
  public static func < (lhs: CalendarQuarter, rhs: CalendarQuarter) -> Bool {
    (lhs.year, lhs.quarter) < (rhs.year, rhs.quarter)
  }
}
