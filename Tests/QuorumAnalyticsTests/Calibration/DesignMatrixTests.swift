import QuorumAnalytics
import Testing

@Suite struct DesignMatrixTests {
  @Test func storesRowsRowMajorAndSelectsRows() throws {
    let x = try DesignMatrix(columnNames: ["a", "b"], rows: [[1, 2], [3, 4], [5, 6]])
    #expect(x.values == [1, 2, 3, 4, 5, 6] && x.rowCount == 3 && x.columnCount == 2)
    #expect(x[2, 1] == 6 && Array(x.row(1)) == [3, 4] && x.column(0) == [1, 3, 5])
    #expect(x.selectingRows([2, 0]).values == [5, 6, 1, 2])
    #expect(
      x.selectingRows([1, 1]).values == [3, 4, 3, 4] && x.selectingRows([1, 1]).rowCount == 2)
    #expect(x.selectingRows(1..<3).values == [3, 4, 5, 6])
    #expect(x.selectingRows([]).values.isEmpty && x.selectingRows([]).columnNames == ["a", "b"])
    #expect(x.columnIndex(named: "b") == 1)
  }

  @Test func selectingARowThatIsNotThereTraps() async throws {
    // Every index is checked before anything is copied, even when there is nothing to copy
    // (no columns). Both matrices are valid: only the selection traps.
    #expect(
      try DesignMatrix(columnNames: ["a"], rows: [[1], [2]]).selectingRows([1]).values == [2])
    #expect(try DesignMatrix(columnNames: [], rows: [[], []]).selectingRows([1]).rowCount == 1)
    await #expect(processExitsWith: .failure) {
      let x = try DesignMatrix(columnNames: ["a"], rows: [[1], [2]])
      _ = x.selectingRows([0, 2])
    }
    await #expect(processExitsWith: .failure) {
      let x = try DesignMatrix(columnNames: [], rows: [[], []])
      _ = x.selectingRows([5])
    }
  }

  @Test func rejectsRaggedDuplicateAndNonFiniteInput() {
    #expect(throws: CalibrationError.raggedRow(row: 1, expected: 2, found: 1)) {
      try DesignMatrix(columnNames: ["a", "b"], rows: [[1, 2], [3]])
    }
    #expect(throws: CalibrationError.duplicateColumn("a")) {
      try DesignMatrix(columnNames: ["a", "a"], rows: [])
    }
    #expect(throws: CalibrationError.nonFiniteValue(row: 1, column: "b")) {
      try DesignMatrix(columnNames: ["a", "b"], rows: [[1, 2], [3, .nan]])
    }
  }

  @Test func constantColumnsStandardizeToZeroNotNaN() throws {
    let x = try DesignMatrix(columnNames: ["c", "v"], rows: [[0.1, 1], [0.1, 3]])
    let s = Standardization(fitting: x)
    #expect(s.isConstant == [true, false] && s.standardDeviations == [0, 1])
    let z = s.standardize(x)
    #expect(z.values.allSatisfy { $0.isFinite })
    #expect(z.column(1) == [-1, 1])
    #expect(s.standardize(row: [0.1, 2]) == [0, 0])
  }
}
