/// A plain-text table for terminal output: columns padded to their widest cell.
struct TextTable: Sendable {
  let columns: [String]
  let rightAligned: Set<Int>
  private(set) var rows: [[String]] = []

  init(columns: [String], rightAligned: Set<Int> = []) {
    self.columns = columns
    self.rightAligned = rightAligned
  }

  mutating func add(_ row: [String]) {
    precondition(row.count == columns.count, "row width must match the columns")
    rows.append(row)
  }

  func render() -> String {
    let all = [columns] + rows
    let widths = columns.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    return all.map { row in
      row.indices.map { column in
        let cell = row[column]
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        return rightAligned.contains(column) ? padding + cell : cell + padding
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }.joined(separator: "\n")
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
