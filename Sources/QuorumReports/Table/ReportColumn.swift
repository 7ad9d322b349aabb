/// A named, typed column of a ``ReportTable``.
///
/// ```swift
/// ReportColumn("Win rate", .percent(places: 1))
/// ```
public struct ReportColumn: Hashable, Sendable {
  /// How a column's numbers are formatted and aligned.
  ///
  /// | kind | CSV | HTML |
  /// |---|---|---|
  /// | `text` | as is | as is |
  /// | `integer` | `1234` | `1,234` |
  /// | `decimal(places: 2)` | `1234.50` | `1,234.50` |
  /// | `percent(places: 1)` | the fraction, `0.125` (places + 2) | `12.5%` |
  /// | `currency(places: 2)` | `1234.50` | `1,234.50` |
  /// | `date` | `2025-03-01` | `2025-03-01` |
  ///
  /// Number columns are right-aligned in HTML.
  public enum Kind: Hashable, Sendable {
    /// Free text, left-aligned.
    case text
    /// Whole numbers.
    case integer
    /// Real numbers with a fixed number of decimals (0...10).
    case decimal(places: Int)
    /// A fraction shown as a percentage with `places` decimals (0...10); CSV keeps the
    /// fraction so that analysts can compute with it.
    case percent(places: Int)
    /// A money amount with `places` decimals (0...10), without a currency sign.
    case currency(places: Int)
    /// Calendar dates, `YYYY-MM-DD`.
    case date

    /// Whether values of this kind are numbers (right-aligned, tabular figures).
    public var isNumeric: Bool {
      switch self {
      case .integer, .decimal, .percent, .currency: true
      case .text, .date: false
      }
    }
  }

  /// The header text.
  public var name: String
  /// How the column's values are formatted.
  public var kind: Kind

  /// Creates a column.
  ///
  /// - Precondition: any `places` is in 0...10.
  public init(_ name: String, _ kind: Kind = .text) {
    switch kind {
    case .decimal(let places), .percent(let places), .currency(let places):
      precondition((0...10).contains(places), "places must be 0...10")
    case .text, .integer, .date:
      break
    }
    self.name = name
    self.kind = kind
  }
}
