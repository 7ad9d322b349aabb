import QuorumReports

/// A column of a page table taken from a CSV table: which CSV column, under which heading,
/// and optionally with another number format (fewer decimals on screen).
///
/// CSV tables keep machine-friendly `snake_case` names and every column; a page shows the
/// columns a reader needs, with readable headings, from the same rows.
struct PageColumn: Sendable {
  /// The CSV column's name.
  var source: String
  /// The heading on the page.
  var heading: String
  /// The format on the page, or `nil` for the CSV column's.
  var kind: ReportColumn.Kind?

  init(_ source: String, _ heading: String, _ kind: ReportColumn.Kind? = nil) {
    self.source = source
    self.heading = heading
    self.kind = kind
  }
}

extension ReportTable {
  /// The table as a page shows it: `columns`, in that order, under their headings; the
  /// rows are the same values.
  ///
  /// - Precondition: every source names a column of the table.
  func forPage(_ columns: [PageColumn], title: String? = nil, note: String? = nil) -> ReportTable {
    let positions = columns.map { column in
      guard let position = self.columns.firstIndex(where: { $0.name == column.source }) else {
        preconditionFailure("no column '\(column.source)' in '\(self.title)'")
      }
      return position
    }
    return ReportTable(
      title: title ?? self.title,
      columns: zip(columns, positions).map { column, position in
        ReportColumn(column.heading, column.kind ?? self.columns[position].kind)
      },
      rows: rows.map { row in positions.map { row[$0] } }, note: note ?? self.note)
  }

  /// The first `count` rows.
  func prefix(_ count: Int) -> ReportTable {
    ReportTable(title: title, columns: columns, rows: Array(rows.prefix(count)), note: note)
  }
}
