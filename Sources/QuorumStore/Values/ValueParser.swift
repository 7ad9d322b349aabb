/// Parses CSV field text into typed values exactly, or says why it cannot: a value is never
/// silently coerced.
///
/// Every parser first trims surrounding ASCII whitespace (space, tab, CR, LF) — and only
/// that: whitespace inside a value, and other Unicode spaces (e.g. U+00A0) anywhere, make it
/// invalid. Empty text (after trimming) fails with `ValueError.Kind.empty`, so an importer
/// decides itself whether an empty optional column means "no value".
///
/// ```swift
/// ValueParser.integer(" 42 ")      // .success(42)
/// ValueParser.integer("1,234")     // .failure: thousands separators are not allowed
/// ValueParser.decimal("-12.50")    // .success(-12.5)
/// ValueParser.boolean("Yes")       // .success(true)
/// ```
public enum ValueParser {
  /// Parses a whole number: optional sign and ASCII digits (`42`, `-7`, `+0012`). No
  /// thousands separators (`1,234`), fractions (`12.0`), exponents (`1e3`) or spaces
  /// inside; must fit in 64 bits.
  ///
  /// - Complexity: O(n), no allocation unless it fails.
  public static func integer(_ text: some StringProtocol) -> Result<Int, ValueError> {
    parseInteger(Substring(text).utf8)
  }

  /// `integer(_:)` of UTF-8 bytes, e.g. a field lent by `CSVRecord.withFieldBytes(at:_:)`.
  public static func integer(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<Int, ValueError> {
    parseInteger(bytes)
  }

  /// Parses a boolean: `true`/`false`, `yes`/`no` or `1`/`0`, in any letter case.
  public static func boolean(_ text: some StringProtocol) -> Result<Bool, ValueError> {
    parseBoolean(Substring(text).utf8)
  }

  /// `boolean(_:)` of UTF-8 bytes.
  public static func boolean(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<Bool, ValueError> {
    parseBoolean(bytes)
  }

  // MARK: Implementation

  static func parseInteger<Bytes: BidirectionalCollection<UInt8>>(_ text: Bytes)
    -> Result<Int, ValueError>
  {
    let bytes = trimmed(text)
    let expected = "an integer"
    guard !bytes.isEmpty else { return .failure(emptyError(text, expected: expected)) }
    let digits = bytes.first.map(isSign) == true ? bytes.dropFirst() : bytes[...]
    guard !digits.isEmpty, digits.allSatisfy(isDigit) else {
      return .failure(
        ValueError(
          kind: .malformed, text: string(text), expected: expected,
          reason: numberReason(bytes, integer: true)))
    }
    let negative = bytes.first == UInt8(ascii: "-")
    var value = 0
    for byte in digits {
      let digit = Int(byte &- UInt8(ascii: "0"))
      let (shifted, overflowShift) = value.multipliedReportingOverflow(by: 10)
      let (next, overflowAdd) =
        negative
        ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
      guard !overflowShift, !overflowAdd else {
        return .failure(
          ValueError(
            kind: .outOfRange, text: string(text), expected: expected,
            reason: "outside the 64-bit integer range"))
      }
      value = next
    }
    return .success(value)
  }

  static func parseBoolean<Bytes: BidirectionalCollection<UInt8>>(_ text: Bytes)
    -> Result<Bool, ValueError>
  {
    let expected = "a boolean"
    let bytes = trimmed(text)
    guard !bytes.isEmpty else { return .failure(emptyError(text, expected: expected)) }
    switch String(decoding: bytes, as: UTF8.self).lowercased() {
    case "true", "yes", "1": return .success(true)
    case "false", "no", "0": return .success(false)
    default:
      return .failure(
        ValueError(
          kind: .malformed, text: string(text), expected: expected,
          reason: "expected true/false, yes/no or 1/0"))
    }
  }

  /// `bytes` without surrounding ASCII whitespace.
  static func trimmed<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes)
    -> Bytes.SubSequence
  {
    guard let first = bytes.firstIndex(where: { !isSpace($0) }),
      let last = bytes.lastIndex(where: { !isSpace($0) })
    else { return bytes[bytes.endIndex...] }
    return bytes[first...last]
  }

  /// Why `bytes` (trimmed, not a number) is not a plain number, as specifically as
  /// possible.
  static func numberReason<Bytes: Collection<UInt8>>(_ bytes: Bytes, integer: Bool) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    if text.contains(where: { "$€£¥".contains($0) }) { return "currency symbols are not allowed" }
    if text.contains("%") { return "percent signs are not allowed" }
    if text.contains(",") {
      return integer
        ? "thousands separators are not allowed"
        : "commas are not allowed (write 1234.5: no thousands separators, no decimal comma)"
    }
    if text.contains(where: { $0 == " " || $0 == "\t" || $0 == "'" || $0 == "_" }),
      text.contains(where: \.isNumber)
    {
      return "spaces or separators inside the number are not allowed"
    }
    let unsigned = text.drop { $0 == "+" || $0 == "-" }.lowercased()
    if ["nan", "inf", "infinity"].contains(unsigned) { return "not a finite number" }
    if integer, text.contains(where: { $0 == "e" || $0 == "E" }), text.first?.isNumber == true {
      return "exponent notation is not allowed for integers"
    }
    if integer, text.contains(".") { return "has a fractional part" }
    return integer ? "not a whole number" : "not a plain decimal number"
  }

  static func emptyError<Bytes: Collection<UInt8>>(_ text: Bytes, expected: String)
    -> ValueError
  {
    ValueError(kind: .empty, text: string(text), expected: expected, reason: "no value")
  }

  static func string<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

  static func isSign(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
  }
}
