import Foundation

/// A calibration: learn from the deals the team won and lost which signals, present before
/// each deal opened, separate wins from losses; validate on the most recent deals; and
/// write the result as a scoring-model document.
///
/// **Fit** (``fit(_:asOf:)``, the part whose cost grows with the data):
/// 1. the point-in-time training set (``TrainingSetBuilder``), one per half-life of
///    `settings.halfLives` when the decay is learned;
/// 2. the out-of-time split (``OutOfTimeSplit``; default: the most recent 20% of closed
///    deals by `created_at` are held out);
/// 3. the small-data assessment of the training deals (``SmallDataPolicy``);
/// 4. λ — and the half-life — by expanding-window time-ordered cross-validation on the
///    training deals only (``TimeOrderedCrossValidation``), unless λ is given;
/// 5. the L2-regularised logistic regression on the training deals, λ raised by the
///    small-data policy when the data is small.
///
/// **Evaluate** (``evaluate(_:builder:baseline:asOf:version:)``): accuracy and calibration
/// on training and holdout (``ClassifierEvaluation``), the scorecard and the new
/// scoring-model document (``ScoringModel/calibrated(scorecard:halfLifeDays:tiers:version:)``),
/// the comparison with the active model on the same holdout (``BaselineComparison``) and
/// the population stability index of the account scores between the end of the training
/// window and `asOf`.
///
/// Pure and deterministic; never NaN: degenerate inputs either throw a
/// ``CalibrationError`` (no won or no lost training deals) or produce warnings.
///
/// ```swift
/// let builder = try TrainingSetBuilder(data: data, model: model)
/// let result = try CalibrationRun().run(
///   builder: builder, baseline: CalibrationBaseline(model: active, label: "active"),
///   asOf: today, version: "cal-20260930-1")
/// result.document  // feed to `quorum score --model`
/// ```
public struct CalibrationRun: Sendable {
  /// The run's choices.
  public var settings: CalibrationSettings

  /// Creates a run.
  public init(settings: CalibrationSettings = CalibrationSettings()) {
    self.settings = settings
  }

  /// Fits and evaluates: ``fit(_:asOf:)`` then ``evaluate(_:builder:baseline:asOf:version:)``.
  ///
  /// - Throws: ``CalibrationError/singleClass(positives:negatives:)`` when the training
  ///   deals are not both won and lost.
  public func run(
    builder: TrainingSetBuilder, baseline: CalibrationBaseline?, asOf: Timestamp,
    version: String
  ) throws -> CalibrationResult {
    try evaluate(
      try fit(builder, asOf: asOf), builder: builder, baseline: baseline, asOf: asOf,
      version: version)
  }

  /// Builds the training set of the deals closed by `asOf`, splits it out of time, chooses
  /// λ (and the half-life) and fits the model on the training deals: ``trainingSets(from:asOf:)``
  /// then ``fit(_:builder:)``.
  ///
  /// - Throws: ``CalibrationError/singleClass(positives:negatives:)`` when the training
  ///   deals are not both won and lost.
  public func fit(_ builder: TrainingSetBuilder, asOf: Timestamp?) throws -> CalibrationFit {
    try fit(trainingSets(from: builder, asOf: asOf), builder: builder)
  }

  /// The training sets of the deals closed by `asOf`: one per half-life of
  /// `settings.halfLives`, else one with the model's decay.
  ///
  /// - Complexity: O(Σ over deals of its account's activities) per half-life.
  public func trainingSets(from builder: TrainingSetBuilder, asOf: Timestamp?) -> [TrainingSet] {
    settings.halfLives.map { builder.build(asOf: asOf, halfLives: $0) }
      ?? [builder.build(asOf: asOf)]
  }

