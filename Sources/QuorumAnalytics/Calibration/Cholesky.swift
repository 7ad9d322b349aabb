/// The Cholesky factorisation A = L·Lᵀ of a symmetric positive-definite matrix, and
/// solves of A·x = b with it.
///
/// Used by `LogisticRegression` for the Newton step. The factorisation is the plain
/// row-oriented Cholesky–Banachiewicz algorithm (Golub & Van Loan, *Matrix Computations*,
/// 4th ed., 2013, §4.2), so results are bit-for-bit deterministic. A pivot that is not
/// positive, or smaller than `relativePivotTolerance` times the largest diagonal entry,
/// means the matrix is singular or indefinite in working precision.
///
/// ```swift
/// let c = try Cholesky(matrix: [4, 12, -16, 12, 37, -43, -16, -43, 98], dimension: 3)
/// c.solve([1, 2, 3])
/// ```
public struct Cholesky: Hashable, Sendable {
  /// Pivots below this fraction of the largest diagonal entry count as zero.
  public static let relativePivotTolerance = 1e-13

  /// The matrix size (d for a d×d matrix).
  public let dimension: Int
  /// The lower-triangular factor L, row-major d×d (entries above the diagonal are 0).
  public let lower: [Double]

  /// Factorises the symmetric d×d matrix given row-major; only the lower triangle is read.
  ///
  /// - Throws: `CalibrationError.notPositiveDefinite` naming the failing pivot.
  /// - Complexity: O(d³/3).
  public init(matrix: [Double], dimension: Int) throws {
    precondition(dimension >= 0 && matrix.count == dimension * dimension, "need d×d values")
    let d = dimension
    let largestDiagonal = (0..<d).map { abs(matrix[$0 * d + $0]) }.max() ?? 0
    let threshold = Cholesky.relativePivotTolerance * largestDiagonal
    var l = [Double](repeating: 0, count: d * d)
    for i in 0..<d {
      for j in 0...i {
        var sum = matrix[i * d + j]
        for k in 0..<j { sum -= l[i * d + k] * l[j * d + k] }
        if i == j {
          guard sum.isFinite, sum > threshold, sum > 0 else {
            throw CalibrationError.notPositiveDefinite(pivot: i)
          }
          l[i * d + i] = sum.squareRoot()
        } else {
          l[i * d + j] = sum / l[j * d + j]
        }
      }
    }
    self.dimension = d
    self.lower = l
  }

  /// The solution x of A·x = b (forward then back substitution).
  ///
  /// - Complexity: O(d²).
  public func solve(_ b: [Double]) -> [Double] {
    precondition(b.count == dimension, "right-hand side length must match")
    let d = dimension
    var y = b
    for i in 0..<d {
      var sum = y[i]
      for k in 0..<i { sum -= lower[i * d + k] * y[k] }
      y[i] = sum / lower[i * d + i]
    }
    for i in stride(from: d - 1, through: 0, by: -1) {
      var sum = y[i]
      for k in (i + 1)..<d { sum -= lower[k * d + i] * y[k] }
      y[i] = sum / lower[i * d + i]
    }
    return y
  }
}
