/// A candidate model against a baseline (usually the active model) on the **same**
/// holdout deals: every metric for both, the differences, and how each feature's points
/// moved.
///
/// Metric deltas are candidate − baseline, so a better candidate has a positive AUC delta
/// and negative log-loss, Brier and ECE deltas. A feature present in only one model counts
/// as 0 points per unit in the other. Feature deltas are ordered by the size of the change,
/// largest first, then by name, so the order is deterministic.
///
/// ```swift
/// let comparison = try ModelComparison(
///   labels: holdoutWon,
///   baseline: (activeProbabilities, activeCard.pointsPerUnit),
///   candidate: (newProbabilities, newCard.pointsPerUnit))
/// comparison.deltas.logLoss  // < 0: the new model predicts the holdout better
/// ```
public struct ModelComparison: Hashable, Sendable {
  /// Candidate − baseline for each summary metric.
  public struct MetricDeltas: Hashable, Sendable {
    /// AUC difference, `nil` when the holdout has one class only.
    public let auc: Double?
    /// Log-loss difference (negative is better).
    public let logLoss: Double
    /// Brier-score difference (negative is better).
    public let brier: Double
    /// Expected-calibration-error difference (negative is better).
    public let expectedCalibrationError: Double
  }

  /// How one feature's points per unit changed.
  public struct FeatureDelta: Hashable, Sendable {
    /// The feature name.
    public let name: String
    /// Points per unit in the baseline, `nil` when it lacks the feature.
    public let baselinePoints: Double?
    /// Points per unit in the candidate, `nil` when it lacks the feature.
    public let candidatePoints: Double?
    /// Candidate − baseline, a missing side counting as 0.
    public let delta: Double
  }

  /// The baseline's metrics on the holdout.
  public let baseline: ClassifierEvaluation
  /// The candidate's metrics on the holdout.
  public let candidate: ClassifierEvaluation
  /// Candidate − baseline.
  public let deltas: MetricDeltas
  /// Per-feature point changes, largest |delta| first.
  public let featureDeltas: [FeatureDelta]

  /// Compares two models' holdout forecasts and points.
  ///
  /// - Parameters:
  ///   - labels: holdout outcomes (true = won).
  ///   - baseline: the baseline's probability per holdout deal and its points per unit.
  ///   - candidate: the same for the candidate.
  /// - Throws: `CalibrationError.empty` for an empty holdout.
  /// - Precondition: one probability per label on each side.
  public init(
    labels: [Bool], baseline: (probabilities: [Double], pointsPerUnit: [String: Double]),
    candidate: (probabilities: [Double], pointsPerUnit: [String: Double])
  ) throws {
    let before = try ClassifierEvaluation(probabilities: baseline.probabilities, labels: labels)
    let after = try ClassifierEvaluation(probabilities: candidate.probabilities, labels: labels)
    self.baseline = before
    self.candidate = after
    self.deltas = MetricDeltas(
      auc: after.auc.flatMap { a in before.auc.map { a - $0 } },
      logLoss: after.logLoss - before.logLoss, brier: after.brier - before.brier,
      expectedCalibrationError: after.expectedCalibrationError - before.expectedCalibrationError)
    let names = Set(baseline.pointsPerUnit.keys).union(candidate.pointsPerUnit.keys)
    self.featureDeltas = names.map { name in
      let old = baseline.pointsPerUnit[name]
      let new = candidate.pointsPerUnit[name]
      return FeatureDelta(
        name: name, baselinePoints: old, candidatePoints: new, delta: (new ?? 0) - (old ?? 0))
    }.sorted { a, b in
      abs(a.delta) != abs(b.delta) ? abs(a.delta) > abs(b.delta) : a.name < b.name
    }
  }
}
