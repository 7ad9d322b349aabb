import Testing

@testable import QuorumReports

@Suite struct NumberTextTests {
  @Test(arguments: [
    (0.125, 2, "0.13"), (-0.125, 2, "-0.13"), (2.0 / 3.0, 3, "0.667"), (1234.5, 0, "1235"),
    (-1234.5, 0, "-1235"), (0.05, 1, "0.1"), (7, 2, "7.00"), (0.000_4, 3, "0.000"),
    (-0.000_4, 3, "0.000"), (0.001, 3, "0.001"), (-12.345_6, 2, "-12.35"),
    (1e20, 2, "100000000000000000000.00"),
  ])
  func fixedRoundsHalfAwayFromZeroWithoutNegativeZero(
    _ value: Double, _ places: Int, _ text: String
  ) {
    #expect(NumberText.fixed(value, places: places) == text)
  }

  @Test(arguments: [
    ("0", "0"), ("999", "999"), ("1000", "1,000"), ("-1234567.50", "-1,234,567.50"),
    ("123456", "123,456"), ("-12.5", "-12.5"),
  ])
  func groupedInsertsThousandsSeparatorsInIntegerPartOnly(_ plain: String, _ grouped: String) {
    #expect(NumberText.grouped(plain) == grouped)
  }

  @Test(arguments: [(12.5, "12.5"), (3, "3"), (0.255, "0.26"), (-0.001, "0"), (-7.1, "-7.1")])
  func trimmedDropsTrailingZeros(_ value: Double, _ text: String) {
    #expect(NumberText.trimmed(value, maxPlaces: 2) == text)
  }
}

@Suite struct NiceScaleTests {
  @Test func winRatesGetTenPercentSteps() {
    let scale = NiceScale(covering: [0, 0.4271, 0.5272])
    #expect(scale.ticks == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6])
    #expect(ChartAxis.tickLabel(0.3, kind: .percent(places: 1), scale: scale) == "30%")
  }

  @Test func moneyGetsRoundSteps() {
    let scale = NiceScale(covering: [0, 2_410])
    #expect(scale.step == 500)
    #expect(scale.upper == 2_500)
    #expect(ChartAxis.tickLabel(1_500, kind: .currency(places: 2), scale: scale) == "1,500")
  }

  @Test func negativeRangesStraddleZero() {
    let scale = NiceScale(covering: [-3, 7])
    #expect(scale.lower == -4 && scale.upper == 8 && scale.step == 2)
  }

  @Test func fineStepsGetDecimalsInTickLabels() {
    let scale = NiceScale(covering: [0, 0.1])
    #expect(scale.step == 0.02)
    #expect(ChartAxis.tickLabel(0.06, kind: .percent(places: 0), scale: scale) == "6%")
    let fine = NiceScale(covering: [0, 0.05])
    #expect(ChartAxis.tickLabel(0.01, kind: .percent(places: 0), scale: fine) == "1%")
    #expect(
      NiceScale(covering: [0, 1.2]).ticks.map {
        ChartAxis.tickLabel($0, kind: .decimal(places: 2), scale: NiceScale(covering: [0, 1.2]))
      } == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0", "1.2"])
  }

  @Test func degenerateInputsStillGiveARange() {
    let empty = NiceScale(covering: [])
    #expect(empty.lower == 0 && empty.upper == 1)
    let zero = NiceScale(covering: [0, 0])
    #expect(zero.lower == 0 && zero.upper == 1)
    let single = NiceScale(covering: [5])
    #expect(single.lower <= 5 && single.upper >= 5 && single.lower < single.upper)
    let nonFinite = NiceScale(covering: [.nan, .infinity, 2])
    #expect(nonFinite.upper.isFinite && nonFinite.lower.isFinite)
  }

  @Test func integerAxesNeverStepBelowOne() {
    #expect(NiceScale(covering: [0, 2], integerSteps: true).step == 1)
  }

  @Test func linearMapInterpolatesAndMayReverse() {
    let map = LinearMap(domain: (0, 1), range: (300, 20))
    #expect(abs(map(0.25) - 230) < 1e-9)
    #expect(LinearMap(domain: (2, 2), range: (0, 10))(2) == 5)
  }
}
