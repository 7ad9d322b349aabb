/// Everything a calibration found: the fit, the metrics on training and holdout, the
/// scorecard and its scoring-model document, the comparison with the baseline, score
/// stability and the warnings.
public struct CalibrationResult: Hashable, Sendable {
  /// The population stability index of the calibrated account scores between two dates.
  public struct Stability: Hashable, Sendable {
    /// The end of the training window (the last training deal's creation): the reference.
    public let from: Timestamp
    /// "Now" (the calibration's as-of date).
    public let to: Timestamp
    /// The index over the two score distributions.
    public let index: PopulationStabilityIndex
  }

  /// The fit: training set, split, λ and half-life, model.
  public let fit: CalibrationFit
  /// The model as scorecard points.
  public let scorecard: Scorecard
  /// The new scoring-model document.
  public let document: ScoringModel
  /// Metrics on the training deals (in sample).
  public let train: ClassifierEvaluation
  /// Metrics on the holdout deals (out of time), `nil` when the holdout is empty.
  public let holdout: ClassifierEvaluation?
  /// The comparison with the baseline on the same holdout, `nil` without a baseline or a
  /// holdout.
  public let comparison: BaselineComparison?
  /// Score stability between the end of the training window and now, `nil` without
  /// training deals or accounts.
  public let stability: Stability?
  /// What a person should know, in plain language.
  public let warnings: [CalibrationWarning]

  /// The λ the model was fitted with (after the small-data policy).
  public var lambda: Double { fit.model.lambda }

  /// The half-life of the engagement features, in days: the learned one, else the base
  /// model's global half-life.
  public var halfLifeDays: Double { document.engagement.halfLifeDays }

  /// The creation times of the first and last training deals.
  public var trainingWindow: ClosedRange<Timestamp>? {
    window(fit.split.trainingRows)
  }

  /// The creation times of the first and last holdout deals.
  public var holdoutWindow: ClosedRange<Timestamp>? {
    window(fit.split.holdoutRows)
  }

  private func window(_ rows: [Int]) -> ClosedRange<Timestamp>? {
    guard let first = rows.first, let last = rows.last else { return nil }
    return fit.trainingSet.deals[first].createdAt...fit.trainingSet.deals[last].createdAt
  }
}
