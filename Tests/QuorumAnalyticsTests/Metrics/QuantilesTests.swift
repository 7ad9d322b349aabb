import QuorumAnalytics
import Testing

@Suite struct QuantilesTests {
  @Test func interpolatesLinearlyBetweenOrderStatisticsAsType7() {
    // [1, 2, 3, 4]: h = 3p. p = 0.25 → h = 0.75 → 1 + 0.75·(2 − 1) = 1.75;
    // p = 0.5 → h = 1.5 → 2.5; p = 0.75 → h = 2.25 → 3.25
    let q = Quantiles([4, 1, 3, 2])
    #expect(q.value(at: 0.25) == 1.75)
    #expect(q.median == 2.5)
    #expect(q.value(at: 0.75) == 3.25)
    #expect(q.value(at: 0) == 1)
    #expect(q.value(at: 1) == 4)
  }

  @Test func agreesWithNumpyDefaultOnAnIrregularSample() {
    // numpy.quantile([2, 3, 5, 7, 11, 13], [0.1, 0.25, 0.5, 0.75, 0.9])
    //   → [2.5, 3.5, 6.0, 10.0, 12.0]; e.g. p = 0.9: h = 4.5 → 11 + 0.5·(13 − 11) = 12
    let q = Quantiles([13, 2, 11, 3, 7, 5])
    let expected: [(Double, Double)] = [(0.1, 2.5), (0.25, 3.5), (0.5, 6), (0.75, 10), (0.9, 12)]
    for (p, value) in expected {
      #expect(MetricsFixture.close(q.value(at: p), value, tolerance: 1e-12))
    }
    #expect(MetricsFixture.close(q.mean, 41.0 / 6.0))
  }

  @Test func singleValueIsEveryQuantileAndNoValuesHaveNone() {
    let one = Quantiles([7])
    #expect(one.value(at: 0.25) == 7 && one.median == 7 && one.mean == 7)
    let none = Quantiles([Double]())
    #expect(none.median == nil && none.mean == nil && none.count == 0)
  }

  @Test func summaryHasCountQuartilesAndMean() {
    // [10, 20, 30, 40]: p25 = 10 + 0.75·10 = 17.5, median 25, p75 = 30 + 0.25·10 = 32.5,
    // mean 100/4 = 25
    let summary = SummaryStatistics([40, 10, 30, 20])
    #expect(summary.count == 4)
    #expect(summary.p25 == 17.5 && summary.median == 25 && summary.p75 == 32.5)
    #expect(summary.mean == 25)
    #expect(SummaryStatistics.empty.count == 0 && SummaryStatistics.empty.median == nil)
  }
}
