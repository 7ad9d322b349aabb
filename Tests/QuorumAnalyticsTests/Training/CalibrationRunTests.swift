import Foundation
import Testing

@testable import QuorumAnalytics

@Suite struct CalibrationRunTests {
  /// 1,500 synthetic accounts (seed 7) with the generator's truth for every deal.
  static let sample: (data: CRMData, truths: [String: SyntheticDealTruth]) = {
    var data = CRMData()
    var truths: [String: SyntheticDealTruth] = [:]
    do {
      try SyntheticCRM(settings: SyntheticCRMSettings(accounts: 1_500, seed: 7))
        .generate(withGroundTruth: { batch, batchTruths in
          data.append(batch)  // spend too: calibration never reads it
          for truth in batchTruths { truths[truth.opportunityID] = truth }
        })
    } catch {
      Issue.record("generation failed: \(error)")
    }
    return (data, truths)
  }()

  static let end = SyntheticCRMSettings(accounts: 1_500, seed: 7).asOf

  /// Through the training-set builder on data whose true win model is known
  /// (`SyntheticCRM.md`): the signals the generator really uses get positive weight, and
  /// the out-of-time AUC is honest — well above chance, and not far below the AUC of the
  /// true probabilities on the same holdout deals.
  @Test func findsTheGeneratorsSignalsOnSyntheticDeals() throws {
    let builder = try TrainingSetBuilder(data: Self.sample.data, model: .default)
    let fit = try CalibrationRun(settings: CalibrationSettings(lambda: 100)).fit(
      builder, asOf: Self.end)
    #expect(fit.trainingSet.deals.count > 700)
    #expect(fit.model.convergence.converged)
    for name in [
      "committee.economic_buyer", "committee.champion", "framework.budget",
      "framework.authority", "framework.need", "framework.timeline",
      "engagement.pricing_page_view", "engagement.meeting", "engagement.email_reply",
      "fit.industry.core",
    ] {
      #expect((fit.model.coefficient(named: name) ?? 0) > 0, "\(name)")
    }
    let holdout = fit.split.holdoutRows.map { fit.trainingSet.deals[$0] }
    let auc = try #require(
      ROCAUC.value(
        scores: fit.model.probabilities(for: fit.holdoutFeatures), labels: fit.holdoutLabels))
    let truthAUC = try #require(
      ROCAUC.value(
        scores: holdout.map { Self.sample.truths[$0.opportunityID]?.probabilityOfWinning ?? 0 },
        labels: fit.holdoutLabels))
    #expect(auc > 0.68)
    #expect(auc > truthAUC - 0.12, "\(auc) vs the truth's \(truthAUC)")
  }

  /// The exported document applies the calibration directly: scoring with it (the whole
  /// pipeline: matching, committees, scorer) gives each account the win probability the
  /// fitted model gives its features, up to the scorer's rounding of points to hundredths.
  /// With a learned half-life the document decays engagement exactly as training did.
  @Test(arguments: [nil, [14.0, 60.0]])
  func theExportedDocumentScoresAccountsWithTheFittedProbabilities(halfLives: [Double]?) throws {
    let data = SyntheticSample.merged
    let asOf = SampleCalibration.asOf
    let builder = try #require(SampleCalibration.builder)
    let result =
      try halfLives.map {
        try CalibrationRun(settings: CalibrationSettings(lambda: 10, halfLives: $0))
          .run(builder: builder, baseline: nil, asOf: asOf, version: "cal-test-1")
      } ?? #require(SampleCalibration.result)
    let document = try ScoringModel.decode(from: result.document.encoded())
    #expect(document == result.document)
    #expect(document.version == "cal-test-1")
    let extractor = FeatureExtractor(data: data, model: document)
    // Training rows: the document's own decay reproduces them.
    for (row, deal) in result.fit.trainingSet.deals.enumerated() where row % 7 == 0 {
      let features = extractor.features(
        accountID: deal.accountID, cutoff: .before(deal.createdAt),
        committee: builder.scorer.committee.signals(
          ofAccount: try #require(builder.scorer.extractor.index.accountPosition[deal.accountID]),
          cutoff: .before(deal.createdAt)))
      #expect(features?.values == Array(result.fit.trainingSet.features.row(row)))
    }
    // Today's scores: the scorer's win probability is the model's, to rounding.
    let view = try QualificationPipeline(model: document).run(data, asOf: asOf)
    var checked = 0
    for account in view.scoring.accounts {
      let probability = try #require(account.winProbability)
      let features = try #require(
        extractor.features(
          accountID: account.accountID, cutoff: .atOrBefore(asOf),
          committee: view.committees[account.accountID]?.signals))
      // Each reason is rounded once to 0.01 points: |Δ score| ≤ 0.005 per reason, and
      // |Δp| ≤ |Δ log-odds| / 4 = |Δ score| · ln 2 / (4 · PDO).
      let bound = 0.005 * Double(account.reasons.count) * M_LN2 / (4 * 20) + 1e-12
      #expect(abs(probability - result.fit.model.probability(for: features.values)) <= bound)
      checked += 1
    }
    #expect(checked == data.accounts.count)
  }

  @Test func tierCutOffsAreTheScoresOfMultiplesOfTheTrainingWinRate() {
    // Base rate 25%: tier 1 at p = 50% (odds 1 → 600), tier 2 at 25% (odds 1/3 →
    // 600 + 20·log2(1/3) = 568.30), tier 3 at 12.5% (odds 1/7 → 600 − 20·log2 7 = 543.85).
    let tiers = CalibrationRun().tierCutoffs(baseRate: 0.25)
    #expect(tiers == ScoringModel.TierCutoffs(tier1: 600, tier2: 568.3, tier3: 543.85))
    // Probabilities are kept within 1%…99%: a 60% base rate puts tier 1 at 99%.
    let high = CalibrationRun().tierCutoffs(baseRate: 0.6)
    #expect(abs(high.tier1 - (600 + 20 * log2(99))) < 0.005)
  }

  @Test func theCalibratedDocumentCarriesTheScorecardTiersAndDecay() throws {
    let card = Scorecard(
      intercept: -2, coefficients: [("engagement.demo_requested", 0.5), ("committee.champion", 1)])
    let tiers = ScoringModel.TierCutoffs(tier1: 610, tier2: 580, tier3: 550)
    let learned = ScoringModel.default.calibrated(
      scorecard: card, halfLifeDays: 14, tiers: tiers, version: "cal-x")
    let calibration = try #require(learned.calibration)
    // basePoints = 600 + (20 / ln 2)·(−2) = 542.29; points = (20 / ln 2)·β.
    #expect(abs(calibration.baseScore - (600 - 40 / M_LN2)) < 1e-9)
    #expect(abs(calibration.baseOdds - exp(-2)) < 1e-15)
    #expect(abs((calibration.points["committee.champion"] ?? 0) - 20 / M_LN2) < 1e-9)
    #expect(
      abs(calibration.winProbability(score: calibration.baseScore) - 1 / (1 + exp(2))) < 1e-12)
    #expect(learned.abmTiers == tiers && learned.version == "cal-x")
    #expect(learned.engagement.halfLifeDays == 14)
    #expect(learned.engagement.activities.values.allSatisfy { $0.halfLifeDays == nil })
    #expect(try ScoringModel.decode(from: learned.encoded()) == learned)
    let kept = ScoringModel.default.calibrated(
      scorecard: card, halfLifeDays: nil, tiers: tiers, version: "cal-y")
    #expect(kept.engagement == ScoringModel.default.engagement)
  }

  /// Compared with itself on the same holdout, a calibration changes nothing: the
  /// baseline's forecasts come from scoring the holdout deals with its document, so the
  /// metrics agree to the scorer's rounding and every point delta is zero.
  @Test func aModelComparedWithItselfShowsNoChange() throws {
    let builder = try #require(SampleCalibration.builder)
    let first = try #require(SampleCalibration.result)
    let asOf = SampleCalibration.asOf
    let again = try CalibrationRun(settings: CalibrationSettings(lambda: 10)).evaluate(
      first.fit, builder: builder,
      baseline: CalibrationBaseline(model: first.document, label: "itself"), asOf: asOf,
      version: "cal-b")
    let comparison = try #require(again.comparison)
    #expect(comparison.mapping == .calibrated)
    #expect(abs(comparison.comparison.deltas.logLoss) < 1e-3)
    #expect(abs(comparison.comparison.deltas.brier) < 1e-3)
    #expect(abs(comparison.comparison.deltas.auc ?? 1) < 0.01)
    #expect(comparison.comparison.featureDeltas.allSatisfy { abs($0.delta) < 1e-9 })
  }

  /// A hand-written baseline's score is mapped to a probability on the training deals; on
  /// synthetic data a higher default score means a likelier win.
  @Test func aHandWrittenBaselineIsMappedThroughItsScore() throws {
    let result = try #require(SampleCalibration.result)
    let comparison = try #require(result.comparison)
    guard case .fittedToScore(_, let slope) = comparison.mapping else {
      Issue.record("expected a score mapping")
      return
    }
    #expect(slope > 0)
    #expect(comparison.comparison.baseline.count == result.fit.split.holdoutRows.count)
    // Nominal points rescaled: a met budget is 10 rollup points × slope × 20 / ln 2.
    let budget = comparison.comparison.featureDeltas.first { $0.name == "framework.budget" }
    #expect(abs((budget?.baselinePoints ?? 0) - 10 * slope * 20 / M_LN2) < 1e-9)
    #expect(result.stability != nil)
  }
}
