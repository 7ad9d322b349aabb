import QuorumAnalytics
import Testing

@Suite struct ConversionByScoreTests {
  typealias F = MetricsFixture
  static let asOf = F.date(2025, 6, 30)

  /// Leads: band "< 50" holds L1 (20), L2 (30, MQL), L3 (40, MQL+SQL, on O1);
  /// band "≥ 50" holds L4 (60, MQL+SQL, account a4 → O2 lists no contacts), L5 (70, MQL).
  /// L6 is created after the as-of date and ignored.
  static let leads = [
    ScoredLead(contactID: "c1", createdAt: F.date(2025, 1, 5), score: 20),
    ScoredLead(contactID: "c2", createdAt: F.date(2025, 3, 1), score: 30, reachedMQL: true),
    ScoredLead(
      contactID: "c3", createdAt: F.date(2025, 1, 10), score: 40, reachedMQL: true,
      reachedSQL: true),
    ScoredLead(
      contactID: "c4", accountID: "a4", createdAt: F.date(2025, 1, 15), score: 60,
      mqlAt: F.date(2025, 1, 20), sqlAt: F.date(2025, 2, 1)),
    ScoredLead(
      contactID: "c5", createdAt: F.date(2025, 2, 1), score: 70, mqlAt: F.date(2025, 2, 10),
      sqlAt: F.date(2025, 7, 15)),
    ScoredLead(contactID: "c6", createdAt: F.date(2025, 7, 1), score: 80, reachedMQL: true),
  ]

  /// Opportunities: "< 50": O1 lost, O5 won; "≥ 50": O2 won, O3 won, O4 lost, O6 open (it
  /// closes after the as-of date). O7 opens after the as-of date. O4 lists c2, but was
  /// opened before c2 was created, so c2 is not converted.
  static let opportunities = [
    ScoredOpportunity(
      id: "O1", accountID: "a3", createdAt: F.date(2025, 2, 1), status: .lost,
      closedAt: F.date(2025, 3, 1), score: 30, contactIDs: ["c3"]),
    ScoredOpportunity(
      id: "O2", accountID: "a4", createdAt: F.date(2025, 2, 15), status: .won,
      closedAt: F.date(2025, 4, 1), score: 60),
    ScoredOpportunity(
      id: "O3", accountID: "x", createdAt: F.date(2025, 1, 1), status: .won,
      closedAt: F.date(2025, 2, 1), score: 70),
    ScoredOpportunity(
      id: "O4", accountID: "x", createdAt: F.date(2025, 2, 1), status: .lost,
      closedAt: F.date(2025, 5, 1), score: 80, contactIDs: ["c2"]),
    ScoredOpportunity(
      id: "O5", accountID: "x", createdAt: F.date(2025, 1, 1), status: .won,
      closedAt: F.date(2025, 3, 1), score: 40),
    ScoredOpportunity(
      id: "O6", accountID: "x", createdAt: F.date(2025, 4, 1), status: .won,
      closedAt: F.date(2025, 8, 1), score: 90),
    ScoredOpportunity(
      id: "O7", accountID: "x", createdAt: F.date(2025, 8, 1), status: .open, score: 95),
  ]

  @Test func countsTheFunnelOfEachBand() throws {
    let report = ConversionByScore(
      leads: Self.leads, opportunities: Self.opportunities, bands: try ScoreBands(edges: [50]),
      asOf: Self.asOf)
    let low = report.rows[0]
    let high = report.rows[1]
    #expect(low.band?.label == "< 50" && high.band?.label == "≥ 50")
    // Low: 3 leads, MQL c2 c3, SQL c3, converted c3 (O1) → 1/3.
    #expect((low.leads, low.mqls, low.sqls, low.convertedLeads) == (3, 2, 1, 1))
    #expect(MetricsFixture.close(low.leadToOpportunityRate, 1.0 / 3))
    // High: c4 (MQL+SQL, converted through account a4), c5 (MQL; its SQL date is after the
    // as-of date) → 2 leads, 2 MQL, 1 SQL, 1 converted.
    #expect((high.leads, high.mqls, high.sqls, high.convertedLeads) == (2, 2, 1, 1))
    #expect(high.leadToOpportunityRate == 0.5)
    // Opportunities: low O1 lost + O5 won; high O2, O3 won, O4 lost, O6 open.
    #expect((low.opportunities, low.open, low.won, low.lost) == (2, 0, 1, 1))
    #expect((high.opportunities, high.open, high.won, high.lost) == (4, 1, 2, 1))
  }

