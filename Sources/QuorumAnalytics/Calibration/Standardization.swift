/// Per-column centring and scaling learned from a training matrix: z = (x − mean) / sd.
///
/// The standard deviation is the **population** one (divisor n, `ddof=0` in NumPy terms),
/// the convention of scikit-learn's `StandardScaler`. A column whose values are all equal
/// is *constant*: its sd is reported as 0, it is scaled by 1 instead (so its standardised
/// values are 0, never NaN), and `LogisticRegression` gives it a coefficient of exactly 0.
///
/// ```swift
/// let s = Standardization(fitting: x)
/// let z = s.standardize(x)  // every non-constant column has mean 0 and sd 1
/// ```
public struct Standardization: Hashable, Sendable {
  /// The column means.
  public let means: [Double]
  /// The population standard deviations (0 for constant columns).
  public let standardDeviations: [Double]
  /// Whether each column is constant (all values equal) in the fitted matrix.
  public let isConstant: [Bool]

  /// Learns means and standard deviations from the columns of `matrix` (two-pass, so the
  /// result does not suffer the cancellation of the one-pass formula). An empty matrix
  /// gives mean 0 and constant columns.
  ///
  /// - Complexity: O(n·p).
  public init(fitting matrix: DesignMatrix) {
    let n = matrix.rowCount
    let p = matrix.columnCount
    var means = [Double](repeating: 0, count: p)
    var minimums = [Double](repeating: .infinity, count: p)
    var maximums = [Double](repeating: -.infinity, count: p)
    for i in 0..<n {
      for j in 0..<p {
        let value = matrix.values[i * p + j]
        means[j] += value
        minimums[j] = Swift.min(minimums[j], value)
        maximums[j] = Swift.max(maximums[j], value)
      }
    }
    if n > 0 { means = means.map { $0 / Double(n) } }
    var squares = [Double](repeating: 0, count: p)
    for i in 0..<n {
      for j in 0..<p {
        let deviation = matrix.values[i * p + j] - means[j]
        squares[j] += deviation * deviation
      }
    }
    let constant = (0..<p).map { n == 0 || minimums[$0] == maximums[$0] }
    self.means = means
    self.isConstant = constant
    self.standardDeviations = (0..<p).map {
      constant[$0] ? 0 : (squares[$0] / Double(n)).squareRoot()
    }
  }

  /// Creates a standardization from known parameters (for a model read back from storage).
  ///
  /// - Precondition: the arrays have equal lengths; each sd is finite and ≥ 0; `isConstant`
  ///   is true exactly where the sd is 0.
  public init(means: [Double], standardDeviations: [Double]) {
    precondition(means.count == standardDeviations.count, "one mean and one sd per column")
    precondition(standardDeviations.allSatisfy { $0.isFinite && $0 >= 0 }, "invalid sd")
    self.means = means
    self.standardDeviations = standardDeviations
    self.isConstant = standardDeviations.map { $0 == 0 }
  }

  /// The divisor used for each column: its sd, or 1 for a constant column.
  public var scales: [Double] {
    zip(standardDeviations, isConstant).map { $1 ? 1 : $0 }
  }

  /// The standardised values of one row of original-scale values.
  public func standardize(row: some Collection<Double>) -> [Double] {
    precondition(row.count == means.count, "row length must match the standardization")
    return zip(row, zip(means, scales)).map { ($0 - $1.0) / $1.1 }
  }

  /// The standardised matrix, same shape and column names.
  ///
  /// - Complexity: O(n·p).
  public func standardize(_ matrix: DesignMatrix) -> DesignMatrix {
    precondition(matrix.columnCount == means.count, "matrix width must match")
    let p = matrix.columnCount
    let scales = self.scales
    var values = matrix.values
    for index in values.indices {
      let j = index % p
      values[index] = (values[index] - means[j]) / scales[j]
    }
    return DesignMatrix(
      validatedColumnNames: matrix.columnNames, rowCount: matrix.rowCount, values: values)
  }
}
