/// The Brier score: the mean squared difference between the forecast probability and the
/// 0/1 outcome, (1/n)·Σᵢ (pᵢ − yᵢ)² (Brier, *Verification of forecasts expressed in terms of
/// probability*, Monthly Weather Review 78, 1950). 0 is perfect; always forecasting ½
/// scores ¼; always forecasting the base rate r scores r(1 − r).
///
/// ```swift
/// BrierScore.mean(probabilities: [0.9, 0.2], labels: [true, true])  // (0.01 + 0.64)/2
/// ```
public enum BrierScore {
  /// The Brier score, or `nil` for no forecasts.
  ///
  /// - Precondition: equal lengths; probabilities in [0, 1].
  /// - Complexity: O(n).
  public static func mean(probabilities: [Double], labels: [Bool]) -> Double? {
    precondition(probabilities.count == labels.count, "one label per probability")
    guard !probabilities.isEmpty else { return nil }
    var total = 0.0
    for (p, won) in zip(probabilities, labels) {
      precondition((0...1).contains(p), "probabilities must be in [0, 1]")
      let miss = p - (won ? 1 : 0)
      total += miss * miss
    }
    return total / Double(probabilities.count)
  }
}
