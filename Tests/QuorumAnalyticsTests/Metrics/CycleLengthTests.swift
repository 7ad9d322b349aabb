import QuorumAnalytics
import Testing

@Suite struct CycleLengthTests {
  typealias F = MetricsFixture
  static let asOf = F.date(2025, 12, 31)

  static func deal(
    _ id: String, industry: String?, employees: Int?, source: String?, created: Timestamp,
    _ status: OpportunityStatus, days: Double? = nil, score: Double
  ) -> ScoredOpportunity {
    ScoredOpportunity(
      id: id, accountID: "acc-\(id)", createdAt: created, status: status,
      closedAt: days.map { created.adding(days: $0) }, score: score, source: source,
      industry: industry, employees: employees)
  }

  /// A: Software, 120 staff, web, Q1, won in 10 days, score 80.
  /// B: Software, 3000 staff, event, Q1, won in 30 days, score 60.
  /// C: Retail, 120 staff, web, Q2, lost in 20 days, score 20.
  /// D: no industry/size/source, Q2, won in 50 days, score 90.
  /// E: Retail, 10 staff, web, Q4 (2025-11-01), open at the as-of date (60 days), score 40.
  static let deals = [
    deal(
      "A", industry: "Software", employees: 120, source: "web", created: F.date(2025, 1, 10),
      .won, days: 10, score: 80),
    deal(
      "B", industry: "Software", employees: 3000, source: "event", created: F.date(2025, 2, 1),
      .won, days: 30, score: 60),
    deal(
      "C", industry: "Retail", employees: 120, source: "web", created: F.date(2025, 4, 5), .lost,
      days: 20, score: 20),
    deal(
      "D", industry: nil, employees: nil, source: nil, created: F.date(2025, 5, 1), .won,
      days: 50, score: 90),
    deal(
      "E", industry: "Retail", employees: 10, source: "web", created: F.date(2025, 11, 1), .open,
      score: 40),
  ]

  func report() throws -> CycleLength {
    CycleLength(opportunities: Self.deals, bands: try ScoreBands(edges: [50]), asOf: Self.asOf)
  }

  @Test func overallRowSummarisesWonAndLostAndCensorsOpenDeals() throws {
    let overall = try report().rows[0]
    #expect(overall.dimension == .overall && overall.key == "all")
    // Won [10, 30, 50]: p25 = 10 + 0.5·20 = 20, median 30, p75 40, mean 30.
    #expect(overall.won == SummaryStatistics([10, 30, 50]))
    #expect((overall.won.p25, overall.won.median, overall.won.p75) == (20, 30, 40))
    #expect(overall.lost.count == 1 && overall.lost.median == 20)
    #expect(overall.open == 1)
    // KM: events 10, 20, 30, 50; E censored at 60. S(10) = 4/5, S(20) = 3/5, S(30) = 2/5
    // ≤ 0.5 → median 30.
    #expect(overall.medianDaysToClose == 30)
    #expect(overall.timeToClose.steps.last?.time == 60)
    #expect(overall.timeToClose.steps.last?.censored == 1)
  }

  @Test func groupsAreOrderedNaturallyWithUnknownLast() throws {
    let rows = try report().rows
    func keys(_ dimension: CycleDimension) -> [String] {
      rows.filter { $0.dimension == dimension }.map(\.key)
    }
    #expect(keys(.scoreBand) == ["< 50", "≥ 50"])
    #expect(keys(.industry) == ["Retail", "Software", "(unknown)"])
    #expect(keys(.sizeBand) == ["1-49", "50-199", "1000-4999", "(unknown)"])
    #expect(keys(.source) == ["event", "web", "(unknown)"])
    #expect(keys(.createdQuarter) == ["2025-Q1", "2025-Q2", "2025-Q4"])
    #expect(rows.map(\.dimension).first == .overall)
  }