  @Test func winRatesCarryWilsonBoundsAndLiftAgainstTheOverallRate() throws {
    let report = ConversionByScore(
      leads: Self.leads, opportunities: Self.opportunities, bands: try ScoreBands(edges: [50]),
      asOf: Self.asOf)
    // Overall: 3 won of 5 closed = 0.6. Low 1/2 = 0.5 → lift 0.5/0.6 = 0.8333;
    // high 2/3 → lift (2/3)/0.6 = 1.1111.
    #expect(report.total.winRate?.proportion == 0.6)
    #expect(report.total.band == nil && report.total.leads == 5 && report.total.opportunities == 6)
    #expect(MetricsFixture.close(report.rows[0].lift, 0.5 / 0.6))
    #expect(MetricsFixture.close(report.rows[1].lift, (2.0 / 3) / 0.6))
    #expect(report.total.lift == 1)
    // 1 of 2 at z = 1.95996: [0.0945312, 0.9054688] (hand-worked in WilsonIntervalTests).
    let low = try #require(report.rows[0].winRate)
    #expect(MetricsFixture.close(low.lower, 0.094_531_205_734_230_74, tolerance: 1e-12))
    #expect(MetricsFixture.close(low.upper, 0.905_468_794_265_769_3, tolerance: 1e-12))
    #expect(report.isMonotone && report.nonMonotoneBands.isEmpty)
  }

  @Test func flagsABandWhoseWinRateFallsBelowTheLastBandWithClosedDeals() throws {
    // Bands < 40 | [40, 70) | ≥ 70. Low: 1 won, 1 lost (0.5). Middle: only an open deal
    // (no win rate, skipped). High: 0 won, 1 lost (0.0 < 0.5) → band 2 is flagged.
    func deal(_ id: String, _ score: Double, _ status: OpportunityStatus) -> ScoredOpportunity {
      ScoredOpportunity(
        id: id, accountID: "a", createdAt: F.date(2025, 1, 1), status: status,
        closedAt: status == .open ? nil : F.date(2025, 2, 1), score: score)
    }
    let report = ConversionByScore(
      leads: [],
      opportunities: [
        deal("a", 10, .won), deal("b", 20, .lost), deal("c", 50, .open),
        deal("d", 90, .lost),
      ],
      bands: try ScoreBands(edges: [40, 70]), asOf: Self.asOf)
    #expect(report.rows[1].winRate == nil)
    #expect(report.nonMonotoneBands == [2])
    #expect(!report.isMonotone)
    #expect(report.rows[2].lift == 0)
    #expect(report.rows[0].leadToOpportunityRate == nil)
  }

  @Test func quantileBandsAreCutOnLeadAndOpportunityScoresTogether() throws {
    // Scores 10, 20 (leads) and 30, 40 (deals); 2 quantile bands: cut at s₂ = 30.
    let leads = [10.0, 20].enumerated().map {
      ScoredLead(contactID: "c\($0.offset)", createdAt: F.date(2025, 1, 1), score: $0.element)
    }
    let deals = [30.0, 40].enumerated().map {
      ScoredOpportunity(
        id: "o\($0.offset)", accountID: "a", createdAt: F.date(2025, 1, 1), status: .open,
        score: $0.element)
    }
    let report = try ConversionByScore(
      leads: leads, opportunities: deals, banding: .quantiles(count: 2), asOf: Self.asOf)
    #expect(report.bands.edges == [30])
    #expect(report.rows.map(\.leads) == [2, 0])
    #expect(report.rows.map(\.opportunities) == [0, 2])
  }
}
