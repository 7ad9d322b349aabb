import QuorumAnalytics
import Testing

@Suite struct OutOfTimeSplitTests {
  static let start = Timestamp(year: 2025, month: 1, day: 1)

  /// Deal i is created on day `days[i]` after 2025-01-01.
  static func created(_ days: [Double]) -> [Timestamp] { days.map { start.adding(days: $0) } }

  @Test func holdsOutTheMostRecentFifthByCreationTime() {
    // 10 deals given out of order; the 2 most recent (days 9 and 8) are held out.
    let days: [Double] = [3, 9, 0, 8, 1, 2, 7, 4, 5, 6]
    let split = OutOfTimeSplit().split(
      createdAt: Self.created(days), won: days.map { Int($0) % 2 == 0 })
    #expect(split.holdoutRows == [3, 1])
    #expect(split.trainingRows == [2, 4, 5, 0, 7, 8, 9, 6])
    #expect(split.cutoff == Self.start.adding(days: 8))
  }

  @Test func dealsCreatedAtTheCutoffInstantAllGoToTheHoldout() {
    // ⌈0.2 · 5⌉ = 1 deal, but two share the latest instant: both are held out.
    let split = OutOfTimeSplit().split(
      createdAt: Self.created([0, 1, 2, 3, 3]), won: [true, false, true, false, true])
    #expect(split.holdoutRows == [3, 4])
  }

  @Test func holdoutFromADateOverridesTheFraction() {
    let split = OutOfTimeSplit(boundary: .from(Self.start.adding(days: 2))).split(
      createdAt: Self.created([0, 1, 2, 3, 4]), won: [true, false, true, false, true])
    #expect(split.trainingRows == [0, 1] && split.holdoutRows == [2, 3, 4])
  }

  @Test func warnsPlainlyAboutASmallHoldoutWithFewOutcomes() {
    let days = (0..<50).map(Double.init)
    let split = OutOfTimeSplit().split(createdAt: Self.created(days), won: days.map { _ in true })
    // 10 held out, all won.
    #expect(
      split.warnings.contains(.smallHoldout(deals: 10, minimum: 30))
        && split.warnings.contains(.fewHoldoutOutcomes(won: 10, lost: 0, minimum: 10)))
    #expect(
      CalibrationWarning.smallHoldout(deals: 10, minimum: 30).description.hasPrefix(
        "The holdout has only 10 closed deals (fewer than 30)"))
  }

  @Test func warnsWhenTheHoldoutBaseRateDiffersFromTraining() throws {
    // Training: 400 deals, 40% won (160). Holdout: 100 deals, 20% won.
    // Pooled p̂ = 180/500 = 0.36; se = √(0.36 · 0.64 · (1/100 + 1/400)) = √0.00288 ≈ 0.053666;
    // z = (0.2 − 0.4) / 0.053666 ≈ −3.7268.
    let won = (0..<400).map { $0 % 5 < 2 } + (0..<100).map { $0 % 5 == 0 }
    let split = OutOfTimeSplit().split(
      createdAt: Self.created((0..<500).map(Double.init)), won: won)
    let z = try #require(split.baseRateZ)
    #expect(abs(z - (-0.2 / (0.36 * 0.64 * 0.0125).squareRoot())) < 1e-12)
    #expect(abs(z + 3.7268) < 1e-4)
    #expect(split.trainingBaseRate == 0.4 && split.holdoutBaseRate == 0.2)
    let warning = try #require(split.warnings.first)
    #expect(split.warnings.count == 1)
    #expect(
      warning.description.hasPrefix(
        "The holdout win rate (20%) differs from training (40%), z = -3.7."))
  }

  @Test func similarRatesRaiseNoWarning() {
    let won = (0..<500).map { $0 % 3 == 0 }
    let split = OutOfTimeSplit().split(
      createdAt: Self.created((0..<500).map(Double.init)), won: won)
    #expect(split.warnings.isEmpty)
    #expect(split.trainingRows.count == 400 && split.holdoutRows.count == 100)
  }
}
