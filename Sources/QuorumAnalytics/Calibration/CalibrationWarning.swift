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
  /// No closed deal falls in the holdout, so nothing is validated out of time.
  case noHoldout
  /// No cross-validation fold had both won and lost deals to train on, so λ (and the
  /// half-life, when learned) took these fallback values instead of being chosen.
  case crossValidationUnavailable(lambda: Double, halfLifeDays: Double?)
  /// Closed deals whose account is unknown were left out.
  case unknownAccountDeals(Int)
  /// The population stability index of the score distribution (training window against
  /// now) is at or above 0.25, Siddiqi's "significant shift".
  case scoreDistributionShift(psi: Double)

  /// A short machine-readable code, e.g. `small_holdout`.
  public var code: String {
    switch self {
    case .smallHoldout: "small_holdout"
    case .fewHoldoutOutcomes: "few_holdout_outcomes"
    case .holdoutBaseRateShift: "holdout_base_rate_shift"
    case .smallTrainingSet: "small_training_set"
    case .notConverged: "not_converged"
    case .noHoldout: "no_holdout"
    case .crossValidationUnavailable: "cross_validation_unavailable"
    case .unknownAccountDeals: "unknown_account_deals"
    case .scoreDistributionShift: "score_distribution_shift"
    }
  }

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
    case .noHoldout:
      return "No closed deal falls in the holdout, so the model is not validated out of time; "
        + "hold out an earlier date (--holdout-from) before trusting it."
    case .crossValidationUnavailable(let lambda, let halfLife):
      return "Cross-validation was impossible (no earlier block of deals has both won and lost "
        + "ones), so λ = \(lambda)"
        + (halfLife.map { " and a half-life of \(oneDecimal($0)) days were" } ?? " was")
        + " used without being tested."
    case .unknownAccountDeals(let count):
      return "\(count) closed deals name an account that is not in the data and were left out."
    case .scoreDistributionShift(let psi):
      return "Accounts score very differently now than at the end of the training window "
        + "(PSI \((psi * 100).rounded() / 100) ≥ 0.25): the population has shifted, so the "
        + "holdout figures may not describe today's accounts."
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
