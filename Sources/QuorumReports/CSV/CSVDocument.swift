/// A ``ReportTable`` rendered as CSV that loads in spreadsheets and notebooks without
/// options.
///
/// - RFC 4180: one header row (the column names), fields separated by `,`, a field quoted
///   with doubled inner quotes when it holds `,`, `"`, CR or LF or starts or ends with a
///   space; every record, the last included, ends with `\n`.
/// - Dates as `YYYY-MM-DD`; numbers plain (`.` decimal, no grouping, no currency sign) with
///   the column's fixed precision; percentages as fractions; missing and non-finite values
///   as empty fields.
/// - Text that a spreadsheet would run as a formula — starting with `=`, `+`, `-`, `@`,
///   tab or CR — is prefixed with `'` (OWASP "CSV injection"). Numbers are never prefixed:
///   `.number(-2)` is written `-2.00` in a `decimal(places: 2)` column, while the text
///   `"-2+3"` is written `'-2+3`.
///
/// ```swift
/// let table = ReportTable(
///   title: "Spend", columns: [ReportColumn("Channel"), ReportColumn("Amount", .currency(places: 2))],
///   rows: [["=HYPERLINK(\"x\")", -12.5]])
/// CSVDocument(table).text
/// // "Channel,Amount\n\"'=HYPERLINK(\"\"x\"\")\",-12.50\n"
/// ```
public struct CSVDocument: Hashable, Sendable {
  /// The CSV text, UTF-8 when written out, without a byte-order mark.
  public let text: String

  /// Renders `table`.
  ///
  /// - Complexity: O(number of cells).
  public init(_ table: ReportTable) {
    var text = Self.record(table.columns.map { Self.neutralizingFormula($0.name) })
    for row in table.rows {
      text += Self.record(
        zip(row, table.columns).map { value, column in
          let cell = CellText.csv(value, kind: column.kind)
          guard case .text = value else { return cell }
          return Self.neutralizingFormula(cell)
        })
    }
    self.text = text
  }

  /// `text` prefixed with `'` when it starts with a character that makes spreadsheets
  /// evaluate it as a formula (`=`, `+`, `-`, `@`, tab, CR); otherwise `text` unchanged.
  ///
  /// ```swift
  /// CSVDocument.neutralizingFormula("=SUM(A1)")  // "'=SUM(A1)"
  /// CSVDocument.neutralizingFormula("Acme")      // "Acme"
  /// ```
  public static func neutralizingFormula(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, formulaTriggers.contains(first) else {
      return text
    }
    return "'" + text
  }

  /// One field, quoted per RFC 4180 when needed.
  ///
  /// ```swift
  /// CSVDocument.quoting("Acme, Inc.")  // "\"Acme, Inc.\""
  /// ```
  public static func quoting(_ field: String) -> String {
    let needsQuotes =
      field.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
      || field.first == " " || field.last == " "
    guard needsQuotes else { return field }
    var quoted = "\""
    for scalar in field.unicodeScalars {
      quoted.unicodeScalars.append(scalar)
      if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
    }
    return quoted + "\""
  }

  private static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  private static func record(_ fields: [String]) -> String {
    fields.map(quoting).joined(separator: ",") + "\n"
  }
}
