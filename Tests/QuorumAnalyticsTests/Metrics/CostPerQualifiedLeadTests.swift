import QuorumAnalytics
import Testing

@Suite struct CostPerQualifiedLeadTests {
  typealias F = MetricsFixture
  static let asOf = F.date(2025, 6, 30)

  /// Spend: paid_search/C1 9 000 in Q1 (90 days); display (no campaign) 500 in February,
  /// which brought no leads; webinar/C2 3 000 from 2025-03-17 to 2025-04-15 (30 days: 15 in
  /// Q1, 15 in Q2 → 1 500 each), which brought no leads either.
  static let spend = [
    Spend(
      channel: "paid_search", periodStart: F.date(2025, 1, 1), periodEnd: F.date(2025, 3, 31),
      amount: 9_000, campaignID: "C1"),
    Spend(
      channel: "display", periodStart: F.date(2025, 2, 1), periodEnd: F.date(2025, 2, 28),
      amount: 500),
    Spend(
      channel: "webinar", periodStart: F.date(2025, 3, 17), periodEnd: F.date(2025, 4, 15),
      amount: 3_000, campaignID: "C2"),
  ]

  /// Leads: three from paid_search/C1 (L1 MQL+SQL and won 30 000; L2 MQL; L3 cold) and one
  /// referral lead with no spend (MQL).
  static let leads = [
    ScoredLead(
      contactID: "L1", createdAt: F.date(2025, 1, 5), score: 1, reachedMQL: true,
      reachedSQL: true, source: "paid_search", campaignID: "C1"),
    ScoredLead(
      contactID: "L2", createdAt: F.date(2025, 2, 5), score: 1, reachedMQL: true,
      source: "paid_search", campaignID: "C1"),
    ScoredLead(
      contactID: "L3", createdAt: F.date(2025, 3, 5), score: 1, source: "paid_search",
      campaignID: "C1"),
    ScoredLead(
      contactID: "L4", createdAt: F.date(2025, 3, 6), score: 1, reachedMQL: true,
      source: "referral"),
  ]
  static let deals = [
    ScoredOpportunity(
      id: "O1", accountID: "a", createdAt: F.date(2025, 2, 1), status: .won,
      closedAt: F.date(2025, 5, 1), score: 1, amount: 30_000, contactIDs: ["L1"])
  ]

  func report(asOf: Timestamp = Self.asOf) throws -> CostPerQualifiedLead {
    try CostPerQualifiedLead(
      leads: Self.leads, opportunities: Self.deals, touches: [], spend: Self.spend, asOf: asOf)
  }

  @Test func dividesSpendByAttributedOutcomesPerChannel() throws {
    let rows = try report().byChannel
    #expect(rows.map(\.channel) == ["display", "paid_search", "referral", "webinar"])
    let paid = rows[1]
    // 9 000 / 3 leads = 3 000; / 2 MQLs = 4 500; / 1 SQL, 1 opportunity, 1 won = 9 000;
    // ROI = (30 000 − 9 000) / 9 000 = 2.3333.
    #expect(paid.spend == 9_000)
    #expect(paid.costPerLead == 3_000 && paid.costPerMQL == 4_500 && paid.costPerSQL == 9_000)
    #expect(paid.costPerOpportunity == 9_000 && paid.costPerWonDeal == 9_000)
    #expect(F.close(paid.roi, 21_000.0 / 9_000))
    #expect(paid.campaign == "all" && paid.quarter == "all")
  }

  @Test func channelsWithSpendAndNoLeadsAndLeadsWithNoSpendAreKeptWithNilRatios() throws {
    let rows = try report().byChannel
    // display: 500 spent, nothing attributed → every cost ratio has divisor 0 → nil;
    // ROI = (0 − 500) / 500 = −1.
    let display = rows[0]
    #expect(display.spend == 500 && display.outcomes == AttributedOutcomes())
    #expect(display.costPerLead == nil && display.costPerMQL == nil)
    #expect(display.costPerWonDeal == nil && display.roi == -1)
    // referral: 1 lead, 1 MQL, no spend → cost per lead 0 / 1 = 0, no SQL → nil, and ROI
    // has divisor 0 → nil.
    let referral = rows[2]
    #expect(referral.spend == 0 && referral.outcomes.leads == 1)
    #expect(referral.costPerLead == 0 && referral.costPerSQL == nil && referral.roi == nil)
  }

  @Test func spendStraddlingQuartersIsSplitProRataByDays() throws {
    // webinar/C2: 3 000 over 30 days, 15 in March and 15 in April → 1 500 per quarter.
    let webinar = try report().detail.filter { $0.channel == "webinar" }
    #expect(webinar.map(\.quarter) == ["2025-Q1", "2025-Q2"])
    #expect(webinar.map(\.spend) == [1_500, 1_500])
    #expect(webinar.allSatisfy { $0.campaign == "C2" })
    // Quarters: Q1 = 9 000 + 500 + 1 500 = 11 000 with 4 leads; Q2 = 1 500 with none.
    let quarters = try report().byQuarter
    #expect(quarters.map(\.quarter) == ["2025-Q1", "2025-Q2"])
    #expect(quarters.map(\.spend) == [11_000, 1_500])
    #expect(quarters.map(\.outcomes.leads) == [4, 0])
    let total = try report().total
    #expect(total.spend == 12_500 && total.outcomes.leads == 4)
    #expect(F.close(total.roi, (30_000 - 12_500) / 12_500.0))
  }

  @Test func spendAfterTheAsOfDateIsNotAllocated() throws {
    // As of 2025-04-05, webinar has run 20 of its 30 days: Q1 gets 15/30 · 3 000 = 1 500,
    // Q2 gets 5/30 · 3 000 = 500.
    let webinar = try report(asOf: F.date(2025, 4, 5)).detail.filter { $0.channel == "webinar" }
    #expect(webinar.map(\.spend) == [1_500, 500])
  }

  @Test func campaignRowsSeparateCampaignsAndShowMissingOnesAsNone() throws {
    let rows = try report().byCampaign
    #expect(
      rows.map { "\($0.channel)/\($0.campaign)" } == [
        "display/(none)", "paid_search/C1", "referral/(none)", "webinar/C2",
      ])
  }

  @Test func aSpendLineEndingBeforeItStartsThrows() {
    let reversed = Spend(
      channel: "tv", periodStart: F.date(2025, 2, 1), periodEnd: F.date(2025, 1, 1), amount: 1)
    #expect(
      throws: MetricsError.invalidSpendPeriod(
        channel: "tv", start: F.date(2025, 2, 1), end: F.date(2025, 1, 1))
    ) {
      try CostPerQualifiedLead(
        leads: [], opportunities: [], touches: [], spend: [reversed], asOf: Self.asOf)
    }
  }
}
