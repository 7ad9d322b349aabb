/// The model a calibration is compared with, usually the active one.
public struct CalibrationBaseline: Hashable, Sendable {
  /// The model.
  public var model: ScoringModel
  /// How to name it in a report, e.g. `active model #3 (cal-20260630-1)`.
  public var label: String

  /// Creates a baseline.
  public init(model: ScoringModel, label: String) {
    self.model = model
    self.label = label
  }
}

/// A new calibration against a baseline model on the **same** holdout deals: both models'
/// win-probability forecasts for each holdout deal as of the instant before it opened, the
/// metric deltas, and per-feature point deltas on the new scorecard's scale.
///
/// The baseline's forecasts come from scoring each deal's account with the baseline model
/// exactly as `quorum score` would have at that instant (its own features, decay and
/// committee settings). A calibrated baseline forecasts its own win probability. A
/// hand-written baseline has no probability, so its account score s is mapped to one by a
/// logistic fit of the training deals' outcomes on s (Platt scaling: p = σ(a + b·s);
/// J. Platt, *Probabilistic Outputs for Support Vector Machines*, 1999) — fitted on the
/// training deals only, so the holdout stays out of sample.
///
/// Point deltas: each model's log-odds per unit of a feature, times the new scorecard's
/// factor (PDO / ln 2). For a hand-written baseline the log-odds are its nominal rollup
/// points (``ScoringModel/nominalPointsPerUnit``, before caps and diminishing returns)
/// times the Platt slope b — an approximation, since the rollup is not linear.
public struct BaselineComparison: Hashable, Sendable {
  /// How the baseline's forecasts were obtained.
  public enum Mapping: Hashable, Sendable {
    /// The baseline is calibrated: its own win probability.
    case calibrated
    /// The baseline's account score s mapped by p = σ(intercept + slope·s), fitted on the
    /// training deals.
    case fittedToScore(intercept: Double, slope: Double)
  }

  /// The baseline's label.
  public let label: String
  /// The baseline model's version.
  public let version: String
  /// How the baseline's forecasts were obtained.
  public let mapping: Mapping
  /// Metrics of both models on the holdout, their deltas (new − baseline) and the point
  /// deltas.
  public let comparison: ModelComparison

  /// Compares; `nil` when the holdout is empty.
  init?(
    baseline: CalibrationBaseline, fit: CalibrationFit, candidateProbabilities: [Double],
    candidate: Scorecard, builder: TrainingSetBuilder
  ) throws {
    guard !fit.split.holdoutRows.isEmpty else { return nil }
    let scorer =
      baseline.model == builder.model
      ? builder.scorer
      : try PointInTimeScorer(rebinding: builder.scorer, to: baseline.model)
    let deals = fit.trainingSet.deals
    // The training rows hold each deal's committee signals as of the instant before it
    // opened, as features: a scorer with the same committee settings reads them there.
    let features = fit.trainingSet.features
    let slots =
      scorer.committee.settings == builder.scorer.committee.settings
      ? builder.scorer.extractor.index.compiled.committeeFeatures : nil
    // Deals are independent: score them (numbers only) in chunks on all cores, in order.
    let scores = { (rows: [Int]) in
      ChunkedWork(count: rows.count).map(state: scorer.makeTally) { tally, item in
        let row = rows[item]
        let deal = deals[row]
        guard let position = scorer.extractor.index.accountPosition[deal.accountID] else {
          preconditionFailure("a training deal's account is indexed")
        }
        return scorer.total(
          ofAccount: position, cutoff: .before(deal.createdAt),
          committee: slots.map { CommitteeSignals(features: features.row(row), slots: $0) },
          tally: &tally)
      }
    }
    let holdout = scores(fit.split.holdoutRows)
    let probabilities: [Double]
    if baseline.model.calibration != nil {
      mapping = .calibrated
      probabilities = holdout.map { $0.winProbability ?? 0.5 }
    } else {
      let platt = try LogisticRegression(lambda: 1).fit(
        DesignMatrix(
          columnNames: ["score"],
          rows: scores(fit.split.trainingRows).map { [$0.total.value] }),
        labels: fit.trainingLabels)
      mapping = .fittedToScore(intercept: platt.intercept, slope: platt.coefficients[0])
      probabilities = holdout.map { platt.probability(for: [$0.total.value]) }
    }
    let slope = if case .fittedToScore(_, let slope) = mapping { slope } else { 0.0 }
    let factor = candidate.scaling.factor
    label = baseline.label
    version = baseline.model.version
    comparison = try ModelComparison(
      labels: fit.holdoutLabels,
      baseline: (
        probabilities,
        baseline.model.logOddsPerUnit(pointsToLogOdds: slope).mapValues { $0 * factor }
      ),
      candidate: (candidateProbabilities, candidate.pointsPerUnit))
  }
}
