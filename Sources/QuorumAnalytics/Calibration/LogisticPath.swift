/// A regularisation path on one training matrix: fits for a sequence of λ values, each
/// warm-started from the previous solution, sharing one standardization and one objective.
///
/// Walk it from the largest λ to the smallest (the solution moves least between
/// neighbouring penalties in that direction, and the first, heavily penalised fit starts
/// close to the intercept-only model). Used by ``LogisticRegression`` and by
/// ``TimeOrderedCrossValidation``, which walks one path per fold side by side.
struct LogisticPath {
  let regression: LogisticRegression
  private let x: DesignMatrix
  private let standardization: Standardization
  private let objective: LogisticObjective
  private let positives: Int
  /// The last solution (intercept first), the start of the next fit.
  private var theta: [Double]

  /// Prepares the path; the first fit starts at the intercept-only model.
  ///
  /// - Throws: `CalibrationError.empty` for no rows, `.singleClass` when all labels are
  ///   equal.
  init(_ regression: LogisticRegression, x: DesignMatrix, labels: [Bool]) throws {
    precondition(labels.count == x.rowCount, "one label per row")
    guard x.rowCount > 0 else { throw CalibrationError.empty }
    let positives = labels.count(where: { $0 })
    guard positives > 0, positives < labels.count else {
      throw CalibrationError.singleClass(
        positives: positives, negatives: labels.count - positives)
    }
    self.regression = regression
    self.x = x
    self.positives = positives
    standardization = Standardization(fitting: x)
    objective = LogisticObjective(x: x, labels: labels, standardization: standardization)
    theta =
      [LogisticFunction.logit(Double(positives) / Double(labels.count))]
      + [Double](repeating: 0, count: objective.active.count)
  }

  /// Fits with penalty `lambda`, starting from the previous solution.
  ///
  /// - Precondition: λ is finite and ≥ 0.
  mutating func fit(lambda: Double) -> LogisticModel {
    precondition(lambda.isFinite && lambda >= 0, "lambda must be finite and >= 0")
    let (solution, iterations, reason) = regression.newton(objective, lambda: lambda, from: theta)
    theta = solution
    return regression.model(
      objective, lambda: lambda, solution: solution, iterations: iterations, reason: reason,
      x: x, standardization: standardization, positives: positives)
  }
}
