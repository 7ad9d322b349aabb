import QuorumAnalytics
import Testing

@Suite struct PointInTimeScoresTests {
  typealias F = ReportingFixture

  func scores(_ data: CRMData = F.data, asOf: Timestamp = F.asOf) throws -> PointInTimeScores {
    try PointInTimeScores(data: data, model: .default, asOf: asOf)
  }

  func lead(_ id: String, in scores: PointInTimeScores) throws -> LeadHistory {
    try #require(scores.leads.first { $0.contactID == id })
  }

  func deal(_ id: String, in scores: PointInTimeScores) throws -> DealAtOpening {
    try #require(scores.deals.first { $0.opportunityID == id })
  }

  /// The score `quorum score --as-of` would have given the account just before `instant`.
  func accountScoreJustBefore(_ instant: Timestamp, account: String, data: CRMData = F.data)
    throws -> Double
  {
    let asOf = Timestamp(millisecondsSince1970: instant.millisecondsSince1970 - 1)
    let view = try QualificationPipeline(model: .default).run(data, asOf: asOf)
    return try #require(view.scoring.accounts.first { $0.accountID == account }).total.value
  }

  @Test func leadScoreAtCreationIsItsFitAloneWhenNothingHappenedYet() throws {
    let scores = try scores()
    // Acme: software 20 + 500 employees 20 + United States 10; Beta: retail 10 + 100
    // employees 10 + Germany 8. Everything C1 and C2 did came later.
    #expect(try lead("C1", in: scores).scoreAtCreation == 50)
    #expect(try lead("C2", in: scores).scoreAtCreation == 28)
  }

  @Test func leadScoreAtCreationIgnoresLaterActivityButCountsTheCreatingOne() throws {
    var data = F.data
    data.activities += [
      F.activity("C2", "demo_attended", F.day(2, 2)), F.activity("C2", "form_fill", F.day(2, 1)),
    ]
    data.qualifications.append(F.answer("C2", .timeline, .met, F.day(2, 3)))
    // The form fill at the creation instant counts 8 points undecayed; the demo the next day
    // and the later answer do not count.
    #expect(try lead("C2", in: scores(data)).scoreAtCreation == 36)
  }

  @Test func stageHistoryDatesTheFirstMQLAndSQL() throws {
    let scores = try scores()
    let acme = try lead("C1", in: scores)
    // Fit 50 reaches the MQL score but not the 15 engagement points an MQL also needs; the
    // demo request on 02-10 (20 points) does.
    #expect(acme.mqlAt == F.day(2, 10))
    #expect(acme.sqlAt == nil)
    let beta = try lead("C2", in: scores)
    // 03-01: 28 + demo 20 = 48 < 50. 03-02: 28 + 20·0.5^(1/60) + 10 = 57.77 ≥ 50, with
    // 29.77 engagement points.
    #expect(beta.mqlAt == F.day(3, 2))
    // Three of four BANT criteria met on 04-01.
    #expect(beta.sqlAt == F.day(4, 1))
  }

  @Test func stageHistoryStopsAtTheAsOfDate() throws {
    let beta = try lead("C2", in: scores(asOf: F.day(3, 31)))
    #expect(beta.mqlAt == F.day(3, 2))
    #expect(beta.sqlAt == nil)
  }

  @Test func leadsCreatedAfterTheAsOfDateAreLeftOut() throws {
    let scores = try scores(asOf: F.day(1, 31))
    #expect(scores.leads.isEmpty)
    #expect(scores.deals.isEmpty)
  }

  @Test func dealScoreIsTheAccountScoreQuorumScoreGaveJustBeforeOpening() throws {
    let scores = try scores()
    let acme = try deal("O1", in: scores)
    #expect(acme.score == (try accountScoreJustBefore(F.day(5, 1), account: "A1")))
    #expect(acme.winProbability == nil)
    let beta = try deal("O2", in: scores)
    #expect(beta.score == (try accountScoreJustBefore(F.day(4, 15), account: "A2")))
    // Not today's score: C1's demo on 06-01 and the won deal's answers came later.
    let today = try QualificationPipeline(model: .default).run(F.data, asOf: F.asOf)
    let acmeToday = try #require(today.scoring.accounts.first { $0.accountID == "A1" })
    #expect(acme.score != acmeToday.total.value)
  }

  @Test func dealScoreIgnoresRowsFromTheOpeningInstantOn() throws {
    var data = F.data
    data.activities += [
      F.activity("C1", "demo_attended", F.day(5, 1)), F.activity("C1", "meeting", F.day(5, 3)),
    ]
    data.qualifications.append(F.answer("A1", .budget, .met, F.day(5, 1), type: .account))
    data.opportunityContacts.append(
      OpportunityContact(opportunityID: "O1", contactID: "C1", role: .economicBuyer))
    #expect(try deal("O1", in: scores(data)).score == deal("O1", in: scores()).score)
  }

  @Test func calibratedModelGivesTheWinProbabilityAtOpening() throws {
    var model = ScoringModel.default
    model.calibration = ScoringModel.Calibration(
      intercept: -1, coefficients: ["fit.industry.core": 0.5], baseScore: 600,
      pointsToDoubleOdds: 20)
    let scores = try PointInTimeScores(data: F.data, model: model, asOf: F.asOf)
    let acme = try deal("O1", in: scores)
    // Acme is core industry: logit = −1 + 0.5 → p = 1 / (1 + e^0.5) ≈ 0.3775 (from the
    // score rounded to hundredths, so to about 1e-4).
    #expect(abs(try #require(acme.winProbability) - 0.377_540_668_798_145_4) < 1e-4)
    #expect(abs(acme.score - (600 + 0.5 * 20 / 0.693_147_180_559_945_3)) < 0.006)
  }

  @Test func dealsOfAccountsMissingFromTheDataAreNotScored() throws {
    var data = F.data
    data.opportunities.append(
      Opportunity(id: "O3", accountID: "A404", createdAt: F.day(5, 5), status: .open))
    #expect(try scores(data).deals.map(\.opportunityID) == ["O1", "O2"])
  }
}
