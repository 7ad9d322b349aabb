/// A titled table of typed cells: the one value model behind every report's CSV file and
/// HTML table.
///
/// ```swift
/// var table = ReportTable(
///   title: "Win rate by score band",
///   columns: [ReportColumn("Band"), ReportColumn("Deals", .integer),
///             ReportColumn("Win rate", .percent(places: 1))])
/// table.append(["D1", 120, 0.31])
/// CSVDocument(table).text  // "Band,Deals,Win rate\nD1,120,0.310\n"
/// ```
public struct ReportTable: Hashable, Sendable {
  /// The table's title (HTML caption; not written to CSV).
  public var title: String
  /// The columns, in order.
  public private(set) var columns: [ReportColumn]
  /// The rows; each has exactly one value per column.
  public private(set) var rows: [[ReportValue]]
  /// An optional footnote shown under the HTML table (not written to CSV).
  public var note: String?

  /// Creates a table.
  ///
  /// - Precondition: every row has `columns.count` values.
  public init(
    title: String, columns: [ReportColumn], rows: [[ReportValue]] = [], note: String? = nil
  ) {
    self.title = title
    self.columns = columns
    self.rows = []
    self.note = note
    rows.forEach { append($0) }
  }

  /// Appends one row.
  ///
  /// - Precondition: `row` has one value per column.
  public mutating func append(_ row: [ReportValue]) {
    precondition(
      row.count == columns.count,
      "row has \(row.count) values for \(columns.count) columns")
    rows.append(row)
  }
}
