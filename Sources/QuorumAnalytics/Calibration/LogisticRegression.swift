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
/// H = ZᵀWZ + λ·diag(0, 1, …, 1). If the full step does not decrease f it is halved (up to
/// 60 times). The fit has converged when ‖δ‖∞ ≤ `tolerance`·(1 + ‖θ‖∞). Constant columns
/// get coefficient 0 and take no part in the solve. Everything is sequential and
/// deterministic.
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
    try fit(x, labels: labels, standardization: Standardization(fitting: x), start: nil)
  }

  /// Fits with a given standardization and optional starting coefficients (standardised
  /// scale: intercept then one per column), for warm starts along a λ path.
  func fit(
    _ x: DesignMatrix, labels: [Bool], standardization: Standardization,
    start: (intercept: Double, coefficients: [Double])?
  ) throws -> LogisticModel {
    precondition(labels.count == x.rowCount, "one label per row")
    guard x.rowCount > 0 else { throw CalibrationError.empty }
    let positives = labels.count(where: { $0 })
    guard positives > 0, positives < labels.count else {
      throw CalibrationError.singleClass(
        positives: positives, negatives: labels.count - positives)
    }
    let problem = NewtonProblem(
      x: x, labels: labels, standardization: standardization, lambda: lambda)
    var theta: [Double]
    if let start {
      theta = [start.intercept] + problem.active.map { start.coefficients[$0] }
    } else {
      let rate = Double(positives) / Double(labels.count)
      theta = [LogisticFunction.logit(rate)] + [Double](repeating: 0, count: problem.active.count)
    }
    let (solution, iterations, reason) = newton(problem, from: theta)
    let final = problem.evaluate(solution, withDerivatives: true)
    var stopReason = reason
    if reason != .converged && problem.fitsLabelsExactly(solution) {
      stopReason = .perfectSeparation
    }
    var coefficients = [Double](repeating: 0, count: x.columnCount)
    for (position, column) in problem.active.enumerated() {
      coefficients[column] = solution[position + 1]
    }
    let convergence = LogisticConvergence(
      iterations: iterations, stopReason: stopReason,
      gradientNorm: final.gradient.reduce(0) { $0 + $1 * $1 }.squareRoot(),
      objective: final.objective)
    return LogisticModel(
      featureNames: x.columnNames, standardization: standardization, lambda: lambda,
      standardizedIntercept: solution[0], standardizedCoefficients: coefficients,
      convergence: convergence, trainingRows: x.rowCount, trainingPositives: positives)
  }

  /// Damped Newton iterations from `start`; returns the last accepted point.
  private func newton(_ problem: NewtonProblem, from start: [Double]) -> (
    [Double], Int, LogisticConvergence.StopReason
  ) {
    var theta = start
    var current = problem.evaluate(theta, withDerivatives: true)
    for iteration in 1...maxIterations {
      guard let cholesky = try? Cholesky(matrix: current.hessian, dimension: theta.count) else {
        return (theta, iteration - 1, .singularHessian)
      }
      let step = cholesky.solve(current.gradient)
      let stepSize = step.reduce(0) { Swift.max($0, abs($1)) }
      let size = theta.reduce(0) { Swift.max($0, abs($1)) }
      var scale = 1.0
      var accepted: (theta: [Double], objective: Double)?
      for _ in 0..<60 {
        let candidate = zip(theta, step).map { $0 - scale * $1 }
        let objective = problem.evaluate(candidate, withDerivatives: false).objective
        if objective <= current.objective {
          accepted = (candidate, objective)
          break
        }
        scale /= 2
      }
      if stepSize <= tolerance * (1 + size) {
        return (accepted?.theta ?? theta, iteration, .converged)
      }
      guard let next = accepted else { return (theta, iteration - 1, .stalled) }
      theta = next.theta
      current = problem.evaluate(theta, withDerivatives: true)
    }
    return (theta, maxIterations, .iterationLimit)
  }
}

/// The standardised data of one fit: a leading 1 (intercept) and the non-constant columns.
private struct NewtonProblem {
  /// The original column index of each active (non-constant) column.
  let active: [Int]
  /// Row-major n × q values, q = 1 + active.count, first entry of each row 1.
  let z: [Double]
  let labels: [Bool]
  let lambda: Double

  var width: Int { active.count + 1 }

  init(x: DesignMatrix, labels: [Bool], standardization: Standardization, lambda: Double) {
    let active = (0..<x.columnCount).filter { !standardization.isConstant[$0] }
    let scales = standardization.scales
    var z: [Double] = []
    z.reserveCapacity(x.rowCount * (active.count + 1))
    for i in 0..<x.rowCount {
      z.append(1)
      for j in active {
        z.append((x.values[i * x.columnCount + j] - standardization.means[j]) / scales[j])
      }
    }
    self.active = active
    self.z = z
    self.labels = labels
    self.lambda = lambda
  }

  struct Evaluation {
    var objective: Double
    var gradient: [Double]
    var hessian: [Double]
  }

  /// The objective, and when asked its gradient and Hessian, at `theta`.
  ///
  /// Residuals and weights use forms accurate for large |η|: μ − y is −σ(−η) for a won
  /// row, and μ(1 − μ) is e^−|η| / (1 + e^−|η|)².
  func evaluate(_ theta: [Double], withDerivatives: Bool) -> Evaluation {
    let q = width
    var objective = 0.0
    var gradient = [Double](repeating: 0, count: withDerivatives ? q : 0)
    var hessian = [Double](repeating: 0, count: withDerivatives ? q * q : 0)
    z.withUnsafeBufferPointer { z in
      for i in labels.indices {
        let row = i * q
        var eta = 0.0
        for a in 0..<q { eta += theta[a] * z[row + a] }
        objective += LogisticFunction.logLoss(logOdds: eta, outcome: labels[i])
        guard withDerivatives else { continue }
        let residual =
          labels[i] ? -LogisticFunction.sigmoid(-eta) : LogisticFunction.sigmoid(eta)
        let e = exp(-abs(eta))
        let weight = e / ((1 + e) * (1 + e))
        for a in 0..<q {
          let za = z[row + a]
          gradient[a] += residual * za
          let wa = weight * za
          for b in a..<q { hessian[a * q + b] += wa * z[row + b] }
        }
      }
    }
    var penalty = 0.0
    for a in 1..<q { penalty += theta[a] * theta[a] }
    objective += lambda / 2 * penalty
    if withDerivatives {
      for a in 0..<q {
        for b in 0..<a { hessian[a * q + b] = hessian[b * q + a] }
      }
      for a in 1..<q {
        gradient[a] += lambda * theta[a]
        hessian[a * q + a] += lambda
      }
    }
    return Evaluation(objective: objective, gradient: gradient, hessian: hessian)
  }

  /// Whether every fitted probability is within 10⁻⁶ of its 0/1 label.
  func fitsLabelsExactly(_ theta: [Double]) -> Bool {
    let q = width
    return labels.indices.allSatisfy { i in
      var eta = 0.0
      for a in 0..<q { eta += theta[a] * z[i * q + a] }
      let miss = labels[i] ? LogisticFunction.sigmoid(-eta) : LogisticFunction.sigmoid(eta)
      return miss < 1e-6
    }
  }
}
