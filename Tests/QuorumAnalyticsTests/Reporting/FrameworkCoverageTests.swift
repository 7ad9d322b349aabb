import QuorumAnalytics
import Testing

@Suite struct FrameworkCoverageTests {
  typealias F = ReportingFixture

  static let answers = [
    F.answer("O1", .budget, .met, F.day(3, 1), type: .opportunity),
    F.answer("O1", .authority, .unknown, F.day(3, 1), type: .opportunity),
    F.answer("O1", .need, .partial, F.day(3, 1), type: .opportunity),
    F.answer("A1", .timeline, .unmet, F.day(3, 1), type: .account),
    F.answer("O2", .metrics, .met, F.day(9, 1), type: .opportunity),  // after the as-of date
  ]

  let coverage = FrameworkCoverage(model: .default, answers: answers, asOf: F.asOf)

  @Test func aDealIsAsCompleteAsItsBestCoveredFramework() {
    // BANT: budget and need from the deal, timeline from the account; authority is answered
    // "unknown". CHAMP is assessed too (authority) but knows nothing: 0 of 4.
    #expect(coverage.completeness(opportunityID: "O1", accountID: "A1") == 0.75)
    #expect(coverage.completeness(opportunityID: "O2", accountID: "A2") == nil)
  }

  @Test func rowsCountAssessedDealsPerFramework() {
    let rows = coverage.rows(deals: [("O1", "A1"), ("O2", "A2")])
    #expect(rows.map(\.framework) == ["BANT", "CHAMP", "MEDDIC", "MEDDPICC"])
    #expect(rows.map(\.assessedDeals) == [1, 1, 0, 0])
    #expect(rows.map(\.meanCompleteness) == [0.75, 0, nil, nil])
    #expect(rows.map(\.criteria) == [4, 4, 6, 8])
  }
}
