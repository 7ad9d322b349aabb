/// Something about a calibration run that a person should know, in plain language.
///
/// Warnings never stop a calibration; they say why its numbers deserve less trust, or what
/// was done about it. `description` is the sentence to show.
public enum CalibrationWarning: Hashable, Sendable, CustomStringConvertible {
  /// The holdout has fewer closed deals than the minimum.
  case smallHoldout(deals: Int, minimum: Int)
  /// The holdout has fewer won or fewer lost deals than the minimum per outcome.
  case fewHoldoutOutcomes(won: Int, lost: Int, minimum: Int)
  /// The holdout's win rate differs from training by a two-proportion z above the threshold.
  case holdoutBaseRateShift(trainingRate: Double, holdoutRate: Double, z: Double)
  /// Fewer won or lost training deals than the minimum: λ was multiplied.
  case smallTrainingSet(won: Int, lost: Int, minimum: Int, lambdaMultiplier: Double)
  /// The final model fit did not converge.
  case notConverged(LogisticConvergence.StopReason, iterations: Int)

  /// The warning as a sentence.
  public var description: String {
    switch self {
    case .smallHoldout(let deals, let minimum):
      return "The holdout has only \(deals) closed deals (fewer than \(minimum)), so its "
        + "metrics are noisy; treat small differences between models as chance."
    case .fewHoldoutOutcomes(let won, let lost, let minimum):
      return "The holdout has \(won) won and \(lost) lost deals (fewer than \(minimum) of "
        + "one kind), so its AUC and calibration figures are unreliable."
    case .holdoutBaseRateShift(let training, let holdout, let z):
      return "The holdout win rate (\(percent(holdout))) differs from training "
        + "(\(percent(training))), z = \(oneDecimal(z)). Recent deals that are still open "
        + "are missing from the holdout, so it over-represents deals that closed quickly; "
        + "compare its calibration with care."
    case .smallTrainingSet(let won, let lost, let minimum, let multiplier):
      return "Only \(won) won and \(lost) lost deals to learn from (the minimum is "
        + "\(minimum) of each), so the model was regularised harder (λ × \(oneDecimal(multiplier)))"
        + " and its weights stay closer to zero than the data alone would put them."
    case .notConverged(let reason, let iterations):
      return "The model fit stopped after \(iterations) iterations without converging "
        + "(\(reason.rawValue)); its weights are not reliable. Increase λ."
    }
  }
}

/// A share as a whole percentage, e.g. 0.347 → "35%".
private func percent(_ share: Double) -> String {
  "\(Int((share * 100).rounded()))%"
}

/// A number rounded to one decimal, e.g. −2.44 → "-2.4".
private func oneDecimal(_ value: Double) -> String {
  "\((value * 10).rounded() / 10)"
}
