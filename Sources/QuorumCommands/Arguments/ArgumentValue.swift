/// A type whose values are read from one command-line token (`--top 50`, `--as-of 2025-03-31`).
///
/// `String`, `Int`, `Double`, `Timestamp`, optionals of those, and any `String`-backed
/// `CaseIterable` enum conform; an enum only has to declare the conformance:
///
/// ```swift
/// enum OutputFormat: String, CaseIterable, ArgumentValue {
///   case table, csv, json
/// }
/// ```
protocol ArgumentValue: Sendable {
  /// Parses one token, throwing the reason it is invalid (`"not an integer"`).
  init(argument: String) throws(ArgumentValueError)

  /// Every accepted token, for help and errors; empty when the set is open.
  static var allValueStrings: [String] { get }

  /// The value as shown after `default:` in help; empty shows no default.
  var argumentDescription: String { get }
}

extension ArgumentValue {
  /// An open set of values.
  static var allValueStrings: [String] { [] }
}

/// Why a token is not a valid value, e.g. `"not an integer"`.
struct ArgumentValueError: Error, Hashable, Sendable {
  /// The reason, lower-case, without final period.
  var reason: String

  /// Creates an error with its reason.
  init(_ reason: String) {
    self.reason = reason
  }
}

extension String: ArgumentValue {
  /// Any text is a string.
  init(argument: String) {
    self = argument
  }

  /// The text itself.
  var argumentDescription: String { self }
}

extension Int: ArgumentValue {
  /// Decimal digits with an optional sign: `50`, `-3`.
  init(argument: String) throws(ArgumentValueError) {
    guard let value = Int(argument) else { throw ArgumentValueError("not an integer") }
    self = value
  }

  /// The decimal digits.
  var argumentDescription: String { String(self) }
}

extension Double: ArgumentValue {
  /// A finite decimal number: `0.5`, `1e-3`; `nan` and `inf` are rejected.
  init(argument: String) throws(ArgumentValueError) {
    guard let value = Double(argument) else { throw ArgumentValueError("not a number") }
    guard value.isFinite else { throw ArgumentValueError("not a finite number") }
    self = value
  }

  /// The shortest text that reads back as the same number.
  var argumentDescription: String { String(self) }
}

extension Optional: ArgumentValue where Wrapped: ArgumentValue {
  /// The wrapped type's value.
  init(argument: String) throws(ArgumentValueError) {
    self = .some(try Wrapped(argument: argument))
  }

  /// The wrapped type's values.
  static var allValueStrings: [String] { Wrapped.allValueStrings }

  /// The wrapped value's description, or empty (no default shown) for `nil`.
  var argumentDescription: String { self?.argumentDescription ?? "" }
}

extension ArgumentValue where Self: CaseIterable & RawRepresentable, RawValue == String {
  /// The case whose raw value is the token, exactly.
  init(argument: String) throws(ArgumentValueError) {
    guard let value = Self(rawValue: argument) else {
      throw ArgumentValueError("expected one of \(quotedList(Self.allValueStrings))")
    }
    self = value
  }

  /// The raw values of all cases, in declaration order.
  static var allValueStrings: [String] { allCases.map(\.rawValue) }

  /// The raw value.
  var argumentDescription: String { rawValue }
}
