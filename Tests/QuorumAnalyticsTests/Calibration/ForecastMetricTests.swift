import Foundation
import QuorumAnalytics
import Testing

@Suite struct ForecastMetricTests {
  @Test func aucCountsTiesAsHalf() throws {
    // Won scores 0.8, 0.6, 0.4; lost scores 0.6, 0.6, 0.2. Pairs won-vs-lost:
    // 0.8 beats all three → 3; 0.6 ties two (½ + ½) and beats 0.2 → 2; 0.4 beats 0.2 → 1.
    // AUC = (3 + 2 + 1) / (3 · 3) = 2/3.
    let auc = ROCAUC.value(
      scores: [0.8, 0.6, 0.6, 0.4, 0.6, 0.2], labels: [true, true, false, true, false, false])
    #expect(abs(try #require(auc) - 2.0 / 3.0) < 1e-12)
  }

  @Test func aucIsOneForPerfectRankingAndHalfForConstantScores() throws {
    let labels = [false, true, false, true]
    #expect(ROCAUC.value(scores: [0.1, 0.9, 0.2, 0.8], labels: labels) == 1)
    #expect(ROCAUC.value(scores: [0.9, 0.1, 0.8, 0.2], labels: labels) == 0)
    #expect(ROCAUC.value(scores: [0.5, 0.5, 0.5, 0.5], labels: labels) == 0.5)
  }

  @Test func aucIsUndefinedNotNaNWithOneClass() {
    #expect(ROCAUC.value(scores: [0.2, 0.7], labels: [true, true]) == nil)
    #expect(ROCAUC.value(scores: [], labels: []) == nil)
  }

  @Test func brierScoreMatchesHandArithmetic() throws {
    // (0.9 − 1)² + (0.3 − 1)² + (0.6 − 0)² + (0.2 − 0)² = 0.01 + 0.49 + 0.36 + 0.04 = 0.9;
    // mean 0.9 / 4 = 0.225.
    let brier = BrierScore.mean(
      probabilities: [0.9, 0.3, 0.6, 0.2], labels: [true, true, false, false])
    #expect(abs(try #require(brier) - 0.225) < 1e-12)
    #expect(BrierScore.mean(probabilities: [], labels: []) == nil)
  }

  @Test func logLossMatchesHandArithmeticAndClipsCertainMisses() throws {
    // −(ln 0.9 + ln 0.3 + ln(1 − 0.6) + ln(1 − 0.2)) / 4.
    let loss = LogLoss.mean(
      probabilities: [0.9, 0.3, 0.6, 0.2], labels: [true, true, false, false])
    let expected = -(log(0.9) + log(0.3) + log(0.4) + log(0.8)) / 4
    #expect(abs(try #require(loss) - expected) < 1e-12)
    // A certain miss costs −ln(10⁻¹⁵) ≈ 34.54, not infinity.
    let miss = try #require(LogLoss.mean(probabilities: [1], labels: [false]))
    #expect(abs(miss - 15 * log(10.0)) < 1e-6)
  }

  @Test func evaluationIsFiniteOnSingleClassInput() throws {
    let evaluation = try ClassifierEvaluation(
      probabilities: [0, 0.3, 1], labels: [true, true, true])
    #expect(evaluation.auc == nil)
    #expect(evaluation.logLoss.isFinite && evaluation.brier.isFinite)
    #expect(evaluation.expectedCalibrationError.isFinite)
    #expect(evaluation.lift.groups.allSatisfy { $0.lift == 1 })
    #expect(throws: CalibrationError.empty) {
      try ClassifierEvaluation(probabilities: [], labels: [])
    }
  }

  @Test func evaluationCombinesTheIndividualMetrics() throws {
    let p = [0.9, 0.3, 0.6, 0.2]
    let y = [true, true, false, false]
    let evaluation = try ClassifierEvaluation(probabilities: p, labels: y)
    #expect(evaluation.count == 4 && evaluation.positives == 2 && evaluation.baseRate == 0.5)
    #expect(evaluation.auc == ROCAUC.value(scores: p, labels: y))
    #expect(evaluation.brier == BrierScore.mean(probabilities: p, labels: y))
    #expect(evaluation.reliability.bins.count == 10)
  }
}
