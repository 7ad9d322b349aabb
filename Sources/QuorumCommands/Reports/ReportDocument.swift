import QuorumReports

/// One report as built: its page and the tables written as CSV files, the first as
/// `NAME.csv`, the others as `NAME-<suffix>.csv`.
struct ReportDocument: Sendable {
  /// One CSV file of the report.
  struct DataFile: Sendable {
    /// `nil` for the main table (`NAME.csv`), else the file's suffix (`NAME-<suffix>.csv`).
    var suffix: String?
    /// The table.
    var table: ReportTable
  }

  /// Which report.
  var kind: ReportKind
  /// The HTML page (its `dataFiles` are set when it is written).
  var page: ReportPage
  /// The CSV files, the main one first.
  var dataFiles: [DataFile]

  /// Creates a document; the first table is the main CSV.
  init(kind: ReportKind, page: ReportPage, main: ReportTable, more: [(String, ReportTable)] = []) {
    self.kind = kind
    self.page = page
    dataFiles = [DataFile(suffix: nil, table: main)] + more.map { DataFile(suffix: $0, table: $1) }
  }

  /// The CSV file names, main first.
  var csvFiles: [String] { dataFiles.map { kind.csvFile(suffix: $0.suffix) } }
}
