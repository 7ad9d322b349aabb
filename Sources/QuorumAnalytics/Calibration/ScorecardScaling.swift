import Foundation

/// The "points to double the odds" scaling that turns log-odds into scorecard points
/// (Siddiqi, *Credit Risk Scorecards*, Wiley 2006, ch. 6; Anderson, *The Credit Scoring
/// Toolkit*, 2007, §10.3):
///
///     score = offset + factor · ln(odds),   factor = PDO / ln 2,
///     offset = baseScore − factor · ln(baseOdds)
///
/// so a deal scoring `baseScore` has odds of winning `baseOdds` (p / (1 − p)), and every
/// `pointsToDoubleOdds` (PDO) more points double those odds. The defaults — 600 points at
/// even odds (50%), 20 points to double — are the usual credit-scoring numbers; a deal
/// with a 20% win chance (odds ¼) then scores 600 + 28.85·ln ¼ = 560.
///
/// ```swift
/// let scaling = ScorecardScaling()   // 600 at 1:1, PDO 20
/// scaling.score(probability: 0.8)    // 600 + 20 · log₂ 4 = 640
/// scaling.probability(score: 640)    // 0.8
/// ```
public struct ScorecardScaling: Hashable, Sendable {
  /// Points that double the odds of winning (PDO).
  public var pointsToDoubleOdds: Double
  /// The score at which the odds of winning are `baseOdds`.
  public var baseScore: Double
  /// The odds of winning, p / (1 − p), at `baseScore`.
  public var baseOdds: Double

  /// Creates a scaling.
  ///
  /// - Precondition: PDO > 0 and finite; base odds > 0 and finite; base score finite.
  public init(pointsToDoubleOdds: Double = 20, baseScore: Double = 600, baseOdds: Double = 1) {
    precondition(pointsToDoubleOdds.isFinite && pointsToDoubleOdds > 0, "PDO must be > 0")
    precondition(baseOdds.isFinite && baseOdds > 0, "base odds must be > 0")
    precondition(baseScore.isFinite, "base score must be finite")
    self.pointsToDoubleOdds = pointsToDoubleOdds
    self.baseScore = baseScore
    self.baseOdds = baseOdds
  }

  /// Points per unit of log-odds: PDO / ln 2.
  public var factor: Double { pointsToDoubleOdds / M_LN2 }

  /// The score at log-odds 0 (even odds): baseScore − factor · ln(baseOdds).
  public var offset: Double { baseScore - factor * log(baseOdds) }

  /// The score for log-odds `logOdds`.
  public func score(logOdds: Double) -> Double { offset + factor * logOdds }

  /// The log-odds for `score`.
  public func logOdds(score: Double) -> Double { (score - offset) / factor }

  /// The win probability for `score` (never NaN for a finite score).
  public func probability(score: Double) -> Double {
    LogisticFunction.sigmoid(logOdds(score: score))
  }

  /// The score for win probability `probability`.
  ///
  /// - Precondition: 0 < probability < 1.
  public func score(probability: Double) -> Double {
    score(logOdds: LogisticFunction.logit(probability))
  }
}
