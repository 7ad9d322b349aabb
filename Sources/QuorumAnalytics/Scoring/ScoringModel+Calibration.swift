import Foundation

extension ScoringModel {
  /// A calibrated scorecard: points per unit of each account feature, scaled so that the
  /// account score maps back to a win probability.
  ///
  /// The account score is linear in the features (see ``AccountFeatures``):
  /// `score = baseScore + Σ points[f] × x_f`, and
  /// `p = 1 / (1 + exp(−(ln(baseOdds) + (score − baseScore) × ln 2 / pointsToDoubleOdds)))`:
  /// every `pointsToDoubleOdds` points double the odds of winning, and an account scoring
  /// `baseScore` has odds `baseOdds`. This is the "points to double the odds" scaling of
  /// credit scorecards (N. Siddiqi, *Credit Risk Scorecards*, Wiley 2006, ch. 6).
  ///
  /// ```swift
  /// // logit p = −1.2 + 0.8 × engagement.demo_requested
  /// let card = ScoringModel.Calibration(
  ///   intercept: -1.2, coefficients: ["engagement.demo_requested": 0.8],
  ///   baseScore: 600, pointsToDoubleOdds: 20)
  /// card.points["engagement.demo_requested"]  // 0.8 × 20 / ln 2 ≈ 23.08
  /// card.winProbability(score: 600)           // 1 / (1 + e^1.2) ≈ 0.2315
  /// ```
  public struct Calibration: Hashable, Sendable, Codable {
    /// The score of an account whose features are all zero.
    public var baseScore: Double
    /// The points that double the odds of winning (PDO).
    public var pointsToDoubleOdds: Double
    /// The odds of winning, p / (1 − p), at `baseScore`.
    public var baseOdds: Double
    /// Points per unit of each feature; features not listed earn nothing.
    public var points: [String: Double]

    /// Creates a scorecard.
    public init(
      baseScore: Double, pointsToDoubleOdds: Double, baseOdds: Double, points: [String: Double]
    ) {
      self.baseScore = baseScore
      self.pointsToDoubleOdds = pointsToDoubleOdds
      self.baseOdds = baseOdds
      self.points = points
    }

    /// Turns a fitted logistic model `logit p = intercept + Σ β_f x_f` (coefficients in the
    /// features' raw units, i.e. after undoing any standardisation) into a scorecard:
    /// `points[f] = β_f × pointsToDoubleOdds / ln 2`, `baseOdds = exp(intercept)`.
    public init(
      intercept: Double, coefficients: [String: Double], baseScore: Double = 600,
      pointsToDoubleOdds: Double = 20
    ) {
      let factor = pointsToDoubleOdds / M_LN2
      self.init(
        baseScore: baseScore, pointsToDoubleOdds: pointsToDoubleOdds, baseOdds: exp(intercept),
        points: coefficients.mapValues { $0 * factor })
    }

    /// The log-odds of winning at `score`.
    public func logOdds(score: Double) -> Double {
      log(baseOdds) + (score - baseScore) * M_LN2 / pointsToDoubleOdds
    }

    /// The win probability at `score` (computed without overflow for any finite score).
    public func winProbability(score: Double) -> Double {
      let z = logOdds(score: score)
      if z >= 0 { return 1 / (1 + exp(-z)) }
      let e = exp(z)
      return e / (1 + e)
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
      case baseScore, pointsToDoubleOdds, baseOdds, points
    }

    /// Decodes the scorecard, rejecting unknown fields.
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
      baseScore = try c.decode(Double.self, forKey: .baseScore)
      pointsToDoubleOdds = try c.decode(Double.self, forKey: .pointsToDoubleOdds)
      baseOdds = try c.decode(Double.self, forKey: .baseOdds)
      points = try c.decode([String: Double].self, forKey: .points)
    }
  }
}
