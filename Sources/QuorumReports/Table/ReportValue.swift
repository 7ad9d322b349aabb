import QuorumAnalytics

/// One typed cell of a ``ReportTable``.
///
/// The same value renders as plain CSV text (``CSVDocument``) and as formatted HTML
/// (``HTMLDocument``); the column's ``ReportColumn/Kind`` decides the number format. A
/// non-finite number (`nan`, `inf`) is rendered as missing.
///
/// ```swift
/// let row: [ReportValue] = ["Acme", 12, 0.25, .date(Timestamp(year: 2025, month: 3, day: 1))]
/// ```
public enum ReportValue: Hashable, Sendable {
  /// Free text, escaped in HTML and formula-neutralised in CSV.
  case text(String)
  /// A whole number.
  case integer(Int)
  /// A real number; its precision comes from the column kind.
  case number(Double)
  /// A calendar date (rendered as the UTC date `YYYY-MM-DD`).
  case date(Timestamp)
  /// No value (empty in CSV, a dash in HTML).
  case missing

  /// `.number(value)`, or `.missing` when `value` is `nil` or not finite.
  public static func number(_ value: Double?) -> ReportValue {
    guard let value, value.isFinite else { return .missing }
    return .number(value)
  }

  /// `.integer(value)`, or `.missing` when `value` is `nil`.
  public static func integer(_ value: Int?) -> ReportValue {
    value.map(ReportValue.integer) ?? .missing
  }

  /// `.text(value)`, or `.missing` when `value` is `nil`.
  public static func text(_ value: String?) -> ReportValue {
    value.map(ReportValue.text) ?? .missing
  }

  /// `.date(value)`, or `.missing` when `value` is `nil`.
  public static func date(_ value: Timestamp?) -> ReportValue {
    value.map(ReportValue.date) ?? .missing
  }
}

extension ReportValue: ExpressibleByStringLiteral {
  /// Creates a text value from a string literal.
  public init(stringLiteral value: String) {
    self = .text(value)
  }
}

extension ReportValue: ExpressibleByIntegerLiteral {
  /// Creates an integer value from an integer literal.
  public init(integerLiteral value: Int) {
    self = .integer(value)
  }
}

extension ReportValue: ExpressibleByFloatLiteral {
  /// Creates a number value from a floating-point literal.
  public init(floatLiteral value: Double) {
    self = .number(value)
  }
}
