import QuorumAnalytics
import Testing

@Suite struct ModelComparisonTests {
  @Test func reportsMetricAndPointDeltasOnTheSameHoldout() throws {
    let labels = [true, true, false, false]
    let comparison = try ModelComparison(
      labels: labels,
      baseline: ([0.6, 0.3, 0.4, 0.5], ["demo": 10, "webinar": 5]),
      candidate: ([0.9, 0.7, 0.2, 0.1], ["demo": 20, "pricing": 8]))
    // Baseline AUC: won {0.6, 0.3} vs lost {0.4, 0.5} → 2 of 4 pairs = 0.5; candidate 1.
    #expect(comparison.deltas.auc == 0.5)
    // Brier: baseline (0.16 + 0.49 + 0.16 + 0.25)/4 = 0.265; candidate
    // (0.01 + 0.09 + 0.04 + 0.01)/4 = 0.0375; delta −0.2275.
    #expect(abs(comparison.deltas.brier + 0.2275) < 1e-12)
    #expect(comparison.deltas.logLoss < 0)
    #expect(comparison.featureDeltas.map(\.name) == ["demo", "pricing", "webinar"])
    #expect(comparison.featureDeltas.map(\.delta) == [10, 8, -5])
    #expect(comparison.featureDeltas[1].baselinePoints == nil)
  }

  @Test func singleClassHoldoutHasNoAUCDelta() throws {
    let comparison = try ModelComparison(
      labels: [true, true], baseline: ([0.5, 0.5], [:]), candidate: ([0.6, 0.7], [:]))
    #expect(comparison.deltas.auc == nil && comparison.featureDeltas.isEmpty)
  }
}
