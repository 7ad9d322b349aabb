import Foundation

/// Numerically safe forms of the logistic function and its relatives.
///
/// `sigmoid` never overflows (it evaluates `exp` of a non-positive number only), and
/// `softplus(x) = log(1 + eˣ)` is computed as `max(x, 0) + log1p(e^−|x|)`, exact to
/// rounding for every finite x (Mächler, *Accurately Computing log(1 − exp(−|a|))*,
/// Rmpfr vignette, 2012).
///
/// ```swift
/// LogisticFunction.sigmoid(0)       // 0.5
/// LogisticFunction.softplus(1000)   // 1000, not infinity
/// ```
public enum LogisticFunction {
  /// σ(x) = 1 / (1 + e^−x), the probability for log-odds x.
  public static func sigmoid(_ x: Double) -> Double {
    if x >= 0 { return 1 / (1 + exp(-x)) }
    let e = exp(x)
    return e / (1 + e)
  }

  /// log(1 + eˣ), the log-loss of a negative outcome at log-odds x.
  public static func softplus(_ x: Double) -> Double {
    Swift.max(x, 0) + log1p(exp(-abs(x)))
  }

  /// log(p / (1 − p)), the log-odds of probability p.
  ///
  /// - Precondition: 0 < p < 1.
  public static func logit(_ p: Double) -> Double {
    precondition(p > 0 && p < 1, "logit needs 0 < p < 1")
    return log(p) - log1p(-p)
  }

  /// The log-loss of one outcome at log-odds x: −log σ(x) if won, −log(1 − σ(x)) if lost,
  /// both via `softplus` so that no cancellation occurs for large |x|.
  public static func logLoss(logOdds x: Double, outcome: Bool) -> Double {
    outcome ? softplus(-x) : softplus(x)
  }
}
