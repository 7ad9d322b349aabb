import QuorumAnalytics
import Testing

@Suite struct BandRatesTests {
  @Test func ratesLiftAndMonotonicityByBand() throws {
    let rates = BandRates(successes: [1, 3, 0, 2], trials: [10, 10, 0, 10])
    // Overall 6 / 30 = 0.2.
    #expect(rates.overall?.proportion == 0.2)
    let lifts = rates.rows.map { $0.lift ?? .nan }
    for (lift, expected) in zip(lifts, [0.5, 1.5, .nan, 1.0]) where !expected.isNaN {
      #expect(abs(lift - expected) < 1e-12)
    }
    #expect(rates.rows[2].lift == nil)
    #expect(rates.rows[2].rate == nil)
    // Band 3 (0.2) is below band 1 (0.3), the previous band with trials.
    #expect(rates.nonMonotoneBands == [3])
    let interval = try #require(rates.rows[1].rate)
    // Wilson 95% for 3 of 10: [0.107791, 0.603222].
    #expect(abs(interval.lower - 0.107_791) < 1e-6)
    #expect(abs(interval.upper - 0.603_222) < 1e-6)
  }
}
