import QuorumAnalytics
import Testing

@Suite struct PipelineHealthTests {
  typealias F = MetricsFixture
  static let asOf = F.date(2025, 7, 1)

  static func closed(
    _ id: String, _ status: OpportunityStatus, closed: Timestamp, days: Double,
    amount: Double? = nil
  ) -> ScoredOpportunity {
    ScoredOpportunity(
      id: id, accountID: "a", createdAt: closed.adding(days: -days), status: status,
      closedAt: closed, score: 1, amount: amount)
  }

  static func open(
    _ id: String, stage: String?, age: Double, amount: Double?, champion: Bool = false,
    buyer: Bool = false, completeness: Double? = nil
  ) -> ScoredOpportunity {
    ScoredOpportunity(
      id: id, accountID: "acc-\(id)", createdAt: asOf.adding(days: -age), status: .open,
      score: 1, amount: amount, stage: stage, hasChampion: champion,
      economicBuyerEngaged: buyer, frameworkCompleteness: completeness)
  }

  /// Won: W1 10 d (1 000, closed Q1), W2 20 d (2 000, Q1), W3 30 d (3 000, Q2),
  /// W4 40 d (6 000, Q2). Lost: L1 15 d (Q1), L2 25 d (Q2).
  /// Open: P1 Discovery 10 d 5 000 champion+buyer; P2 Discovery 45 d 10 000 champion;
  /// P3 Proposal 100 d 20 000 buyer, completeness 0.5; P4 no stage 200 d no amount,
  /// completeness 1; P5 Proposal 20 d 15 000, won after the as-of date (open at it).
  static let deals: [ScoredOpportunity] = [
    closed("W1", .won, closed: F.date(2025, 2, 10), days: 10, amount: 1_000),
    closed("W2", .won, closed: F.date(2025, 3, 1), days: 20, amount: 2_000),
    closed("W3", .won, closed: F.date(2025, 4, 20), days: 30, amount: 3_000),
    closed("W4", .won, closed: F.date(2025, 5, 20), days: 40, amount: 6_000),
    closed("L1", .lost, closed: F.date(2025, 3, 20), days: 15),
    closed("L2", .lost, closed: F.date(2025, 6, 1), days: 25),
    open("P1", stage: "Discovery", age: 10, amount: 5_000, champion: true, buyer: true),
    open("P2", stage: "Discovery", age: 45, amount: 10_000, champion: true),
    open("P3", stage: "Proposal", age: 100, amount: 20_000, buyer: true, completeness: 0.5),
    open("P4", stage: nil, age: 200, amount: nil, completeness: 1),
    ScoredOpportunity(
      id: "P5", accountID: "acc-P5", createdAt: asOf.adding(days: -20), status: .won,
      closedAt: F.date(2025, 7, 10), score: 1, amount: 15_000, stage: "Proposal"),
  ]

  func health(target: Double? = nil) throws -> PipelineHealth {
    try PipelineHealth(opportunities: Self.deals, asOf: Self.asOf, target: target)
  }

