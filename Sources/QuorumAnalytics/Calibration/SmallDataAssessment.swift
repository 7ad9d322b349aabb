/// The outcome of `SmallDataPolicy.assess(won:lost:)`.
public struct SmallDataAssessment: Hashable, Sendable {
  /// Won training deals.
  public let won: Int
  /// Lost training deals.
  public let lost: Int
  /// Whether either count is below the minimum.
  public let isSmall: Bool
  /// The factor applied to λ (1 when not small).
  public let lambdaMultiplier: Double
  /// The floor applied to λ before multiplying (0 when not small).
  public let minimumLambda: Double
  /// What was done, in plain words (empty when not small).
  public let warnings: [CalibrationWarning]

  /// Whether a model can be fitted at all (both outcomes present).
  public var canFit: Bool { won > 0 && lost > 0 }

  /// The λ to fit with, given the λ chosen by cross-validation or by the user.
  public func adjustedLambda(_ lambda: Double) -> Double {
    max(lambda, minimumLambda) * lambdaMultiplier
  }
}
