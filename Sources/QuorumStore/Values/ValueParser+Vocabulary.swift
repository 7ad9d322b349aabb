extension ValueParser {
  /// Matches `text` to one of an enum's raw values, ignoring letter case and surrounding
  /// whitespace, and reading runs of spaces, hyphens and underscores inside as one `_`: for
  /// `CommitteeRole`, `Economic Buyer`, `economic-buyer` and ` ECONOMIC_BUYER ` are all
  /// `.economicBuyer`. Anything else fails with the allowed values in the message.
  ///
  /// ```swift
  /// ValueParser.vocabulary("Won", of: OpportunityStatus.self)  // .success(.won)
  /// ValueParser.vocabulary("closed", of: OpportunityStatus.self)
  /// // .failure: "closed" is not one of: open, won, lost: unknown value
  /// ```
  public static func vocabulary<Value: RawRepresentable & CaseIterable>(
    _ text: some StringProtocol, of type: Value.Type
  ) -> Result<Value, ValueError> where Value.RawValue == String {
    vocabulary(text, allowed: Value.allCases.map(\.rawValue)).flatMap { rawValue in
      guard let value = Value(rawValue: rawValue) else {
        preconditionFailure("\(rawValue) is an allowed raw value of \(Value.self)")
      }
      return .success(value)
    }
  }

  /// Matches `text` to one of `allowed` (canonical values, in the order to list them in
  /// messages), as `vocabulary(_:of:)` does; returns the canonical value.
  ///
  /// - Complexity: O(n + total length of `allowed`).
  public static func vocabulary(_ text: some StringProtocol, allowed: [String]) -> Result<
    String, ValueError
  > {
    let original = String(text)
    let expected = "one of: " + allowed.joined(separator: ", ")
    let key = vocabularyKey(original)
    guard !key.isEmpty else {
      return .failure(
        ValueError(kind: .empty, text: original, expected: expected, reason: "no value"))
    }
    guard let match = allowed.first(where: { vocabularyKey($0) == key }) else {
      return .failure(
        ValueError(
          kind: .unknownValue, text: original, expected: expected, reason: "unknown value"))
    }
    return .success(match)
  }

  /// The text trimmed, in ASCII lower case, with runs of spaces, hyphens and underscores
  /// as one `_`.
  static func vocabularyKey(_ text: String) -> String {
    var key: [UInt8] = []
    var pendingSeparator = false
    for byte in trimmed(text.utf8) {
      if byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
        pendingSeparator = true
        continue
      }
      if pendingSeparator, !key.isEmpty { key.append(UInt8(ascii: "_")) }
      pendingSeparator = false
      key.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
    }
    return String(decoding: key, as: UTF8.self)
  }
}
