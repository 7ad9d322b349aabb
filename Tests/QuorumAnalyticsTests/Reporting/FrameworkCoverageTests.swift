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

  @Test func aTieGoesToTheFrameworkListedFirst() {
    // Only authority answered: one criterion of BANT and of CHAMP.
    let answers = [F.answer("O9", .authority, .met, F.day(3, 1), type: .opportunity)]
    let coverage = FrameworkCoverage(model: .default, answers: answers, asOf: F.asOf)
    let rows = coverage.rows(deals: [("O9", nil)])
    #expect(rows.map(\.assessedDeals) == [1, 0, 0, 0])
    #expect(coverage.completeness(opportunityID: "O9", accountID: nil) == 0.25)
  }

  @Test func aDealIsMeasuredAgainstTheFrameworkWithTheMostCriteriaAnswered() {
    // BANT has four answers (budget, need and "unknown" authority from the deal, timeline
    // from the account): 3 of 4 known. CHAMP shares only authority, so it is not O1's.
    #expect(coverage.completeness(opportunityID: "O1", accountID: "A1") == 0.75)
    #expect(coverage.completeness(opportunityID: "O2", accountID: "A2") == nil)
  }

  @Test func rowsCountEachDealUnderItsFramework() {
    let rows = coverage.rows(deals: [("O1", "A1"), ("O2", "A2")])
    #expect(rows.map(\.framework) == ["BANT", "CHAMP", "MEDDIC", "MEDDPICC"])
    #expect(rows.map(\.assessedDeals) == [1, 0, 0, 0])
    #expect(rows.map(\.meanCompleteness) == [0.75, nil, nil, nil])
    #expect(rows.map(\.criteria) == [4, 4, 6, 8])
  }
}
