/// A highlighted note or warning on a report page, e.g. "score bands are not monotone".
public struct ReportCallout: Hashable, Sendable {
  /// How strongly a callout draws attention.
  public enum Kind: Hashable, Sendable {
    /// Neutral context (blue).
    case note
    /// Something the reader should act on or distrust (amber).
    case warning
  }

  /// Note or warning.
  public var kind: Kind
  /// An optional bold lead-in.
  public var title: String?
  /// The callout's text.
  public var text: String

  /// Creates a callout.
  public init(_ kind: Kind, title: String? = nil, _ text: String) {
    self.kind = kind
    self.title = title
    self.text = text
  }
}
