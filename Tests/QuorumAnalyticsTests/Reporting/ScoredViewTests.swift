import Testing

@testable import QuorumAnalytics

@Suite struct ScoredViewTests {
  func scored(_ data: CRMData, asOf: Timestamp) throws -> ScoredView {
    try ScoredView(
      pipeline: QualificationPipeline(model: .default), data: data,
      activities: ActivityLog(contactIDs: data.contacts.map(\.id), activities: data.activities),
      asOf: asOf)
  }

  /// At a date when every account of the synthetic sample exists, the view's index serves
  /// the rescoring, and the scores are those of indexing afresh.
  @Test func pointInTimeScoresOverTheViewsIndexEqualThoseIndexedAfresh() throws {
    let data = SyntheticSample.merged
    let asOf = SyntheticSample.settings.asOf
    let scored = try scored(data, asOf: asOf)
    #expect(scored.sharesIndex)
    let shared = try scored.pointInTimeScores()
    let fresh = try PointInTimeScores(data: data, model: .default, asOf: asOf)
    #expect(shared.leads == fresh.leads)
    #expect(shared.deals == fresh.deals)
    #expect(shared.deals.count > 50)
  }

  /// An account created after the as-of date is out of the view's index but not out of
  /// point-in-time rescoring (its deal, dated earlier, is scored): the data is indexed
  /// afresh.
  @Test func anAccountCreatedLaterMakesTheRescoringIndexItsOwn() throws {
    typealias F = ReportingFixture
    var data = F.data
    data.accounts[1].createdAt = F.day(7, 1)
    let scored = try scored(data, asOf: F.asOf)
    #expect(!scored.sharesIndex)
    let scores = try scored.pointInTimeScores()
    #expect(scores.deals.map(\.opportunityID) == ["O1", "O2"])
    let fresh = try PointInTimeScores(data: data, model: .default, asOf: F.asOf)
    #expect(scores.leads == fresh.leads)
    #expect(scores.deals == fresh.deals)
  }
}
