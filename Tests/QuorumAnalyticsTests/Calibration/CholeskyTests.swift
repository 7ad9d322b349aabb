import QuorumAnalytics
import Testing

@Suite struct CholeskyTests {
  /// A = [[4, 12, −16], [12, 37, −43], [−16, −43, 98]] = L·Lᵀ with
  /// L = [[2, 0, 0], [6, 1, 0], [−8, 5, 3]] (the classic textbook example).
  static let matrix: [Double] = [4, 12, -16, 12, 37, -43, -16, -43, 98]

  @Test func factorsTheTextbookMatrixExactly() throws {
    let cholesky = try Cholesky(matrix: Self.matrix, dimension: 3)
    #expect(cholesky.lower == [2, 0, 0, 6, 1, 0, -8, 5, 3])
  }

  @Test func solvesByForwardAndBackSubstitution() throws {
    // L·y = (1, 2, 3): y = (1/2, (2 − 6·½)/1 = −1, (3 + 8·½ − 5·(−1))/3 = 4).
    // Lᵀ·x = y: x₃ = 4/3, x₂ = −1 − 5·(4/3) = −23/3, x₁ = (½ + 8·(4/3) + 6·(23/3))/2 = 343/12.
    let x = try Cholesky(matrix: Self.matrix, dimension: 3).solve([1, 2, 3])
    for (actual, expected) in zip(x, [343.0 / 12, -23.0 / 3, 4.0 / 3]) {
      #expect(abs(actual - expected) < 1e-12)
    }
  }

  @Test func rejectsSingularAndIndefiniteMatrices() {
    #expect(throws: CalibrationError.notPositiveDefinite(pivot: 1)) {
      try Cholesky(matrix: [1, 2, 2, 4], dimension: 2)
    }
    #expect(throws: CalibrationError.notPositiveDefinite(pivot: 0)) {
      try Cholesky(matrix: [-1, 0, 0, 1], dimension: 2)
    }
  }
}
