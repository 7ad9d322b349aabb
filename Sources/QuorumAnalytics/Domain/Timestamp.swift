/// An instant in time, stored as whole milliseconds since 1970-01-01T00:00:00Z.
///
/// Quorum keeps every time as UTC milliseconds: comparisons and differences are integer
/// arithmetic, and the value round-trips exactly through SQLite and ISO 8601 text.
///
/// ```swift
/// let t = Timestamp(year: 2025, month: 3, day: 1)
/// t.iso8601  // "2025-03-01T00:00:00Z"
/// ```
public struct Timestamp: Hashable, Comparable, Sendable {
  /// Milliseconds since the Unix epoch, UTC.
  public var millisecondsSince1970: Int64

  /// Creates a timestamp from milliseconds since the Unix epoch.
  public init(millisecondsSince1970: Int64) {
    self.millisecondsSince1970 = millisecondsSince1970
  }

  /// Creates the timestamp of midnight UTC on a civil (proleptic Gregorian) date.
  ///
  /// - Precondition: `month` is 1...12 and `day` is 1...31.
  public init(year: Int, month: Int, day: Int) {
    precondition((1...12).contains(month) && (1...31).contains(day), "invalid civil date")
    let days = CivilDate.daysSinceEpoch(year: year, month: month, day: day)
    self.init(millisecondsSince1970: Int64(days) * Timestamp.millisecondsPerDay)
  }

  /// Milliseconds in one day.
  public static let millisecondsPerDay: Int64 = 86_400_000

  /// Whole days since the Unix epoch (floor), UTC.
  public var daysSince1970: Int {
    Int(millisecondsSince1970.floorDivided(by: Timestamp.millisecondsPerDay))
  }

  /// The civil date (year, month, day) of this instant in UTC.
  public var civilDate: CivilDate { CivilDate(daysSinceEpoch: daysSince1970) }

  /// The instant `days` days later (earlier when negative).
  public func adding(days: Double) -> Timestamp {
    Timestamp(
      millisecondsSince1970: millisecondsSince1970
        + Int64((days * Double(Timestamp.millisecondsPerDay)).rounded()))
  }

  /// Days from `other` to `self`, fractional (positive when `self` is later).
  public func days(since other: Timestamp) -> Double {
    Double(millisecondsSince1970 - other.millisecondsSince1970)
      / Double(Timestamp.millisecondsPerDay)
  }

  /// Orders values ascending.
  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    lhs.millisecondsSince1970 < rhs.millisecondsSince1970
  }
}

extension Int64 {
  /// Division rounding towards negative infinity.
  func floorDivided(by divisor: Int64) -> Int64 {
    let (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
    return remainder < 0 ? quotient - 1 : quotient
  }
}