  @Test func openPipelineByStageAndAge() throws {
    let health = try health()
    // Open: P1–P5, 5 000 + 10 000 + 20 000 + 0 + 15 000 = 50 000.
    #expect(health.open == PipelineAmount(count: 5, amount: 50_000))
    #expect(health.byStage.map(\.stage) == ["Discovery", "Proposal", "(unknown)"])
    // Buckets 0-30, 31-60, 61-90, 91-180, 180+.
    #expect(
      health.byStage[0].byAge == [
        PipelineAmount(count: 1, amount: 5_000), PipelineAmount(count: 1, amount: 10_000),
        PipelineAmount(), PipelineAmount(), PipelineAmount(),
      ])
    #expect(health.byStage[1].byAge.map(\.count) == [1, 0, 0, 1, 0])
    #expect(health.byStage[1].total == PipelineAmount(count: 2, amount: 35_000))
    #expect(health.byStage[2].byAge.map(\.count) == [0, 0, 0, 0, 1])
    #expect(health.byAge.map(\.count) == [2, 1, 0, 1, 1])
    #expect(health.byAge.map(\.amount) == [20_000, 10_000, 0, 20_000, 0])
  }

  @Test func staleDealsAreOpenLongerThanTheWonCycleP75() throws {
    let health = try health()
    // Won cycles [10, 20, 30, 40]: h = 3 · 0.75 = 2.25 → 30 + 0.25 · 10 = 32.5 days.
    #expect(health.staleThresholdDays == 32.5)
    // Older than 32.5 days: P4 (200), P3 (100), P2 (45), oldest first.
    #expect(health.staleDeals.map(\.opportunityID) == ["P4", "P3", "P2"])
    #expect(health.staleDeals.map(\.ageDays) == [200, 100, 45])
    #expect(health.staleDeals[0].stage == "(unknown)" && health.staleDeals[0].amount == nil)
  }

  @Test func velocityMultipliesOpenDealsWinRateAndAmountOverCycle() throws {
    // 5 open × (4 won / 6 closed) × (12 000 / 4 = 3 000 average won) ÷ (100 / 4 = 25 days)
    // = 5 × 0.6667 × 3 000 / 25 = 400 per day.
    let velocity = try health().velocity
    #expect(velocity.openOpportunities == 5)
    #expect(F.close(velocity.winRate, 4.0 / 6))
    #expect(velocity.averageWonAmount == 3_000 && velocity.averageWonCycleDays == 25)
    #expect(F.close(velocity.perDay, 400))
    let stalled = PipelineVelocity(
      openOpportunities: 3, winRate: 0.5, averageWonAmount: 100, averageWonCycleDays: 0)
    #expect(stalled.perDay == nil)
  }

  @Test func winRateAndCycleTrendByQuarterOfClose() throws {
    let quarters = try health().byCloseQuarter
    #expect(quarters.map(\.quarter.description) == ["2025-Q1", "2025-Q2"])
    // Q1: W1 10, W2 20 won, L1 15 lost → 2/3; median won 15; median all [10, 15, 20] = 15.
    #expect((quarters[0].won, quarters[0].lost) == (2, 1))
    #expect(F.close(quarters[0].winRate?.proportion, 2.0 / 3))
    #expect(quarters[0].medianWonCycleDays == 15 && quarters[0].medianCycleDays == 15)
    // Q2: W3 30, W4 40 won, L2 25 lost → median won 35; median all [25, 30, 40] = 30.
    #expect(quarters[1].medianWonCycleDays == 35 && quarters[1].medianCycleDays == 30)
  }

  @Test func committeeSharesCountDealsAndAmounts() throws {
    let health = try health()
    // Champion: P1, P2 → 2/5 = 0.4 of deals, 15 000 / 50 000 = 0.3 of the amount.
    #expect(health.withChampion.countShare == 0.4 && health.withChampion.amountShare == 0.3)
    // Economic buyer: P1, P3 → 2/5 and 25 000 / 50 000 = 0.5.
    #expect(health.withEconomicBuyer.countShare == 0.4)
    #expect(health.withEconomicBuyer.amountShare == 0.5)
    // Completeness: P3 0.5 and P4 1.0 → mean 0.75 over 2 assessed deals.
    #expect(health.frameworkCompleteness == 0.75 && health.frameworkAssessed == 2)
  }

  @Test func coverageIsOpenAmountOverTheTarget() throws {
    // 50 000 / 100 000 = 0.5.
    #expect(try health(target: 100_000).coverage == 0.5)
    #expect(try health().coverage == nil)
    #expect(throws: MetricsError.invalidTarget(0)) { try health(target: 0) }
  }

  @Test func anEmptyPipelineHasNoRatios() throws {
    let health = try PipelineHealth(opportunities: [], asOf: Self.asOf)
    #expect(health.staleThresholdDays == nil && health.staleDeals.isEmpty)
    #expect(health.velocity.perDay == nil && health.withChampion.countShare == nil)
    #expect(health.byAge.count == PipelineAgeBucket.allCases.count && health.byStage.isEmpty)
  }

  @Test func ageBucketsUseWholeDaysWithInclusiveUpperBounds() {
    let cases: [(Int, PipelineAgeBucket)] = [
      (0, .upTo30), (30, .upTo30), (31, .upTo60), (60, .upTo60), (61, .upTo90), (90, .upTo90),
      (91, .upTo180), (180, .upTo180), (181, .over180),
    ]
    for (age, bucket) in cases { #expect(PipelineAgeBucket(ageDays: age) == bucket) }
  }
}