  /// Splits the deals out of time, chooses λ (and, with several sets, the half-life) and
  /// fits the model on the training deals.
  ///
  /// - Parameters:
  ///   - sets: from ``trainingSets(from:asOf:)``: one per half-life of `settings.halfLives`
  ///     (in that order), else one.
  ///   - builder: the builder they came from.
  /// - Throws: ``CalibrationError/singleClass(positives:negatives:)`` when the training
  ///   deals are not both won and lost.
  /// - Complexity: cross-validation about `half-lives × folds × λs` Newton paths, each
  ///   iteration O(n·p²).
  public func fit(_ sets: [TrainingSet], builder: TrainingSetBuilder) throws -> CalibrationFit {
    precondition(sets.count == (settings.halfLives?.count ?? 1), "one training set per half-life")
    let reference = sets[0]
    let split = settings.holdout.split(createdAt: reference.createdAt, won: reference.labels)
    var warnings = Self.holdoutWarnings(split)
    if builder.unknownAccountDeals > 0 {
      warnings.append(.unknownAccountDeals(builder.unknownAccountDeals))
    }
    let labels = split.trainingRows.map { reference.deals[$0].won }
    let won = labels.count(where: { $0 })
    let assessment = settings.smallData.assess(won: won, lost: labels.count - won)
    guard assessment.canFit else {
      throw CalibrationError.singleClass(positives: won, negatives: labels.count - won)
    }
    warnings += assessment.warnings
    let selection = try select(sets, rows: split.trainingRows, labels: labels, builder: builder)
    warnings += selection.warnings
    let chosen = sets[selection.candidate]
    let model = try LogisticRegression(lambda: assessment.adjustedLambda(selection.lambda)).fit(
      chosen.features.selectingRows(split.trainingRows), labels: labels)
    if let warning = model.convergence.warning { warnings.append(warning) }
    return CalibrationFit(
      trainingSet: chosen, split: split, crossValidation: selection.crossValidation,
      lambdaChoice: selection.choice, selectedLambda: selection.lambda,
      halfLifeDays: settings.halfLives.map { $0[selection.candidate] }, smallData: assessment,
      model: model, warnings: warnings)
  }

  /// Evaluates a fit: metrics on training and holdout, the scorecard and its document, the
  /// comparison with `baseline` on the same holdout, and score stability.
  ///
  /// - Parameters:
  ///   - builder: the builder the fit came from (its data and index are reused).
  ///   - baseline: the model to compare with (usually the active one), `nil` for none.
  ///   - asOf: "now", for the stability index.
  ///   - version: the new document's version string.
  /// - Throws: ``CalibrationError/invalidSetting(_:)`` when the fitted intercept is too
  ///   extreme to express as odds; ``CommitteeError`` when the baseline's committee settings
  ///   are invalid.
  public func evaluate(
    _ fit: CalibrationFit, builder: TrainingSetBuilder, baseline: CalibrationBaseline?,
    asOf: Timestamp, version: String
  ) throws -> CalibrationResult {
    let trainLabels = fit.trainingLabels
    let holdoutLabels = fit.holdoutLabels
    let holdoutFeatures = fit.holdoutFeatures
    let train = try ClassifierEvaluation(
      probabilities: fit.model.probabilities(for: fit.trainingFeatures), labels: trainLabels)
    let holdoutProbabilities = fit.model.probabilities(for: holdoutFeatures)
    let holdout =
      holdoutLabels.isEmpty
      ? nil : try ClassifierEvaluation(probabilities: holdoutProbabilities, labels: holdoutLabels)
    let scorecard = Scorecard(model: fit.model, scaling: settings.scaling)
    guard scorecard.interceptOdds.isFinite, scorecard.interceptOdds > 0 else {
      throw CalibrationError.invalidSetting(
        "the fitted intercept (\(fit.model.intercept)) is too extreme to express as odds")
    }
    let document = builder.model.calibrated(
      scorecard: scorecard, halfLifeDays: fit.halfLifeDays,
      tiers: tierCutoffs(baseRate: train.baseRate), version: version)
    var warnings = fit.warnings
    let comparison = try baseline.flatMap { baseline in
      try BaselineComparison(
        baseline: baseline, fit: fit, candidateProbabilities: holdoutProbabilities,
        candidate: scorecard, builder: builder)
    }
    let stability = try scoreStability(fit, scorecard: scorecard, builder: builder, asOf: asOf)
    if let psi = stability?.index.value, psi >= 0.25 {
      warnings.append(.scoreDistributionShift(psi: psi))
    }
    return CalibrationResult(
      fit: fit, scorecard: scorecard, document: document, train: train, holdout: holdout,
      comparison: comparison, stability: stability, warnings: warnings)
  }

