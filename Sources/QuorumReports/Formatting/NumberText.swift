import Foundation

/// Locale-free, deterministic number text shared by CSV cells, HTML cells and SVG charts.
enum NumberText {
  /// `value` with exactly `places` decimals, rounded half away from zero, `.` as decimal
  /// separator and no grouping; never `-0`.
  ///
  /// - Precondition: `value` is finite and `places` is 0...12.
  static func fixed(_ value: Double, places: Int) -> String {
    precondition(value.isFinite, "only finite numbers have text")
    precondition((0...12).contains(places), "places must be 0...12")
    let scale = power10(places)
    let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
    guard scaled < 9.0e15 else { return largeFixed(value, places: places) }
    let units = Int64(scaled)
    guard units != 0 else { return places == 0 ? "0" : "0." + zeros(places) }
    let sign = value < 0 ? "-" : ""
    let digits = String(units)
    guard places > 0 else { return sign + digits }
    let padded = digits.count <= places ? zeros(places + 1 - digits.count) + digits : digits
    let split = padded.index(padded.endIndex, offsetBy: -places)
    return sign + padded[..<split] + "." + padded[split...]
  }

  /// `value` with at most `maxPlaces` decimals and trailing zeros removed: `12.5`, `3`,
  /// `0.25`. Used for SVG coordinates and free-form numbers.
  static func trimmed(_ value: Double, maxPlaces: Int) -> String {
    let text = fixed(value, places: maxPlaces)
    guard text.contains(".") else { return text }
    var trimmed = Substring(text)
    while trimmed.last == "0" { trimmed.removeLast() }
    if trimmed.last == "." { trimmed.removeLast() }
    return trimmed == "-0" ? "0" : String(trimmed)
  }

  /// Inserts `,` between groups of three digits in the integer part of a fixed-point text:
  /// `"-1234567.50"` → `"-1,234,567.50"`.
  static func grouped(_ fixedText: String) -> String {
    let negative = fixedText.hasPrefix("-")
    let unsigned = negative ? fixedText.dropFirst() : Substring(fixedText)
    let integerEnd = unsigned.firstIndex(of: ".") ?? unsigned.endIndex
    let integerPart = Array(unsigned[..<integerEnd])
    var grouped = ""
    for (offset, digit) in integerPart.enumerated() {
      if offset > 0, (integerPart.count - offset) % 3 == 0 { grouped += "," }
      grouped.append(digit)
    }
    return (negative ? "-" : "") + grouped + unsigned[integerEnd...]
  }

  private static func power10(_ exponent: Int) -> Double {
    (0..<exponent).reduce(1.0) { product, _ in product * 10 }
  }

  private static func zeros(_ count: Int) -> String {
    String(repeating: "0", count: count)
  }

  private static func largeFixed(_ value: Double, places: Int) -> String {
    String(format: "%.\(places)f", locale: nil, value)
  }
}
