import QuorumAnalytics

/// The two ISO 8601 shapes exports write almost always — `2025-03-01` and
/// `2025-03-01T14:05:00Z` — parsed straight from a field's bytes.
///
/// It agrees with `Timestamp.parseISO8601` on every text it accepts, and accepts only
/// valid values of those two exact shapes: anything else (another shape, an impossible
/// date or time, surrounding spaces) returns `nil`, and the caller falls back to
/// `ValueParser.timestamp`, which parses every shape and words the reason for a reject.
enum ISO8601FastPath {
  /// Epoch milliseconds of `bytes`, or `nil` when they are not a valid value of the two
  /// shapes.
  ///
  /// - Complexity: O(1), no allocation.
  static func milliseconds(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    guard bytes.count == 10 || bytes.count == 20 else { return nil }
    guard let year = number(bytes, 0, 4), bytes[4] == dash, let month = number(bytes, 5, 2),
      bytes[7] == dash, let day = number(bytes, 8, 2),
      let date = CivilDate(year: year, month: month, day: day)
    else { return nil }
    let midnight = Int64(date.daysSinceEpoch) * Timestamp.millisecondsPerDay
    guard bytes.count == 20 else { return midnight }
    guard bytes[10] == UInt8(ascii: "T"), let hour = number(bytes, 11, 2), hour < 24,
      bytes[13] == colon, let minute = number(bytes, 14, 2), minute < 60,
      bytes[16] == colon, let second = number(bytes, 17, 2), second < 60,
      bytes[19] == UInt8(ascii: "Z")
    else { return nil }
    return midnight + Int64((hour * 60 + minute) * 60 + second) * 1000
  }

  private static let dash = UInt8(ascii: "-")
  private static let colon = UInt8(ascii: ":")

  /// The value of the `count` ASCII digits at `start`, or `nil` if one is not a digit.
  @inline(__always)
  private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int)
    -> Int?
  {
    var value = 0
    for index in start..<(start + count) {
      let digit = bytes[index] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value * 10 + Int(digit)
    }
    return value
  }
}
