/// Labels the metrics give to groups without a value, so renderers can style them.
public enum MetricsLabel: Sendable {
  /// A group whose value (industry, source, channel, stage, …) is missing or blank.
  public static let unknown = "(unknown)"
  /// A lead or spend line without a campaign.
  public static let none = "(none)"
  /// The single row that covers everything.
  public static let all = "all"

  /// `value`, or ``unknown`` when it is `nil` or blank.
  static func orUnknown(_ value: String?) -> String {
    guard let value, !value.allSatisfy(\.isWhitespace) else { return unknown }
    return value
  }
}
