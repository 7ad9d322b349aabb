/// How many data rows (header excluded) an export wrote to each file.
public struct GenerationSummary: Hashable, Sendable {
  /// Rows per file; files not written count 0.
  public private(set) var rows: [ContractFile: Int]

  /// Creates a summary; files not given count 0.
  public init(rows: [ContractFile: Int] = [:]) {
    self.rows = rows
  }

  /// Rows written to `file`.
  public subscript(file: ContractFile) -> Int {
    rows[file] ?? 0
  }

  /// Rows written to all files.
  public var totalRows: Int { ContractFile.allCases.reduce(0) { $0 + self[$1] } }

  mutating func add(_ count: Int, to file: ContractFile) {
    rows[file, default: 0] += count
  }
}
