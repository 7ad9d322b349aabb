import Foundation

/// Settings for an L2-regularised logistic regression fitted by Newton's method (IRLS).
///
/// The fit standardises every column (population sd, see `Standardization`) and minimises
///
///     f(b, w) = Σᵢ [log(1 + e^ηᵢ) − yᵢ·ηᵢ] + (λ/2)·‖w‖²,   ηᵢ = b + w·zᵢ
///
/// over the intercept b (**not** penalised) and the standardised coefficients w. This is
/// the objective of scikit-learn's `LogisticRegression(C = 1/λ)` with an intercept, and
/// for λ = 0 the maximum-likelihood fit of R's `glm(family = binomial)` or statsmodels'
/// `Logit` (Hosmer, Lemeshow & Sturdivant, *Applied Logistic Regression*, 3rd ed., 2013;
/// Hastie, Tibshirani & Friedman, *The Elements of Statistical Learning*, 2nd ed., 2009,
/// §4.4.1 for IRLS).
///
/// Each Newton step solves the (p+1)×(p+1) system H·δ = ∇f with `Cholesky`, where
/// H = ZᵀWZ + λ·diag(0, 1, …, 1) (see `LogisticObjective`). If the full step does not
/// decrease f it is halved (up to 60 times), except near the optimum, where the promised
/// decrease is below f's rounding error and the full step is taken. The fit has converged
/// when ‖δ‖∞ ≤ `tolerance`·(1 + ‖θ‖∞). Constant columns get coefficient 0 and take no part
/// in the solve. Everything is sequential and deterministic.
///
/// With λ > 0 the objective is strictly convex in w and the fit converges even when the
/// classes are perfectly separated; with λ = 0 and separated classes it stops with
/// `LogisticConvergence.StopReason.perfectSeparation` and finite coefficients rather than
/// NaN.
///
/// ```swift
/// let model = try LogisticRegression(lambda: 1).fit(x, labels: won)
/// model.probability(for: [0.4, 3])
/// ```
public struct LogisticRegression: Hashable, Sendable {
  /// The L2 penalty λ ≥ 0 on the standardised coefficients (sklearn's 1/C).
  public var lambda: Double
  /// The largest number of Newton steps.
  public var maxIterations: Int
  /// Relative size of the Newton step below which the fit has converged.
  public var tolerance: Double

  /// Creates fitting settings.
  ///
  /// - Precondition: λ is finite and ≥ 0, `maxIterations` ≥ 1, `tolerance` > 0.
  public init(lambda: Double = 1, maxIterations: Int = 100, tolerance: Double = 1e-10) {
    precondition(lambda.isFinite && lambda >= 0, "lambda must be finite and >= 0")
    precondition(maxIterations >= 1, "maxIterations must be >= 1")
    precondition(tolerance > 0, "tolerance must be > 0")
    self.lambda = lambda
    self.maxIterations = maxIterations
    self.tolerance = tolerance
  }

  /// Fits the model to `x` with outcomes `labels` (true = won).
  ///
  /// - Throws: `CalibrationError.empty` for no rows, `.singleClass` when all labels are
  ///   equal (the unpenalised intercept would diverge).
  /// - Complexity: O(iterations · n · p²) plus O(iterations · p³).
  public func fit(_ x: DesignMatrix, labels: [Bool]) throws -> LogisticModel {
    try fitPath(x, labels: labels, lambdas: [lambda])[0]
  }

  /// Fits one model per λ in `lambdas` (returned in that order; `self.lambda` is ignored),
  /// sharing one standardization and walking from the largest λ to the smallest, each
  /// fit warm-started from the previous one (see ``LogisticPath``).
  func fitPath(_ x: DesignMatrix, labels: [Bool], lambdas: [Double]) throws -> [LogisticModel] {
    var path = try LogisticPath(self, x: x, labels: labels)
    var models = [LogisticModel?](repeating: nil, count: lambdas.count)
    for index in lambdas.indices.sorted(by: { lambdas[$0] > lambdas[$1] }) {
      models[index] = path.fit(lambda: lambdas[index])
    }
    return models.compactMap { $0 }
  }

  /// Packages a Newton solution as a model with its convergence report.
  func model(
    _ objective: LogisticObjective, lambda: Double, solution: [Double], iterations: Int,
    reason: LogisticConvergence.StopReason, x: DesignMatrix, standardization: Standardization,
    positives: Int
  ) -> LogisticModel {
    let final = objective.evaluate(solution, lambda: lambda, through: .gradient)
    var stopReason = reason
    if reason != .converged && objective.fitsLabelsExactly(solution) {
      stopReason = .perfectSeparation
    }
    var coefficients = [Double](repeating: 0, count: x.columnCount)
    for (position, column) in objective.active.enumerated() {
      coefficients[column] = solution[position + 1]
    }
    let convergence = LogisticConvergence(
      iterations: iterations, stopReason: stopReason,
      gradientNorm: final.gradient.reduce(0) { $0 + $1 * $1 }.squareRoot(),
      objective: final.value)
    return LogisticModel(
      featureNames: x.columnNames, standardization: standardization, lambda: lambda,
      standardizedIntercept: solution[0], standardizedCoefficients: coefficients,
      convergence: convergence, trainingRows: x.rowCount, trainingPositives: positives)
  }

  /// Damped Newton iterations from `start`; returns the last accepted point.
  ///
  /// Near the optimum the decrease a Newton step promises (half the Newton decrement
  /// ∇f·δ) falls below the rounding noise of the summed objective, so comparing objectives
  /// would reject good steps; there the full step is taken without a line search (the
  /// quadratic-convergence region of Newton's method; Boyd & Vandenberghe, *Convex
  /// Optimization*, 2004, §9.5).
  func newton(_ objective: LogisticObjective, lambda: Double, from start: [Double]) -> (
    [Double], Int, LogisticConvergence.StopReason
  ) {
    var theta = start
    var current = objective.evaluate(theta, lambda: lambda, through: .hessian)
    for iteration in 1...maxIterations {
      guard let cholesky = try? Cholesky(matrix: current.hessian, dimension: theta.count) else {
        return (theta, iteration - 1, .singularHessian)
      }
      let step = cholesky.solve(current.gradient)
      let stepSize = step.reduce(0) { Swift.max($0, abs($1)) }
      let converged = stepSize <= tolerance * (1 + theta.reduce(0) { Swift.max($0, abs($1)) })
      let decrement = zip(current.gradient, step).reduce(0) { $0 + $1.0 * $1.1 }
      let next: [Double]?
      if converged || decrement <= 1e-10 * (1 + abs(current.value)) {
        next = zip(theta, step).map { $0 - $1 }
      } else {
        next = lineSearch(objective, lambda: lambda, from: theta, value: current.value, step: step)
      }
      guard let next else { return (theta, iteration - 1, .stalled) }
      theta = next
      if converged { return (theta, iteration, .converged) }
      current = objective.evaluate(theta, lambda: lambda, through: .hessian)
    }
    return (theta, maxIterations, .iterationLimit)
  }

  /// θ − t·δ for the first t = 1, ½, ¼, … (60 tries) that does not increase the objective.
  private func lineSearch(
    _ objective: LogisticObjective, lambda: Double, from theta: [Double], value: Double,
    step: [Double]
  ) -> [Double]? {
    var scale = 1.0
    for _ in 0..<60 {
      let candidate = zip(theta, step).map { $0 - scale * $1 }
      if objective.evaluate(candidate, lambda: lambda, through: .value).value <= value {
        return candidate
      }
      scale /= 2
    }
    return nil
  }
}
