import Foundation

/// Numbers written into report sentences and captions — locale-free, so the same data always
/// gives the same bytes. Table cells and figures are formatted by QuorumReports instead.
enum ProseNumber {
  /// `40`, `23.5`: whole numbers without a fraction, others in Swift's shortest form.
  static func plain(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }

  /// A fraction as a percentage: `0.2345` → `23.5%`.
  static func percent(_ fraction: Double, places: Int = 1) -> String {
    String(format: "%.\(places)f%%", fraction * 100)
  }

  /// A number with fixed decimals: `fixed(12.345, 1)` → `12.3`.
  static func fixed(_ value: Double, _ places: Int) -> String {
    String(format: "%.\(places)f", value)
  }

  /// An amount rounded to whole units with thousands separators: `1234567.8` → `1,234,568`.
  static func amount(_ value: Double) -> String {
    let digits = String(format: "%.0f", abs(value))
    var grouped = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(",") }
      grouped.append(digit)
    }
    return (value < 0 && digits != "0" ? "-" : "") + grouped
  }

  /// Days with one decimal: `12.25` → `12.3 days`.
  static func days(_ value: Double) -> String {
    fixed(value, 1) + (value == 1 ? " day" : " days")
  }

  /// `1 deal`, `3 deals`.
  static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
    "\(value) " + (value == 1 ? noun : plural ?? noun + "s")
  }
}
