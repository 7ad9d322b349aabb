import QuorumAnalytics
import Testing

@Suite struct WilsonIntervalTests {
  @Test func eightOfTenMatchesTheHandWorkedBoundsAtZ196() throws {
    // p̂ = 0.8, z² = 3.8416, z²/n = 0.38416, denominator 1 + 0.38416 = 1.38416
    // centre = (0.8 + 3.8416/20) / 1.38416 = 0.99208 / 1.38416 = 0.7167379...
    // half   = 1.96 / 1.38416 · √(0.8·0.2/10 + 3.8416/400)
    //        = 1.4160213 · √(0.016 + 0.009604) = 1.4160213 · 0.1600125 = 0.2265811...
    // bounds = [0.4901568, 0.9433191]
    let interval = try #require(WilsonInterval(successes: 8, trials: 10, z: 1.96))
    #expect(MetricsFixture.close(interval.lower, 0.490_156_846_720_723, tolerance: 1e-12))
    #expect(MetricsFixture.close(interval.upper, 0.943_319_052_019_307, tolerance: 1e-12))
    #expect(interval.proportion == 0.8)
  }

  @Test func noSuccessesGiveALowerBoundOfExactlyZero() throws {
    // k = 0: centre = half = (z²/2n)/(1 + z²/n), so lower = 0 and
    // upper = (z²/n)/(1 + z²/n) = 0.38416 / 1.38416 = 0.2775402
    let interval = try #require(WilsonInterval(successes: 0, trials: 10, z: 1.96))
    #expect(interval.lower == 0)
    #expect(MetricsFixture.close(interval.upper, 0.38416 / 1.38416, tolerance: 1e-12))
  }

  @Test func allSuccessesGiveAnUpperBoundOfExactlyOne() throws {
    // k = n mirrors k = 0: lower = 1 − 0.2775402 = 0.7224598
    let interval = try #require(WilsonInterval(successes: 10, trials: 10, z: 1.96))
    #expect(interval.upper == 1)
    #expect(MetricsFixture.close(interval.lower, 1 - 0.38416 / 1.38416, tolerance: 1e-12))
  }

  @Test func noTrialsHaveNoInterval() {
    #expect(WilsonInterval(successes: 0, trials: 0) == nil)
  }

  @Test func defaultsToTheExact95PercentQuantile() throws {
    // 1 of 2 at z = 1.959963984540054: centre 0.5, half = z/(1 + z²/2) · √(1/8 + z²/16)
    // = 0.4054688 → [0.0945312, 0.9054688]
    let interval = try #require(WilsonInterval(successes: 1, trials: 2))
    #expect(interval.z == 1.959_963_984_540_054)
    #expect(MetricsFixture.close(interval.lower, 0.094_531_205_734_230_74, tolerance: 1e-12))
    #expect(MetricsFixture.close(interval.upper, 0.905_468_794_265_769_3, tolerance: 1e-12))
  }

  @Test func swappingSuccessesAndFailuresMirrorsTheInterval() throws {
    let three = try #require(WilsonInterval(successes: 3, trials: 17, z: 2.5758))
    let fourteen = try #require(WilsonInterval(successes: 14, trials: 17, z: 2.5758))
    #expect(MetricsFixture.close(three.lower, 1 - fourteen.upper, tolerance: 1e-12))
    #expect(MetricsFixture.close(three.upper, 1 - fourteen.lower, tolerance: 1e-12))
  }
}
