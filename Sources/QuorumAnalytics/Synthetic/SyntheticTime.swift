/// Day arithmetic of the generator: it plans in whole days (days since 1970-01-01, UTC)
/// and places activities at a second within a day.
enum SyntheticTime {
  static let millisecondsPerDay = Timestamp.millisecondsPerDay

  /// Midnight UTC of a day.
  static func midnight(_ day: Int) -> Timestamp {
    Timestamp(millisecondsSince1970: Int64(day) * millisecondsPerDay)
  }

  /// Milliseconds of midnight UTC of a day.
  static func milliseconds(ofDay day: Int) -> Int64 {
    Int64(day) * millisecondsPerDay
  }

  /// Day of the week, 0 for Monday through 6 for Sunday (1970-01-01 was a Thursday).
  static func weekday(ofDay day: Int) -> Int {
    ((day % 7) + 7 + 3) % 7
  }
}
