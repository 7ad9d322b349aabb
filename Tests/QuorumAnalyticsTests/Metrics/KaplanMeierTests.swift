import QuorumAnalytics
import Testing

@Suite struct KaplanMeierTests {
  /// The fixture of KaplanMeierReference.md.
  static let fixture: [SurvivalObservation] = zip(
    [5.0, 8, 8, 12, 12, 15, 20, 20, 25, 30, 34, 40],
    [true, true, false, true, true, false, true, false, true, false, true, false]
  ).map { SurvivalObservation(duration: $0, eventObserved: $1) }

  @Test func productLimitStepsMatchTheHandWorkedProducts() {
    // n = 12. t = 5: 1 event of 12 → S = 11/12.
    // t = 8: 11 at risk, 1 event + 1 censored (the censored one is still at risk)
    //   → S = 11/12 · 10/11 = 10/12.
    // t = 12: 9 at risk, 2 events → S = 10/12 · 7/9 = 70/108.
    // t = 15: censored only → unchanged. t = 20: 6 at risk, 1 event → 70/108 · 5/6.
    // t = 25: 4 at risk, 1 event → · 3/4. t = 30 censored. t = 34: 2 at risk → · 1/2.
    let km = KaplanMeier(Self.fixture)
    #expect(km.steps.map(\.time) == [5, 8, 12, 15, 20, 25, 30, 34, 40])
    #expect(km.steps.map(\.atRisk) == [12, 11, 9, 7, 6, 4, 3, 2, 1])
    #expect(km.steps.map(\.events) == [1, 1, 2, 0, 1, 1, 0, 1, 0])
    #expect(km.steps.map(\.censored) == [0, 1, 0, 1, 1, 0, 1, 0, 1])
    let s12 = 10.0 / 12 * 7 / 9
    let expected = [
      11.0 / 12, 10.0 / 12, s12, s12, s12 * 5 / 6, s12 * 5 / 6 * 3 / 4, s12 * 5 / 6 * 3 / 4,
      s12 * 5 / 6 * 3 / 8, s12 * 5 / 6 * 3 / 8,
    ]
    for (step, value) in zip(km.steps, expected) {
      #expect(MetricsFixture.close(step.survival, value, tolerance: 1e-12))
    }
    #expect(km.count == 12)
  }

  @Test func agreesWithLifelinesOnACensoredFixture() throws {
    // lifelines 0.30.3 KaplanMeierFitter; snippet and output in KaplanMeierReference.md.
    let reference: [(time: Double, s: Double, sum: Double, lower: Double, upper: Double)] = [
      (
        5, 0.916_666_666_666_667, 0.007_575_757_575_758, 0.538_977_180_570_741,
        0.987_825_565_400_458
      ),
      (
        8, 0.833_333_333_333_333, 0.016_666_666_666_667, 0.481_714_942_195_379,
        0.955_509_365_728_065
      ),
      (
        12, 0.648_148_148_148_148, 0.048_412_698_412_698, 0.309_662_227_017_161,
        0.851_797_512_335_439
      ),
      (
        15, 0.648_148_148_148_148, 0.048_412_698_412_698, 0.309_662_227_017_161,
        0.851_797_512_335_439
      ),
      (
        20, 0.540_123_456_790_123, 0.081_746_031_746_032, 0.216_561_173_167_337,
        0.780_363_562_947_660
      ),
      (
        25, 0.405_092_592_592_593, 0.165_079_365_079_365, 0.112_893_562_148_488,
        0.687_738_931_223_533
      ),
      (
        30, 0.405_092_592_592_593, 0.165_079_365_079_365, 0.112_893_562_148_488,
        0.687_738_931_223_533
      ),
      (
        34, 0.202_546_296_296_296, 0.665_079_365_079_365, 0.012_972_838_543_802,
        0.556_085_767_621_106
      ),
      (
        40, 0.202_546_296_296_296, 0.665_079_365_079_365, 0.012_972_838_543_802,
        0.556_085_767_621_106
      ),
    ]
    let km = KaplanMeier(Self.fixture)
    #expect(km.steps.count == reference.count)
    for (step, row) in zip(km.steps, reference) {
      #expect(step.time == row.time)
      #expect(MetricsFixture.close(step.survival, row.s, tolerance: 1e-12))
      #expect(MetricsFixture.close(step.greenwoodSum, row.sum, tolerance: 1e-12))
      let interval = try #require(step.confidenceInterval())
      #expect(MetricsFixture.close(interval.lowerBound, row.lower, tolerance: 1e-9))
      #expect(MetricsFixture.close(interval.upperBound, row.upper, tolerance: 1e-9))
    }
    #expect(km.medianTime == 25)
  }

  @Test func greenwoodVarianceIsSurvivalSquaredTimesTheSum() {
    // At t = 12: Σ = 1/(12·11) + 1/(11·10) + 2/(9·7) = 0.0075758 + 0.0090909 + 0.0317460
    // = 0.0484127; Var = (70/108)² · 0.0484127 = 0.0203380
    let km = KaplanMeier(Self.fixture)
    let step = km.steps[2]
    let sum = 1.0 / 132 + 1.0 / 110 + 2.0 / 63
    #expect(MetricsFixture.close(step.greenwoodSum, sum, tolerance: 1e-15))
    #expect(MetricsFixture.close(step.variance, (70.0 / 108) * (70.0 / 108) * sum))
  }

  @Test func survivalBetweenStepsHoldsThePreviousValue() {
    let km = KaplanMeier(Self.fixture)
    #expect(km.survival(at: 0) == 1)
    #expect(km.survival(at: 4.99) == 1)
    #expect(MetricsFixture.close(km.survival(at: 11.5), 10.0 / 12))
    #expect(km.survival(at: 12) == km.steps[2].survival)
    #expect(km.survival(at: 1000) == km.steps[8].survival)
    #expect(km.time(atSurvival: 0.25) == 34)
  }

  @Test func medianIsNilWhenTheCurveNeverReachesOneHalf() {
    // 1 event of 3, then 2 censored: S = 2/3 forever.
    let km = KaplanMeier([
      .init(duration: 1, eventObserved: true), .init(duration: 2, eventObserved: false),
      .init(duration: 3, eventObserved: false),
    ])
    #expect(km.medianTime == nil)
    #expect(KaplanMeier([]).medianTime == nil && KaplanMeier([]).steps.isEmpty)
  }

  @Test func medianIsTheFirstTimeSurvivalReachesOneHalfExactly() {
    // 4 events at 1, 2, 3, 4: S(2) = 2/4 = 0.5 exactly → median 2 (lifelines: S ≤ 0.5).
    let km = KaplanMeier([1.0, 2, 3, 4].map { .init(duration: $0, eventObserved: true) })
    #expect(km.medianTime == 2)
  }

  @Test func varianceAndIntervalAreUndefinedOnceSurvivalIsZero() {
    // Last subject has the event: S = 0, d = n → Greenwood divides by zero.
    let km = KaplanMeier([
      .init(duration: 1, eventObserved: true), .init(duration: 2, eventObserved: true),
    ])
    let last = km.steps[1]
    #expect(last.survival == 0)
    #expect(last.variance == nil)
    #expect(last.confidenceInterval() == nil)
    #expect(km.steps[0].variance != nil)
  }
}
