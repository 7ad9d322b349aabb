import QuorumStore
import Testing

/// Integers, decimals and booleans: exact or rejected with a reason, never coerced.
@Suite struct ValueParserNumberTests {
  @Test(arguments: [
    ("42", 42), ("-7", -7), ("+0012", 12), ("0", 0), (" 42\t", 42), ("\r\n-1 ", -1),
    ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
  ])
  func integersParseExactly(text: String, value: Int) {
    #expect(ValueParser.integer(text) == .success(value))
  }

  @Test(arguments: [
    ("1,234", ValueError.Kind.malformed, "thousands separators are not allowed"),
    ("1e3", .malformed, "exponent notation is not allowed for integers"),
    ("12.0", .malformed, "has a fractional part"),
    ("1 234", .malformed, "spaces or separators inside the number are not allowed"),
    ("$12", .malformed, "currency symbols are not allowed"),
    ("abc", .malformed, "not a whole number"), ("-", .malformed, "not a whole number"),
    ("NaN", .malformed, "not a finite number"),
    ("9223372036854775808", .outOfRange, "outside the 64-bit integer range"),
    ("-9223372036854775809", .outOfRange, "outside the 64-bit integer range"),
    ("", .empty, "no value"), ("  ", .empty, "no value"),
  ])
  func integersRejectWithAReason(text: String, kind: ValueError.Kind, reason: String) {
    let expected = ValueError(kind: kind, text: text, expected: "an integer", reason: reason)
    #expect(ValueParser.integer(text) == .failure(expected))
  }

  @Test(arguments: [
    ("-12.50", -12.5), ("1234.5", 1234.5), ("0.1", 0.1), (".5", 0.5), ("7.", 7), ("+3", 3),
    ("1e3", 1000), ("2.5E-2", 0.025), ("1.5e+6", 1_500_000), ("0", 0), ("-0.000", 0),
    (" 99.99 ", 99.99), ("1.7976931348623157e308", Double.greatestFiniteMagnitude),
  ])
  func decimalsParseToTheNearestDouble(text: String, value: Double) {
    #expect(ValueParser.decimal(text) == .success(value))
  }

  @Test(arguments: [
    ("$1,234", ValueError.Kind.malformed, "currency symbols are not allowed"),
    (
      "1,234.50", .malformed,
      "commas are not allowed (write 1234.5: no thousands separators, no decimal comma)"
    ),
    (
      "12,5", .malformed,
      "commas are not allowed (write 1234.5: no thousands separators, no decimal comma)"
    ),
    ("NaN", .malformed, "not a finite number"), ("inf", .malformed, "not a finite number"),
    ("-Infinity", .malformed, "not a finite number"),
    ("12%", .malformed, "percent signs are not allowed"),
    ("1 000.5", .malformed, "spaces or separators inside the number are not allowed"),
    ("1.2.3", .malformed, "not a plain decimal number"),
    ("e5", .malformed, "not a plain decimal number"),
    ("1e", .malformed, "not a plain decimal number"),
    ("0x1p3", .malformed, "not a plain decimal number"),
    ("1e400", .outOfRange, "too large for a 64-bit floating-point number"),
    ("-1e400", .outOfRange, "too large for a 64-bit floating-point number"),
    ("1e-400", .outOfRange, "too close to zero for a 64-bit floating-point number"),
    ("4e-320", .outOfRange, "too close to zero for a 64-bit floating-point number"),
    ("", .empty, "no value"),
  ])
  func decimalsRejectWithAReason(text: String, kind: ValueError.Kind, reason: String) {
    let expected = ValueError(
      kind: kind, text: text, expected: "a decimal number", reason: reason)
    #expect(ValueParser.decimal(text) == .failure(expected))
  }

  @Test func fifteenSignificantDigitsReadBackAsWritten() throws {
    let value = try ValueParser.decimal("123456789012.345").get()
    #expect(value.description == "123456789012.345")
  }

  @Test(arguments: [
    ("true", true), ("FALSE", false), ("Yes", true), ("no", false), ("1", true), ("0", false),
    (" True ", true),
  ])
  func booleansAcceptThreeSpellings(text: String, value: Bool) {
    #expect(ValueParser.boolean(text) == .success(value))
  }

  @Test(arguments: ["y", "t", "2", "on", "yes please"])
  func booleansRejectOtherSpellings(text: String) {
    let expected = ValueError(
      kind: .malformed, text: text, expected: "a boolean",
      reason: "expected true/false, yes/no or 1/0")
    #expect(ValueParser.boolean(text) == .failure(expected))
  }

  @Test func byteParsersAgreeWithStringParsers() {
    for text in ["42", "1,234", " -7 ", ""] {
      let viaBytes = Array(text.utf8).withUnsafeBufferPointer { ValueParser.integer(utf8: $0) }
      #expect(viaBytes == ValueParser.integer(text))
    }
    for text in ["-12.50", "$1", "1e400"] {
      let viaBytes = Array(text.utf8).withUnsafeBufferPointer { ValueParser.decimal(utf8: $0) }
      #expect(viaBytes == ValueParser.decimal(text))
    }
    let yes = Array("YES".utf8).withUnsafeBufferPointer { ValueParser.boolean(utf8: $0) }
    #expect(yes == .success(true))
  }

  @Test func errorsReadAsSentences() {
    let error = ValueError(
      kind: .malformed, text: "$1,234", expected: "a decimal number",
      reason: "currency symbols are not allowed")
    #expect(
      error.description == "\"$1,234\" is not a decimal number: currency symbols are not allowed")
  }
}
