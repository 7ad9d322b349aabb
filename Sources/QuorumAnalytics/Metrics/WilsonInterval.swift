/// The Wilson score interval for a binomial proportion: `successes` out of `trials`.
///
/// Unlike the normal-approximation ("Wald") interval it stays inside [0, 1], is never
/// zero-width at 0/n or n/n, and keeps close to its nominal coverage for small samples,
/// which is why win rates of thin score bands are reported with it.
///
/// With p̂ = k/n and z the normal quantile:
///
///     centre    = (p̂ + z²/2n) / (1 + z²/n)
///     halfWidth = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²)
///
/// ```swift
/// let interval = WilsonInterval(successes: 8, trials: 10, z: 1.96)
/// // interval?.lower ≈ 0.4902, interval?.upper ≈ 0.9433
/// ```
///
/// Reference: E. B. Wilson, "Probable inference, the law of succession, and statistical
/// inference", *Journal of the American Statistical Association* 22 (1927), 209–212;
/// A. Agresti and B. A. Coull, "Approximate is better than 'exact' for interval estimation
/// of binomial proportions", *The American Statistician* 52 (1998), 119–126.
public struct WilsonInterval: Hashable, Sendable {
  /// The number of successes, `k`.
  public let successes: Int
  /// The number of trials, `n` (at least 1).
  public let trials: Int
  /// The normal quantile the interval was built with (1.959963984540054 for 95%).
  public let z: Double
  /// The lower bound, in [0, 1]; exactly 0 when there are no successes.
  public let lower: Double
  /// The upper bound, in [0, 1]; exactly 1 when every trial succeeded.
  public let upper: Double

  /// The two-sided 95% normal quantile, Φ⁻¹(0.975).
  public static let z95 = 1.959_963_984_540_054

  /// Builds the interval for `successes` out of `trials`, or `nil` when `trials` is 0
  /// (a proportion of nothing has no interval).
  ///
  /// - Precondition: `0 <= successes <= trials` and `z > 0`.
  public init?(successes: Int, trials: Int, z: Double = WilsonInterval.z95) {
    precondition(successes >= 0 && successes <= trials, "successes must be in 0...trials")
    precondition(z > 0 && z.isFinite, "z must be positive")
    guard trials > 0 else { return nil }
    let n = Double(trials)
    let p = Double(successes) / n
    let z2 = z * z
    let denominator = 1 + z2 / n
    let centre = (p + z2 / (2 * n)) / denominator
    let halfWidth = z / denominator * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
    self.successes = successes
    self.trials = trials
    self.z = z
    lower = successes == 0 ? 0 : max(0, centre - halfWidth)
    upper = successes == trials ? 1 : min(1, centre + halfWidth)
  }

  /// The observed proportion, `successes / trials`.
  public var proportion: Double { Double(successes) / Double(trials) }
}
