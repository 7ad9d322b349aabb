/// A headline number shown as a card, e.g. "Win rate 23.4%".
public struct ReportFigure: Hashable, Sendable {
  /// What the number is.
  public var label: String
  /// The number (or text, or date).
  public var value: ReportValue
  /// How the value is formatted, as for a table column.
  public var kind: ReportColumn.Kind
  /// An optional line of context under the number, e.g. "95% CI 19.8–27.3%".
  public var detail: String?

  /// Creates a headline figure.
  public init(
    _ label: String, _ value: ReportValue, _ kind: ReportColumn.Kind = .text,
    detail: String? = nil
  ) {
    self.label = label
    self.value = value
    self.kind = kind
    self.detail = detail
  }
}
