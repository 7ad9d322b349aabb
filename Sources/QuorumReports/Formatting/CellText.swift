/// The text of one ``ReportValue`` in a column of a given kind, for CSV and for display.
///
/// Both renderings share the same rules for which number of decimals a kind gets; they
/// differ only in presentation (CSV: plain, fractions for percentages; display: grouped
/// thousands, `%` sign, a dash for missing values).
enum CellText {
  /// Decimals used for a number in a text or date column.
  static let freeFormPlaces = 6

  /// The plain CSV text of a value, before formula neutralisation and quoting; empty when
  /// the value is missing or not finite.
  static func csv(_ value: ReportValue, kind: ReportColumn.Kind) -> String {
    switch value {
    case .text(let text): return text
    case .date(let timestamp): return timestamp.isoDate
    case .missing: return ""
    case .integer(let integer):
      return kind.isFractional ? csvNumber(Double(integer), kind: kind) : String(integer)
    case .number(let number):
      return number.isFinite ? csvNumber(number, kind: kind) : ""
    }
  }

  /// The display text of a value (for HTML and chart labels), or `nil` when it is missing or
  /// not finite.
  static func display(_ value: ReportValue, kind: ReportColumn.Kind) -> String? {
    switch value {
    case .text(let text): return text
    case .date(let timestamp): return timestamp.isoDate
    case .missing: return nil
    case .integer(let integer):
      switch kind {
      case .text, .date: return String(integer)
      case .integer: return NumberText.grouped(String(integer))
      case .decimal, .currency, .percent: return displayNumber(Double(integer), kind: kind)
      }
    case .number(let number):
      return number.isFinite ? displayNumber(number, kind: kind) : nil
    }
  }

  /// A finite number as plain CSV text for a column kind.
  private static func csvNumber(_ number: Double, kind: ReportColumn.Kind) -> String {
    switch kind {
    case .text, .date: NumberText.trimmed(number, maxPlaces: freeFormPlaces)
    case .integer: NumberText.fixed(number, places: 0)
    case .decimal(let places), .currency(let places): NumberText.fixed(number, places: places)
    case .percent(let places): NumberText.fixed(number, places: places + 2)
    }
  }

  /// A finite number as display text for a column kind.
  static func displayNumber(_ number: Double, kind: ReportColumn.Kind) -> String {
    switch kind {
    case .text, .date: NumberText.trimmed(number, maxPlaces: freeFormPlaces)
    case .integer: NumberText.grouped(NumberText.fixed(number, places: 0))
    case .decimal(let places), .currency(let places):
      NumberText.grouped(NumberText.fixed(number, places: places))
    case .percent(let places): NumberText.fixed(number * 100, places: places) + "%"
    }
  }
}

extension ReportColumn.Kind {
  /// Whether the kind writes numbers with a fixed number of decimals, so that whole
  /// numbers in such a column are formatted like the rest (`0.00`, not `0`).
  fileprivate var isFractional: Bool {
    switch self {
    case .decimal, .percent, .currency: true
    case .text, .integer, .date: false
    }
  }
}
