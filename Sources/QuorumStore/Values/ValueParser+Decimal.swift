extension ValueParser {
  /// Parses a plain decimal number into the nearest `Double`: optional sign, digits with an
  /// optional decimal point (`-12.50`, `1234.5`, `.5`, `7.`), and an optional exponent
  /// (`1e3`, `2.5E-2`) — allowed because spreadsheet exports write large amounts that way,
  /// and it is exact notation, not a guess. Rejected with a reason: currency symbols
  /// (`$1,234`), commas (thousands separators or decimal commas), percent signs, spaces
  /// inside, `NaN` and `inf`, and numbers that do not fit: `1e400` (overflow) and `1e-400`
  /// (would round to zero; subnormal magnitudes below 2.2e-308 are rejected too).
  ///
  /// The value is rounded to the nearest `Double` (relative error at most 2⁻⁵³), so any
  /// decimal of up to 15 significant digits reads back as written.
  ///
  /// - Complexity: O(n).
  public static func decimal(_ text: some StringProtocol) -> Result<Double, ValueError> {
    parseDecimal(Substring(text).utf8)
  }

  /// `decimal(_:)` of UTF-8 bytes, e.g. a field lent by `CSVRecord.withFieldBytes(at:_:)`.
  public static func decimal(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<Double, ValueError> {
    parseDecimal(bytes)
  }

  static func parseDecimal<Bytes: BidirectionalCollection<UInt8>>(_ text: Bytes)
    -> Result<Double, ValueError>
  {
    let expected = "a decimal number"
    let bytes = trimmed(text)
    guard !bytes.isEmpty else { return .failure(emptyError(text, expected: expected)) }
    guard let hasNonzeroDigit = scanDecimal(bytes) else {
      return .failure(
        ValueError(
          kind: .malformed, text: string(text), expected: expected,
          reason: numberReason(bytes, integer: false)))
    }
    guard let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else {
      return .failure(
        ValueError(
          kind: .outOfRange, text: string(text), expected: expected,
          reason: "too large for a 64-bit floating-point number"))
    }
    if hasNonzeroDigit, value.magnitude < Double.leastNormalMagnitude {
      return .failure(
        ValueError(
          kind: .outOfRange, text: string(text), expected: expected,
          reason: "too close to zero for a 64-bit floating-point number"))
    }
    return .success(value)
  }

  /// Checks the grammar `[+-]? (digits [. digits*] | . digits) ([eE] [+-]? digits)?`;
  /// returns whether the significand has a nonzero digit, or `nil` when the grammar fails.
  private static func scanDecimal<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool? {
    var index = bytes.startIndex
    if index != bytes.endIndex, isSign(bytes[index]) { bytes.formIndex(after: &index) }
    var digitCount = 0
    var nonzero = false
    var seenPoint = false
    while index != bytes.endIndex {
      let byte = bytes[index]
      if isDigit(byte) {
        digitCount += 1
        nonzero = nonzero || byte != UInt8(ascii: "0")
      } else if byte == UInt8(ascii: "."), !seenPoint {
        seenPoint = true
      } else {
        break
      }
      bytes.formIndex(after: &index)
    }
    guard digitCount > 0 else { return nil }
    guard index != bytes.endIndex else { return nonzero }
    guard bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") else {
      return nil
    }
    bytes.formIndex(after: &index)
    if index != bytes.endIndex, isSign(bytes[index]) { bytes.formIndex(after: &index) }
    let exponent = bytes[index...]
    guard !exponent.isEmpty, exponent.allSatisfy(isDigit) else { return nil }
    return nonzero
  }
}