  /// The ABM tier cut-offs on the calibrated score: the scores at which the win
  /// probability reaches `tierLifts` × the training win rate (kept within 1%…99%), rounded
  /// to hundredths.
  public func tierCutoffs(baseRate: Double) -> ScoringModel.TierCutoffs {
    let scores = settings.tierLifts.map { lift in
      let probability = min(max(lift * baseRate, 0.01), 0.99)
      return (settings.scaling.score(probability: probability) * 100).rounded() / 100
    }
    return ScoringModel.TierCutoffs(tier1: scores[0], tier2: scores[1], tier3: scores[2])
  }

  /// The split's warnings, with "no holdout" instead of "small" when it is empty.
  private static func holdoutWarnings(_ split: HoldoutSplit) -> [CalibrationWarning] {
    guard split.holdoutRows.isEmpty else { return split.warnings }
    return [.noHoldout]
  }

  private struct Selection {
    var candidate: Int
    var lambda: Double
    var choice: CalibrationFit.LambdaChoice
    var crossValidation: CrossValidationResult?
    var warnings: [CalibrationWarning] = []
  }

  /// λ and the training set (one per half-life) by cross-validation on the training rows.
  private func select(
    _ sets: [TrainingSet], rows: [Int], labels: [Bool], builder: TrainingSetBuilder
  ) throws -> Selection {
    if let lambda = settings.lambda, settings.halfLives == nil {
      return Selection(candidate: 0, lambda: lambda, choice: .given)
    }
    var cv = settings.crossValidation
    if let lambda = settings.lambda { cv.lambdas = [lambda] }
    do {
      if let halfLives = settings.halfLives {
        let result = try cv.select(
          candidates: zip(halfLives, sets).map { ($0, $1.features.selectingRows(rows)) },
          labels: labels)
        let candidate = halfLives.firstIndex(of: result.best.candidateLabel ?? 0) ?? 0
        return Selection(
          candidate: candidate, lambda: result.best.lambda,
          choice: settings.lambda == nil ? .crossValidated : .given, crossValidation: result)
      }
      let result = try cv.selectLambda(sets[0].features.selectingRows(rows), labels: labels)
      return Selection(
        candidate: 0, lambda: result.best.lambda, choice: .crossValidated,
        crossValidation: result)
    } catch CalibrationError.noUsableFolds {
      let lambda = settings.lambda ?? settings.smallData.minimumLambda
      let modelHalfLife = builder.model.engagement.halfLifeDays
      let candidate =
        settings.halfLives.flatMap { halfLives in
          halfLives.indices.min {
            abs(halfLives[$0] - modelHalfLife) < abs(halfLives[$1] - modelHalfLife)
          }
        } ?? 0
      return Selection(
        candidate: candidate, lambda: lambda,
        choice: settings.lambda == nil ? .fallback : .given,
        warnings: [
          .crossValidationUnavailable(
            lambda: lambda, halfLifeDays: settings.halfLives.map { $0[candidate] })
        ])
    }
  }

  /// The PSI of the calibrated scores of every account existing at the end of the training
  /// window against every account existing at `asOf`; `nil` without accounts.
  private func scoreStability(
    _ fit: CalibrationFit, scorecard: Scorecard, builder: TrainingSetBuilder, asOf: Timestamp
  ) throws -> CalibrationResult.Stability? {
    guard let last = fit.split.trainingRows.last else { return nil }
    let end = fit.trainingSet.deals[last].createdAt
    let scores = { (date: Timestamp) in
      builder.scores(of: scorecard, settings: fit.trainingSet.settings, asOf: date)
    }
    let expected = scores(end)
    let actual = scores(asOf)
    guard !expected.isEmpty, !actual.isEmpty else { return nil }
    return CalibrationResult.Stability(
      from: end, to: asOf,
      index: try PopulationStabilityIndex(
        expected: expected, actual: actual, binCount: settings.stabilityBins))
  }
}

extension TrainingSetBuilder {
  /// The scorecard score of every account existing at `asOf`, features as of `asOf`.
  ///
  /// - Complexity: O(accounts + contacts + activities).
  func scores(of scorecard: Scorecard, settings: FeatureSettings, asOf: Timestamp) -> [Double] {
    let accounts = scorer.accounts(existingAt: asOf)
    let scorer = scorer
    let decay = scorer.decay(settings)
    return ChunkedWork(count: accounts.count).map(state: scorer.makeTally) { tally, item in
      scorecard.score(
        for: scorer.features(
          ofAccount: accounts[item], cutoff: .atOrBefore(asOf), decay: decay, tally: &tally
        ).values)
    }
  }
}
