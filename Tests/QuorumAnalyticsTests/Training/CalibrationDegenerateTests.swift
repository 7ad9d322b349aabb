import Foundation
import Testing

@testable import QuorumAnalytics

/// Calibration on too little, one-sided or badly timed data: it says so, regularises
/// harder, or refuses with a reason — never NaN, never silently.
@Suite struct CalibrationDegenerateTests {
  /// `outcomes.count` accounts with one deal each, opened 10 days apart in that order;
  /// won deals had a pricing-page view the week before.
  static func data(_ outcomes: [Bool]) -> CRMData {
    var data = CRMData()
    for (index, won) in outcomes.enumerated() {
      let opened = Timestamp(year: 2025, month: 1, day: 1).adding(days: Double(index) * 10)
      data.accounts.append(Account(id: "A\(index)", name: "Company \(index)"))
      data.contacts.append(
        Contact(id: "C\(index)", accountID: "A\(index)", createdAt: opened.adding(days: -30)))
      if won || index % 3 == 0 {
        data.activities.append(
          Activity(
            contactID: "C\(index)", occurredAt: opened.adding(days: -7), type: "pricing_page_view"))
      }
      data.opportunities.append(
        Opportunity(
          id: "O\(index)", accountID: "A\(index)", createdAt: opened,
          status: won ? .won : .lost, closedAt: opened.adding(days: 30)))
    }
    return data
  }

  static let asOf = Timestamp(year: 2027, month: 1, day: 1)

  static func run(_ outcomes: [Bool], _ settings: CalibrationSettings = CalibrationSettings())
    throws -> CalibrationResult
  {
    try CalibrationRun(settings: settings).run(
      builder: TrainingSetBuilder(data: data(outcomes), model: .default),
      baseline: CalibrationBaseline(model: .default, label: "default"), asOf: asOf,
      version: "v")
  }

  static func expectFinite(_ result: CalibrationResult) {
    let values =
      [result.train.logLoss, result.train.brier, result.train.expectedCalibrationError]
      + [result.scorecard.basePoints] + result.scorecard.features.map(\.pointsPerUnit)
      + [result.document.abmTiers.tier1, result.document.abmTiers.tier3]
    #expect(values.allSatisfy { $0.isFinite })
  }

  @Test func refusesWithoutBothWonAndLostTrainingDeals() throws {
    #expect(throws: CalibrationError.singleClass(positives: 8, negatives: 0)) {
      try Self.run(Array(repeating: true, count: 10))
    }
    #expect(throws: CalibrationError.singleClass(positives: 0, negatives: 0)) {
      try Self.run([])
    }
  }

  @Test func fewDealsAreRegularisedHarderAndSaySo() throws {
    // 10 deals, 2 held out; training has 3 won and 5 lost: below 30 of each.
    let result = try Self.run([false, true, false, false, true, false, true, false, true, false])
    let fit = result.fit
    #expect(fit.smallData.isSmall)
    #expect(fit.smallData.lambdaMultiplier == 10)  // 30 / min(3, 5)
    #expect(result.lambda == max(fit.selectedLambda, 1) * 10)
    #expect(result.warnings.contains { $0.code == "small_training_set" })
    #expect(result.warnings.contains { $0.code == "small_holdout" })
    Self.expectFinite(result)
    #expect(try ScoringModel.decode(from: result.document.encoded()) == result.document)
  }

  @Test func aHoldoutAfterEveryDealWarnsThatNothingIsValidated() throws {
    var settings = CalibrationSettings(lambda: 1)
    settings.holdout.boundary = .from(Timestamp(year: 2026, month: 6, day: 1))
    let result = try Self.run([true, false, false, true, false, true], settings)
    #expect(result.holdout == nil)
    #expect(result.comparison == nil)
    #expect(result.warnings.map(\.code).contains("no_holdout"))
    #expect(!result.warnings.map(\.code).contains("small_holdout"))
    Self.expectFinite(result)
  }

  @Test func fallsBackWhenNoCrossValidationFoldCanBeFitted() throws {
    // Training: 8 lost then 2 won (the last two held-out rows are lost). Every fold
    // trains on a prefix without a win, so none can be fitted.
    let outcomes = Array(repeating: false, count: 8) + [true, true, false, false]
    var settings = CalibrationSettings()
    settings.holdout.boundary = .from(Timestamp(year: 2025, month: 1, day: 1).adding(days: 100))
    let result = try Self.run(outcomes, settings)
    #expect(result.fit.lambdaChoice == .fallback)
    #expect(result.fit.crossValidation == nil)
    #expect(result.warnings.contains(.crossValidationUnavailable(lambda: 1, halfLifeDays: nil)))
    Self.expectFinite(result)
  }

  @Test func learnsTheHalfLifeFromTheGrid() throws {
    var outcomes: [Bool] = []
    for index in 0..<80 { outcomes.append(index % 5 < 2) }
    let result = try Self.run(outcomes, CalibrationSettings(halfLives: [7, 30]))
    let fit = result.fit
    let cv = try #require(fit.crossValidation)
    #expect(Set(cv.scores.compactMap(\.candidateLabel)) == [7, 30])
    #expect(fit.halfLifeDays == cv.best.candidateLabel)
    #expect(result.halfLifeDays == fit.halfLifeDays)
    #expect(fit.trainingSet.settings.halfLifeDays == fit.halfLifeDays)
    Self.expectFinite(result)
  }
}
