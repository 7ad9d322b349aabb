import Foundation
import QuorumAnalytics
import Testing

@Suite struct FeatureExtractorTests {
  typealias F = ScoringFixture

  static let opened = F.asOf

  static let data = CRMData(
    accounts: [F.acme],
    contacts: [F.contact("C1", account: "A1"), F.contact("C2", email: "bob@acme.com")],
    activities: [
      F.activity("C1", "demo_requested", daysAgo: 10),
      F.activity("C2", "demo_requested", daysAgo: 20),
      F.activity("C2", "pricing_page_view", daysAgo: 0),  // exactly when the deal opened
    ],
    opportunities: [Opportunity(id: "O1", accountID: "A1", createdAt: opened, status: .won)],
    qualifications: [
      F.answer("C1", .budget, .partial, daysAgo: 30),
      F.answer("A1", .budget, .met, daysAgo: 3, type: .account),
      // Assessed after the deal opened (it predicts the outcome perfectly): never a feature.
      F.answer("O1", .champion, .met, daysAgo: -20, type: .opportunity),
    ])

  let extractor = FeatureExtractor(data: data, model: .default)

  @Test func trainingSeesOnlyRowsStrictlyBeforeTheDealOpened() throws {
    let training = try #require(extractor.features(accountID: "A1", cutoff: .before(Self.opened)))
    #expect(training["engagement.pricing_page_view"] == 0)
    #expect(training["framework.champion"] == 0)
    let scoring = try #require(
      extractor.features(accountID: "A1", cutoff: .atOrBefore(Self.opened)))
    #expect(scoring["engagement.pricing_page_view"] == 1)
    let afterClose = try #require(
      extractor.features(accountID: "A1", cutoff: .atOrBefore(Self.opened.adding(days: 30))))
    #expect(afterClose["framework.champion"] == 1)
  }

  @Test func engagementIsDecayedAndSummedOverTheAccountsContacts() throws {
    let features = try #require(extractor.features(accountID: "A1", cutoff: .before(Self.opened)))
    // demo_requested has a 60-day half-life: 0.5^(10/60) + 0.5^(20/60).
    let expected = pow(0.5, 10.0 / 60) + pow(0.5, 20.0 / 60)
    #expect(abs(features["engagement.demo_requested"] - expected) < 1e-12)
  }

  @Test func halfLifeIsAParameter() throws {
    let grid = try [7.0, 10, 30].map { halfLife in
      let settings = FeatureSettings(halfLifeDays: halfLife, lookbackDays: 365)
      let row = try #require(
        extractor.features(accountID: "A1", cutoff: .before(Self.opened), settings: settings))
      return row["engagement.demo_requested"]
    }
    #expect(abs(grid[1] - (0.5 + 0.25)) < 1e-12)  // 10 and 20 days at a 10-day half-life
    #expect(grid[0] < grid[1] && grid[1] < grid[2])
  }

  @Test func frameworkFeatureIsTheLatestAnswerAcrossContactsOpportunitiesAndAccount() throws {
    let features = try #require(extractor.features(accountID: "A1", cutoff: .before(Self.opened)))
    #expect(features["framework.budget"] == 1)  // the account's "met" (3 days) beats C1's partial
    let earlier = try #require(
      extractor.features(accountID: "A1", cutoff: .before(Self.opened.adding(days: -10))))
    #expect(earlier["framework.budget"] == 0.5)
  }

  @Test func fitAndCommitteeFeatures() throws {
    let derived = try #require(extractor.features(accountID: "A1", cutoff: .before(Self.opened)))
    #expect(derived["fit.industry.core"] == 1)
    #expect(derived["fit.employees.mid_market"] == 1)
    #expect(derived["fit.employees.enterprise"] == 0)
    #expect(derived["fit.geography.north_america"] == 1)
    #expect(derived["committee.engaged_contacts"] == 2)
    #expect(derived["committee.single_threaded"] == 0)
    let given = try #require(
      extractor.features(
        accountID: "A1", cutoff: .before(Self.opened),
        committee: CommitteeSignals(engagedContacts: 1, economicBuyerEngaged: true, coverage: 0.5)))
    #expect(given["committee.engaged_contacts"] == 1)
    #expect(given["committee.economic_buyer"] == 1)
    #expect(given["committee.coverage"] == 0.5)
    #expect(given.names == ScoringModel.default.featureNames)
    #expect(extractor.features(accountID: "nope", cutoff: .before(Self.opened)) == nil)
  }

  @Test func calibratedScoreIsTheScorecardOverTheExtractedFeatures() throws {
    var model = ScoringModel.default
    let points = ["engagement.demo_requested": 12.5, "framework.budget": 7, "fit.revenue.mid": 3]
    model.calibration = ScoringModel.Calibration(
      baseScore: 500, pointsToDoubleOdds: 25, baseOdds: 0.5, points: points)
    let asOf = Self.opened.adding(days: -1)
    let features = try #require(
      FeatureExtractor(data: Self.data, model: model).features(
        accountID: "A1", cutoff: .atOrBefore(asOf)))
    let expected = points.reduce(500.0) { $0 + $1.value * features[$1.key] }
    let account = try #require(Scorer(model: model).run(Self.data, asOf: asOf).accounts.first)
    #expect(abs(account.total.value - expected) < 0.02)  // one rounding to 0.01 per reason
  }
}
