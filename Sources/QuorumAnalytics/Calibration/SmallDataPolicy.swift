/// What calibration does when there are few won or lost deals to learn from.
///
/// The information in a logistic regression is limited by the rarer outcome: rules of
/// thumb ask for at least 10–20 events per candidate feature (Peduzzi et al., *A
/// simulation study of the number of events per variable in logistic regression
/// analysis*, J. Clin. Epidemiol. 49, 1996; Harrell, *Regression Modeling Strategies*,
/// 2nd ed., 2015, §4.4). Quorum's documented minimum is `minimumPerOutcome` (default 30)
/// won **and** 30 lost training deals. Below it, with m = min(won, lost):
///
///     λ_used = max(λ, minimumLambda) · minimumPerOutcome / max(m, 1)
///
/// so the penalty grows as the rarer outcome gets rarer (×3 at 10 deals, ×30 at 1), and a
/// `CalibrationWarning.smallTrainingSet` says so. At or above the minimum λ is used as
/// given. With no won or no lost deals at all nothing can be fitted (`canFit` is false;
/// `LogisticRegression` throws `CalibrationError.singleClass`).
///
/// ```swift
/// let assessment = SmallDataPolicy().assess(won: 12, lost: 80)
/// let lambda = assessment.adjustedLambda(cvLambda)  // 2.5 × max(cvLambda, 1)
/// assessment.warnings                                // says so, in plain words
/// ```
public struct SmallDataPolicy: Hashable, Sendable {
  /// The documented minimum of won and of lost training deals.
  public var minimumPerOutcome: Int
  /// The smallest λ used before multiplying, when data is small.
  public var minimumLambda: Double

  /// Creates a policy.
  ///
  /// - Precondition: `minimumPerOutcome` ≥ 1; `minimumLambda` finite and ≥ 0.
  public init(minimumPerOutcome: Int = 30, minimumLambda: Double = 1) {
    precondition(minimumPerOutcome >= 1, "minimum must be at least 1")
    precondition(minimumLambda.isFinite && minimumLambda >= 0, "invalid minimum λ")
    self.minimumPerOutcome = minimumPerOutcome
    self.minimumLambda = minimumLambda
  }

  /// Assesses a training set of `won` and `lost` deals.
  public func assess(won: Int, lost: Int) -> SmallDataAssessment {
    precondition(won >= 0 && lost >= 0, "counts must not be negative")
    let rarer = min(won, lost)
    let isSmall = rarer < minimumPerOutcome
    let multiplier = isSmall ? Double(minimumPerOutcome) / Double(max(rarer, 1)) : 1
    return SmallDataAssessment(
      won: won, lost: lost, isSmall: isSmall, lambdaMultiplier: multiplier,
      minimumLambda: isSmall ? minimumLambda : 0,
      warnings: isSmall
        ? [
          .smallTrainingSet(
            won: won, lost: lost, minimum: minimumPerOutcome, lambdaMultiplier: multiplier)
        ] : [])
  }
}