  @Test func eachGroupSummarisesItsOwnDeals() throws {
    let rows = try report().rows
    func row(_ dimension: CycleDimension, _ key: String) throws -> CycleLengthRow {
      try #require(rows.first { $0.dimension == dimension && $0.key == key })
    }
    // Software: won [10, 30] → p25 15, median 20, p75 25, mean 20.
    let software = try row(.industry, "Software")
    #expect((software.won.p25, software.won.median, software.won.p75) == (15, 20, 25))
    #expect(software.won.mean == 20 && software.lost.count == 0)
    // Retail: C lost in 20, E open → KM S(20) = 1/2 → median 20.
    let retail = try row(.industry, "Retail")
    #expect(retail.lost.median == 20 && retail.open == 1 && retail.medianDaysToClose == 20)
    // 50-199: A won 10, C lost 20.
    let mid = try row(.sizeBand, "50-199")
    #expect(mid.won.median == 10 && mid.lost.median == 20)
    // Score band ≥ 50: A, B, D won in 10, 30, 50.
    #expect(try row(.scoreBand, "≥ 50").won.mean == 30)
    // Q4: only the open deal → no close, KM never drops.
    let q4 = try row(.createdQuarter, "2025-Q4")
    #expect(q4.won.count == 0 && q4.open == 1 && q4.medianDaysToClose == nil)
  }

  @Test func kaplanMeierMedianAgreesWithTheLifelinesFixture() throws {
    // The KaplanMeierReference.md durations as deals: events close after their duration;
    // censored ones are opened `duration` days before the as-of date and still open.
    // lifelines median: 25.
    let durations: [Double] = [5, 8, 8, 12, 12, 15, 20, 20, 25, 30, 34, 40]
    let closed = [true, true, false, true, true, false, true, false, true, false, true, false]
    let deals = zip(durations, closed).enumerated().map { index, pair in
      let (days, isClosed) = pair
      return ScoredOpportunity(
        id: "d\(index)", accountID: "a", createdAt: Self.asOf.adding(days: isClosed ? -100 : -days),
        status: isClosed ? (index.isMultiple(of: 2) ? .won : .lost) : .open,
        closedAt: isClosed ? Self.asOf.adding(days: days - 100) : nil, score: 50)
    }
    let report = CycleLength(
      opportunities: deals, bands: try ScoreBands(edges: []), asOf: Self.asOf)
    let curve = report.rows[0].timeToClose
    #expect(report.rows[0].medianDaysToClose == 25)
    #expect(MetricsFixture.close(curve.survival(at: 20), 0.540_123_456_790_123, tolerance: 1e-12))
  }

  @Test func leadVelocityMeasuresEachFunnelStep() {
    // L1: created d0, MQL +4, SQL +10, opportunity (lists c1) opened +25
    //   → 4, 6, 15 and 25 days.
    // L2: created d0, MQL +8 → created→MQL only.
    // L3: SQL dated before MQL → its MQL→SQL pair is dropped; created→MQL 2 counts.
    // Created→MQL = [4, 8, 2] → median 4.
    // L4: MQL after the as-of date → ignored.
    let d0 = F.date(2025, 1, 1)
    let leads = [
      ScoredLead(
        contactID: "c1", createdAt: d0, score: 1, mqlAt: d0.adding(days: 4),
        sqlAt: d0.adding(days: 10)),
      ScoredLead(contactID: "c2", createdAt: d0, score: 1, mqlAt: d0.adding(days: 8)),
      ScoredLead(
        contactID: "c3", createdAt: d0, score: 1, mqlAt: d0.adding(days: 2),
        sqlAt: d0.adding(days: 1)),
      ScoredLead(contactID: "c4", createdAt: d0, score: 1, mqlAt: F.date(2026, 3, 1)),
    ]
    let deal = ScoredOpportunity(
      id: "o", accountID: "a", createdAt: d0.adding(days: 25), status: .open, score: 1,
      contactIDs: ["c1"])
    let velocity = LeadVelocity(leads: leads, opportunities: [deal], asOf: Self.asOf)
    let rows = Dictionary(uniqueKeysWithValues: velocity.rows.map { ($0.transition, $0.days) })
    #expect(velocity.rows.map(\.transition) == LeadTransition.allCases)
    #expect(rows[.createdToMQL] == SummaryStatistics([4, 8, 2]))
    #expect(rows[.createdToMQL]?.median == 4)
    #expect(rows[.mqlToSQL] == SummaryStatistics([6]))
    #expect(rows[.sqlToOpportunity] == SummaryStatistics([15]))
    #expect(rows[.createdToOpportunity] == SummaryStatistics([25]))
  }

  @Test func employeeSizeBandsFollowTheContractBoundaries() {
    let cases: [(Int?, EmployeeSizeBand)] = [
      (1, .small), (49, .small), (50, .lowerMid), (199, .lowerMid), (200, .mid), (999, .mid),
      (1000, .large), (4999, .large), (5000, .enterprise), (nil, .unknown), (0, .unknown),
    ]
    for (employees, band) in cases { #expect(EmployeeSizeBand(employees: employees) == band) }
  }
}
