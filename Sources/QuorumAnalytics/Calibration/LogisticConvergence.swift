/// How a `LogisticRegression` fit ended.
public struct LogisticConvergence: Hashable, Sendable {
  /// Why the Newton iterations stopped.
  public enum StopReason: String, Hashable, Sendable {
    /// The Newton step became negligible: the optimum is found.
    case converged
    /// `maxIterations` Newton steps were taken without converging.
    case iterationLimit
    /// Every fitted probability is within 10⁻⁶ of its label and the fit did not
    /// converge: the classes are perfectly separated, so without regularisation
    /// the coefficients grow without bound. Use λ > 0.
    case perfectSeparation
    /// The Hessian is singular in working precision (for example, duplicated columns
    /// with λ = 0).
    case singularHessian
    /// Halving the step 60 times did not decrease the objective (rounding-level
    /// stagnation away from the optimum).
    case stalled
  }

  /// Newton steps taken.
  public let iterations: Int
  /// Why the iterations stopped.
  public let stopReason: StopReason
  /// The Euclidean norm of the objective's gradient at the returned coefficients
  /// (standardised scale, intercept included).
  public let gradientNorm: Double
  /// The objective Σ log-loss + (λ/2)·‖w‖² at the returned coefficients.
  public let objective: Double

  /// Whether the fit converged.
  public var converged: Bool { stopReason == .converged }

  /// A plain-language warning when the fit did not converge, else `nil`.
  public var warning: CalibrationWarning? {
    converged ? nil : .notConverged(stopReason, iterations: iterations)
  }
}
