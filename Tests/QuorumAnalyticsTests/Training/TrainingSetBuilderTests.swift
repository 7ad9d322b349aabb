import Foundation
import Testing

@testable import QuorumAnalytics

@Suite struct TrainingSetBuilderTests {
  @Test func hasOneRowPerDealClosedByTheAsOfDateInOpeningOrder() throws {
    let builder = try TrainingSetBuilder(data: TrainingFixture.data, model: .default)
    let set = builder.build(asOf: TrainingFixture.asOf)
    // O3 is open, O4 closes after the as-of date, O5's account is unknown.
    #expect(set.deals.map(\.opportunityID) == ["O2", "O1"])
    #expect(set.labels == [false, true])
    #expect(set.features.rowCount == 2)
    #expect(set.features.columnNames == ScoringModel.default.featureNames)
    #expect(builder.unknownAccountDeals == 1)
    #expect(builder.build().deals.map(\.opportunityID) == ["O2", "O1", "O4"])
  }

  @Test func featuresUseOnlyRowsStrictlyBeforeTheOpening() throws {
    let set = try TrainingSetBuilder(data: TrainingFixture.data, model: .default)
      .build(asOf: TrainingFixture.asOf)
    let x = set.features
    let column = { (name: String) in try #require(x.columnIndex(named: name)) }
    // O1 (row 1): the demo request 1 ms before opening counts 0.5^(1 ms / 60 d) ≈ 1, the
    // one at the opening instant not at all; the budget answer 5 days before counts (met
    // = 1); the paper-process answer on the deal, 3 days after it opened, does not.
    #expect(abs(x[1, try column("engagement.demo_requested")] - 1) < 1e-9)
    #expect(x[1, try column("framework.budget")] == 1)
    #expect(x[1, try column("framework.paper_process")] == 0)
    // O2 (row 0): a pricing view 30 days before counts 0.5 (half-life 30 days); the
    // meeting 10 days after the opening counts nothing.
    #expect(abs(x[0, try column("engagement.pricing_page_view")] - 0.5) < 1e-12)
    #expect(x[0, try column("engagement.meeting")] == 0)
  }

  /// The training row is exactly what the scorer's feature code computes for the account
  /// as of `.before(created_at)`, given a full committee analysis of the instant before.
  @Test func rowsAreTheScorersFeaturesWithTheCommitteeOfTheInstantBefore() throws {
    let data = SyntheticSample.merged
    let builder = try #require(SampleCalibration.builder)
    let set = builder.build(asOf: SampleCalibration.asOf)
    try #require(set.deals.count >= 40)
    let extractor = FeatureExtractor(data: data, model: .default)
    let matcher = AccountMatcher(accounts: data.accounts)
    var accountOf: [String: String] = [:]
    for contact in data.contacts {
      if let account = matcher.match(contact).accountID { accountOf[contact.id] = account }
    }
    for row in stride(from: 0, to: set.deals.count, by: set.deals.count / 5) {
      let deal = set.deals[row]
      let committee = try CommitteeAnalysis.analyze(
        data: data, asOf: TrainingFixture.justBefore(deal.createdAt), accountOf: accountOf,
        settings: CommitteeSettings(model: .default))
      let expected = try #require(
        extractor.features(
          accountID: deal.accountID, cutoff: .before(deal.createdAt),
          committee: committee[deal.accountID]?.signals))
      #expect(Array(set.features.row(row)) == expected.values, "\(deal.opportunityID)")
    }
  }

  @Test func aHalfLifeGridChangesOnlyTheEngagementFeatures() throws {
    let builder = try TrainingSetBuilder(data: TrainingFixture.data, model: .default)
    let sets = builder.build(asOf: TrainingFixture.asOf, halfLives: [30, 60])
    try #require(sets.count == 2)
    #expect(sets.map(\.settings.halfLifeDays) == [30, 60])
    #expect(sets.allSatisfy { $0.settings.halfLifeOverrides.isEmpty })
    let pricing = try #require(sets[0].features.columnIndex(named: "engagement.pricing_page_view"))
    // 30 days old: 0.5 at h = 30, 0.5^(1/2) = 0.70710678… at h = 60.
    #expect(abs(sets[0].features[0, pricing] - 0.5) < 1e-12)
    #expect(abs(sets[1].features[0, pricing] - 0.5.squareRoot()) < 1e-12)
    for (index, name) in sets[0].features.columnNames.enumerated()
    where !name.hasPrefix("engagement.") {
      #expect(sets[0].features.column(index) == sets[1].features.column(index), "\(name)")
    }
  }
}
