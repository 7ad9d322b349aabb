/// Every accuracy and calibration metric of one set of win-probability forecasts against
/// the outcomes: ROC AUC, log loss, Brier score, expected calibration error, the 10-bin
/// reliability table and lift by decile. See `ROCAUC`, `LogLoss`, `BrierScore`,
/// `ReliabilityTable` and `LiftTable` for definitions and references.
///
/// Every metric is defined on every non-empty input; with a single class the AUC is
/// `nil` (undefined), never NaN.
///
/// ```swift
/// let holdout = try ClassifierEvaluation(probabilities: model.probabilities(for: x),
///                                        labels: won)
/// holdout.auc, holdout.logLoss
/// ```
public struct ClassifierEvaluation: Hashable, Sendable {
  /// Forecasts evaluated.
  public let count: Int
  /// Won outcomes among them.
  public let positives: Int
  /// ROC AUC, `nil` when only one class is present.
  public let auc: Double?
  /// Mean log loss (the probability of the observed outcome floored at 10⁻¹⁵).
  public let logLoss: Double
  /// Brier score.
  public let brier: Double
  /// Expected calibration error over the reliability table's 10 bins.
  public let expectedCalibrationError: Double
  /// The 10-bin reliability table.
  public let reliability: ReliabilityTable
  /// Lift by decile.
  public let lift: LiftTable

  /// The observed win rate.
  public var baseRate: Double { Double(positives) / Double(count) }

  /// Evaluates `probabilities` against `labels` (true = won).
  ///
  /// - Throws: `CalibrationError.empty` for no forecasts.
  /// - Precondition: equal lengths; probabilities in [0, 1].
  /// - Complexity: O(n log n).
  public init(probabilities: [Double], labels: [Bool]) throws {
    guard let logLoss = LogLoss.mean(probabilities: probabilities, labels: labels),
      let brier = BrierScore.mean(probabilities: probabilities, labels: labels)
    else { throw CalibrationError.empty }
    let reliability = ReliabilityTable(probabilities: probabilities, labels: labels)
    self.count = probabilities.count
    self.positives = labels.count(where: { $0 })
    self.auc = ROCAUC.value(scores: probabilities, labels: labels)
    self.logLoss = logLoss
    self.brier = brier
    self.reliability = reliability
    self.expectedCalibrationError = reliability.expectedCalibrationError ?? 0
    self.lift = LiftTable(scores: probabilities, labels: labels)
  }
}
