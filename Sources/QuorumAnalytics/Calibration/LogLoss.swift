import Foundation

/// The mean log loss (cross-entropy) of probability forecasts of a binary outcome:
///
///     −(1/n)·Σᵢ [yᵢ·log pᵢ + (1 − yᵢ)·log(1 − pᵢ)]
///
/// where the probability given to the observed outcome (pᵢ if won, 1 − pᵢ if lost) is
/// floored at ε, so that a certain miss costs −ln ε (≈ 34.5 for the default 10⁻¹⁵), large
/// but finite (Good, *Rational Decisions*, J. R. Stat. Soc. B 14, 1952; the clipping
/// follows scikit-learn's `log_loss`). Lower is better; always predicting the base rate r scores
/// the entropy −r·log r − (1 − r)·log(1 − r).
///
/// ```swift
/// LogLoss.mean(probabilities: [0.8, 0.4], labels: [true, false])  // (−ln 0.8 − ln 0.6)/2
/// ```
public enum LogLoss {
  /// The default clipping ε.
  public static let defaultEpsilon = 1e-15

  /// The mean log loss, or `nil` for no forecasts.
  ///
  /// - Precondition: equal lengths; probabilities in [0, 1]; 0 < ε < ½.
  /// - Complexity: O(n).
  public static func mean(
    probabilities: [Double], labels: [Bool], epsilon: Double = defaultEpsilon
  ) -> Double? {
    precondition(probabilities.count == labels.count, "one label per probability")
    precondition(epsilon > 0 && epsilon < 0.5, "epsilon must be in (0, 0.5)")
    guard !probabilities.isEmpty else { return nil }
    var total = 0.0
    for (p, won) in zip(probabilities, labels) {
      precondition((0...1).contains(p), "probabilities must be in [0, 1]")
      total -= log(Swift.max(won ? p : 1 - p, epsilon))
    }
    return total / Double(probabilities.count)
  }
}
