import QuorumAnalytics

/// How exported values are written: ISO 8601 times, plain decimals, `true`/`false`.
enum CSVValueText {
  /// `2025-03-01T14:05:00Z` (with `.sss` only when the milliseconds are not zero): the
  /// same text as `Timestamp.iso8601`, built without intermediate strings.
  static func dateTime(_ time: Timestamp) -> String {
    let ms = time.millisecondsSince1970
    let date = time.civilDate
    guard (0...9_999).contains(date.year) else { return time.iso8601 }
    let msOfDay = Int(ms - Int64(time.daysSince1970) * Timestamp.millisecondsPerDay)
    let seconds = msOfDay / 1_000
    let millis = msOfDay % 1_000
    let length = millis == 0 ? 20 : 24
    return String(unsafeUninitializedCapacity: length) { bytes in
      var at = 0
      func put(_ value: Int, _ width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        for _ in 0..<width {
          bytes[at] = UInt8(ascii: "0") + UInt8(value / divisor % 10)
          divisor /= 10
          at += 1
        }
      }
      func put(_ byte: UInt8) {
        bytes[at] = byte
        at += 1
      }
      put(date.year, 4)
      put(UInt8(ascii: "-"))
      put(date.month, 2)
      put(UInt8(ascii: "-"))
      put(date.day, 2)
      put(UInt8(ascii: "T"))
      put(seconds / 3_600, 2)
      put(UInt8(ascii: ":"))
      put(seconds / 60 % 60, 2)
      put(UInt8(ascii: ":"))
      put(seconds % 60, 2)
      if millis != 0 {
        put(UInt8(ascii: "."))
        put(millis, 3)
      }
      put(UInt8(ascii: "Z"))
      return at
    }
  }

  /// `2025-03-01` when the time is midnight UTC (a date-only field), else `dateTime`.
  static func dateOrDateTime(_ time: Timestamp) -> String {
    time.millisecondsSince1970 % Timestamp.millisecondsPerDay == 0 ? time.isoDate : dateTime(time)
  }

  /// A plain decimal without exponent: whole numbers without a fraction (`63000`), others
  /// with at most six decimals, trailing zeros dropped (`1234.5`); empty when not finite.
  static func decimal(_ value: Double) -> String {
    guard value.isFinite else { return "" }
    if value == value.rounded(), abs(value) < 9e18 { return String(Int64(value)) }
    let micro = (value * 1_000_000).rounded()
    guard abs(micro) < 9e18 else { return String(Int64(value.rounded())) }
    let scaled = Int64(micro)
    let whole = String(abs(scaled) / 1_000_000)
    var fraction = String(abs(scaled) % 1_000_000)
    fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
    while fraction.last == "0" { fraction.removeLast() }
    let sign = scaled < 0 ? "-" : ""
    return fraction.isEmpty ? sign + whole : sign + whole + "." + fraction
  }
}
