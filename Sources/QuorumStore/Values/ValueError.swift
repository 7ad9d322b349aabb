/// Why a text is not a valid value of its column: what was found, what was expected, and a
/// human reason, for reject reports.
///
/// ```swift
/// ValueParser.decimal("$1,234")
/// // .failure: "$1,234" is not a decimal number: currency symbols are not allowed
/// ```
public struct ValueError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The broad kind of failure, for grouping rejects.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// The text is empty (or only whitespace).
    case empty
    /// The text does not have the shape of the expected value.
    case malformed
    /// The shape is right but the number is too large or too small to store.
    case outOfRange
    /// The shape is right but the calendar date does not exist (e.g. `2024-02-30`).
    case invalidDate
    /// The shape is right but the time of day does not exist (e.g. `24:61`).
    case invalidTime
    /// The text is not one of the allowed values of a vocabulary.
    case unknownValue
  }

  /// The kind of failure.
  public var kind: Kind
  /// The text as given (before trimming).
  public var text: String
  /// What was expected, as a noun phrase: `an integer`, `one of: open, won, lost`.
  public var expected: String
  /// Why the text is not that, e.g. `thousands separators are not allowed`.
  public var reason: String

  /// Creates an error.
  public init(kind: Kind, text: String, expected: String, reason: String) {
    self.kind = kind
    self.text = text
    self.expected = expected
    self.reason = reason
  }

  /// The error as a sentence: `"1,234" is not an integer: thousands separators are not
  /// allowed`.
  public var description: String {
    "\"\(text)\" is not \(expected): \(reason)"
  }
}
