/// The choices of a calibration run (``CalibrationRun``): where the out-of-time holdout
/// starts, how λ and the half-life are chosen, the small-data policy, the scorecard scaling
/// and how ABM tiers are placed on the calibrated score.
///
/// ```swift
/// var settings = CalibrationSettings()          // most recent 20% held out, λ by CV
/// settings.halfLives = CalibrationSettings.defaultHalfLives   // learn the decay too
/// settings.lambda = 3                           // or fix λ
/// ```
public struct CalibrationSettings: Hashable, Sendable {
  /// The half-life grid tried when the decay is learned: 7, 14, 30, 60 and 90 days.
  public static let defaultHalfLives: [Double] = [7, 14, 30, 60, 90]

  /// The default tier rule: tier 1 from twice the training win rate, tier 2 from the win
  /// rate, tier 3 from half of it.
  public static let defaultTierLifts: [Double] = [2, 1, 0.5]

  /// The out-of-time split and its warning thresholds (default: the most recent 20% of
  /// closed deals by `created_at`).
  public var holdout: OutOfTimeSplit
  /// A fixed λ; `nil` to choose it by time-ordered cross-validation over
  /// `crossValidation.lambdas`.
  public var lambda: Double?
  /// Half-lives (days) to choose the decay from by the same cross-validation; `nil` to keep
  /// the base model's decay (its global and per-type half-lives).
  public var halfLives: [Double]?
  /// Folds and λ grid of the cross-validation (default: 5 folds, λ ∈ 0.01…100, fits to a
  /// relative step of 10⁻⁸, and each candidate's walk down the λ grid stops after two
  /// values that do not improve its score).
  public var crossValidation: TimeOrderedCrossValidation
  /// What is done below the documented minimum of won and lost training deals.
  public var smallData: SmallDataPolicy
  /// Log-odds to points: by default 600 points at even odds and 20 points to double the
  /// odds, so one score means one win probability in every calibrated version.
  public var scaling: ScorecardScaling
  /// Tier 1, 2 and 3 start at these multiples of the training win rate (descending).
  public var tierLifts: [Double]
  /// Quantile bins of the population stability index.
  public var stabilityBins: Int

  /// Creates settings; every parameter has the documented default.
  ///
  /// - Precondition: a given λ is finite and ≥ 0; half-lives are positive; three positive,
  ///   descending tier lifts; at least one stability bin.
  public init(
    holdout: OutOfTimeSplit = OutOfTimeSplit(), lambda: Double? = nil,
    halfLives: [Double]? = nil,
    crossValidation: TimeOrderedCrossValidation = TimeOrderedCrossValidation(
      tolerance: 1e-8, stopAfterRises: 2),
    smallData: SmallDataPolicy = SmallDataPolicy(), scaling: ScorecardScaling = ScorecardScaling(),
    tierLifts: [Double] = CalibrationSettings.defaultTierLifts, stabilityBins: Int = 10
  ) {
    precondition(lambda.map { $0.isFinite && $0 >= 0 } ?? true, "λ must be finite and >= 0")
    precondition(
      halfLives.map { !$0.isEmpty && $0.allSatisfy { $0 > 0 && $0.isFinite } } ?? true,
      "half-lives must be positive")
    precondition(
      tierLifts.count == 3 && tierLifts.allSatisfy { $0 > 0 }
        && tierLifts == tierLifts.sorted(by: >),
      "three positive, descending tier lifts")
    precondition(stabilityBins >= 1, "need at least one bin")
    self.holdout = holdout
    self.lambda = lambda
    self.halfLives = halfLives
    self.crossValidation = crossValidation
    self.smallData = smallData
    self.scaling = scaling
    self.tierLifts = tierLifts
    self.stabilityBins = stabilityBins
  }
}
