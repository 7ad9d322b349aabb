/// A dense n×p matrix of named `Double` features, stored row-major: one row per
/// observation (for calibration, one closed deal), one column per feature.
///
/// ```swift
/// let x = try DesignMatrix(columnNames: ["fit", "engagement"], rows: [[1, 0.5], [0, 2]])
/// x[1, 1]  // 2
/// ```
public struct DesignMatrix: Hashable, Sendable {
  /// The feature names, one per column, unique.
  public let columnNames: [String]
  /// The number of rows (n).
  public let rowCount: Int
  /// All values, row after row: the value at (i, j) is `values[i * columnCount + j]`.
  public let values: [Double]

  /// The number of columns (p).
  public var columnCount: Int { columnNames.count }

  /// Creates a matrix from row-major values.
  ///
  /// - Throws: `CalibrationError.duplicateColumn`, `.raggedRow` when `values.count` is not
  ///   `rowCount × columnNames.count`, or `.nonFiniteValue`.
  public init(columnNames: [String], rowCount: Int, values: [Double]) throws {
    precondition(rowCount >= 0, "row count must not be negative")
    var seen = Set<String>()
    for name in columnNames where !seen.insert(name).inserted {
      throw CalibrationError.duplicateColumn(name)
    }
    guard values.count == rowCount * columnNames.count else {
      throw CalibrationError.raggedRow(
        row: rowCount, expected: rowCount * columnNames.count, found: values.count)
    }
    if let bad = values.firstIndex(where: { !$0.isFinite }) {
      throw CalibrationError.nonFiniteValue(
        row: bad / columnNames.count, column: columnNames[bad % columnNames.count])
    }
    self.columnNames = columnNames
    self.rowCount = rowCount
    self.values = values
  }

  /// Creates a matrix from one array per row.
  ///
  /// - Throws: `CalibrationError.raggedRow` when a row's length differs from the number of
  ///   columns, `.duplicateColumn`, or `.nonFiniteValue`.
  public init(columnNames: [String], rows: [[Double]]) throws {
    for (index, row) in rows.enumerated() where row.count != columnNames.count {
      throw CalibrationError.raggedRow(row: index, expected: columnNames.count, found: row.count)
    }
    try self.init(columnNames: columnNames, rowCount: rows.count, values: rows.flatMap { $0 })
  }

  /// Unchecked memberwise creation for values already known to be valid.
  init(validatedColumnNames: [String], rowCount: Int, values: [Double]) {
    self.columnNames = validatedColumnNames
    self.rowCount = rowCount
    self.values = values
  }

  /// The value in row `row`, column `column`.
  public subscript(row: Int, column: Int) -> Double {
    precondition(column >= 0 && column < columnCount, "column out of range")
    return values[row * columnCount + column]
  }

  /// The values of one row, in column order.
  public func row(_ index: Int) -> ArraySlice<Double> {
    precondition(index >= 0 && index < rowCount, "row out of range")
    return values[index * columnCount..<(index + 1) * columnCount]
  }

  /// The values of one column, in row order.
  ///
  /// - Complexity: O(n).
  public func column(_ index: Int) -> [Double] {
    precondition(index >= 0 && index < columnCount, "column out of range")
    return (0..<rowCount).map { values[$0 * columnCount + index] }
  }

  /// The index of the column called `name`, if any.
  public func columnIndex(named name: String) -> Int? {
    columnNames.firstIndex(of: name)
  }

  /// A matrix of the given rows, in the given order (indices may repeat).
  ///
  /// - Complexity: O(k·p) for k indices.
  public func selectingRows(_ indices: some Collection<Int>) -> DesignMatrix {
    let width = columnCount
    precondition(indices.allSatisfy { $0 >= 0 && $0 < rowCount }, "row out of range")
    // Rows copied as blocks of memory: appending each row's slice cost more than the copy.
    // (No column or no row selected: nothing to copy, and no buffer to copy into.)
    let selected = [Double](unsafeUninitializedCapacity: indices.count * width) {
      buffer, initialized in
      values.withUnsafeBufferPointer { source in
        guard let target = buffer.baseAddress, let source = source.baseAddress else { return }
        for index in indices {
          (target + initialized).initialize(from: source + index * width, count: width)
          initialized += width
        }
      }
    }
    return DesignMatrix(
      validatedColumnNames: columnNames, rowCount: indices.count, values: selected)
  }
}
