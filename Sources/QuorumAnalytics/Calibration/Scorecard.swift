import Foundation

/// A fitted logistic model expressed as scorecard points: a deal's score is
///
///     score = basePoints + Σⱼ pointsPerUnitⱼ · xⱼ
///
/// over its original-scale feature values xⱼ, with pointsPerUnitⱼ = factor · βⱼ and
/// basePoints = offset + factor · b (β, b the model's original-scale coefficients and
/// intercept; factor, offset from `ScorecardScaling`). The score is a monotone relabelling
/// of the model's log-odds, so `probability(score:)` gives back the model's calibrated win
/// probability exactly (Siddiqi, *Credit Risk Scorecards*, Wiley 2006, ch. 6).
///
/// `basePoints` is the score of a deal whose features are all zero; the odds there are
/// e^b. A scoring-model document that stores "score at all-zero features, PDO, odds there,
/// points per feature" takes (`basePoints`, `scaling.pointsToDoubleOdds`, `interceptOdds`,
/// `pointsPerUnit`).
///
/// ```swift
/// let card = Scorecard(model: model)            // 600 at even odds, PDO 20
/// let s = card.score(for: row)                  // model.probability(for: row) ==
/// card.probability(score: s)                    //   this, to rounding
/// ```
public struct Scorecard: Hashable, Sendable {
  /// One feature's points.
  public struct Feature: Hashable, Sendable {
    /// The feature name.
    public let name: String
    /// Log-odds per unit of the feature (the model's original-scale coefficient).
    public let coefficient: Double
    /// Points per unit of the feature: factor · coefficient.
    public let pointsPerUnit: Double
  }

  /// The scaling used.
  public let scaling: ScorecardScaling
  /// The model intercept b on the original scale (log-odds at all-zero features).
  public let intercept: Double
  /// The score of a deal whose features are all zero: offset + factor · b.
  public let basePoints: Double
  /// Points per feature, in the model's feature order.
  public let features: [Feature]

  /// Scales `model` with `scaling`.
  public init(model: LogisticModel, scaling: ScorecardScaling = ScorecardScaling()) {
    self.init(
      intercept: model.intercept,
      coefficients: Array(zip(model.featureNames, model.coefficients)), scaling: scaling)
  }

  /// Scales an intercept and named original-scale coefficients (e.g. read from storage).
  public init(
    intercept: Double, coefficients: [(name: String, coefficient: Double)],
    scaling: ScorecardScaling = ScorecardScaling()
  ) {
    self.scaling = scaling
    self.intercept = intercept
    self.basePoints = scaling.score(logOdds: intercept)
    self.features = coefficients.map {
      Feature(
        name: $0.name, coefficient: $0.coefficient, pointsPerUnit: scaling.factor * $0.coefficient)
    }
  }

  /// The odds of winning at all-zero features, e^b (may overflow to +∞ for b > 709).
  public var interceptOdds: Double { exp(intercept) }

  /// Points per unit by feature name.
  public var pointsPerUnit: [String: Double] {
    Dictionary(
      features.map { ($0.name, $0.pointsPerUnit) }, uniquingKeysWith: { first, _ in first })
  }

  /// Each feature's points for one row of original-scale values, in feature order.
  public func points(for row: some Collection<Double>) -> [Double] {
    precondition(row.count == features.count, "one value per feature")
    return zip(features, row).map { $0.pointsPerUnit * $1 }
  }

  /// The total score of one row of original-scale values.
  public func score(for row: some Collection<Double>) -> Double {
    points(for: row).reduce(basePoints, +)
  }

  /// The calibrated win probability at `score`.
  public func probability(score: Double) -> Double { scaling.probability(score: score) }

  /// The score at which the win probability is `probability` (0 < p < 1).
  public func score(probability: Double) -> Double { scaling.score(probability: probability) }
}
