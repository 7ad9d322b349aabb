import QuorumAnalytics
import Testing

@Suite struct ReportInputsTests {
  typealias F = ReportingFixture

  func inputs(
    _ data: CRMData = F.data, window: ReportingWindow = .all, model: ScoringModel = .default
  ) throws -> ReportInputs {
    let view = try QualificationPipeline(model: model).run(data, asOf: F.asOf)
    let scores = try PointInTimeScores(data: data, model: model, asOf: F.asOf)
    return ReportInputs(data: data, view: view, model: model, scores: scores, window: window)
  }

  @Test func leadsAreBandedByTheirScoreAtCreationNotToday() throws {
    let inputs = try inputs()
    let bands = try ScoreBands(edges: [40])
    let report = ConversionByScore(
      leads: inputs.leads, opportunities: inputs.opportunities, bands: bands, asOf: F.asOf)
    // C2 scored 28 when created (today it is above 40 with three BANT answers met).
    #expect(report.rows.map(\.leads) == [1, 1])
    #expect(report.rows.map(\.mqls) == [1, 1])
    #expect(report.rows.map(\.sqls) == [1, 0])
    // O1 lists C1; O2 lists nobody, so Beta's lead created before it counts.
    #expect(report.rows.map(\.convertedLeads) == [1, 1])
  }

  @Test func leadsCarryTheirFunnelDatesSourceAndMatchedAccount() throws {
    let lead = try #require(try inputs().leads.first { $0.contactID == "C2" })
    #expect(lead.accountID == "A2")
    #expect(lead.score == 28)
    #expect(lead.mqlAt == F.day(3, 2))
    #expect(lead.sqlAt == F.day(4, 1))
  }

  @Test func opportunitiesAreBandedByTheirScoreAtOpening() throws {
    let inputs = try inputs()
    let scores = Dictionary(uniqueKeysWithValues: inputs.opportunities.map { ($0.id, $0.score) })
    let view = try QualificationPipeline(model: .default).run(F.data, asOf: F.asOf)
    let today = Dictionary(
      uniqueKeysWithValues: view.scoring.accounts.map { ($0.accountID, $0.total.value) })
    #expect(scores["O1"] != today["A1"])
    #expect(scores["O2"] != today["A2"])
    let report = ConversionByScore(
      leads: [], opportunities: inputs.opportunities,
      bands: try ScoreBands(edges: [try #require(scores["O2"])]), asOf: F.asOf)
    // Acme scored below Beta when their deals opened (Beta's lead had three BANT criteria
    // met; Acme's engagement came later), though Acme scores far higher today. Ties at an
    // edge go up.
    #expect(report.rows.map(\.opportunities) == [1, 1])
    #expect(report.rows.map(\.won) == [1, 0])
    #expect(report.rows.map(\.open) == [0, 1])
  }

  @Test func theWindowSelectsByCreationDayButThePipelineKeepsEveryOpenDeal() throws {
    let window = try ReportingWindow(from: F.day(4, 20), to: F.day(5, 1))
    let inputs = try inputs(window: window)
    #expect(inputs.leads.isEmpty)
    #expect(inputs.opportunities.map(\.id) == ["O1"])  // opened on the window's last day
    #expect(inputs.pipeline.map(\.id) == ["O1", "O2"])
  }

  @Test func pipelineDealsCarryCommitteeSignalsContactsAndFrameworkCompleteness() throws {
    let inputs = try inputs()
    let won = try #require(inputs.pipeline.first { $0.id == "O1" })
    #expect(won.contactIDs == ["C1"])
    #expect(won.hasChampion)  // C1 is the deal's champion
    #expect(won.frameworkCompleteness == 0.25)  // BANT: timeline of four
    let open = try #require(inputs.pipeline.first { $0.id == "O2" })
    #expect(open.frameworkCompleteness == nil)  // no answer about O2 or Beta
  }

  @Test func dealsOfUnknownAccountsAreCountedNotScored() throws {
    var data = F.data
    data.opportunities.append(
      Opportunity(id: "O3", accountID: "A404", createdAt: F.day(5, 5), status: .open))
    let inputs = try inputs(data)
    #expect(inputs.unscoredOpportunities == ["O3"])
    #expect(!inputs.opportunities.contains { $0.id == "O3" })
    #expect(inputs.pipeline.contains { $0.id == "O3" })
  }

  @Test func closedDealForecastsPairWinProbabilitiesWithOutcomes() throws {
    var model = ScoringModel.default
    model.calibration = ScoringModel.Calibration(
      intercept: -1, coefficients: ["fit.industry.core": 0.5])
    let forecasts = try inputs(model: model).closedDealForecasts
    #expect(forecasts.won == [true])  // O1 won; O2 is still open
    #expect(abs((forecasts.probabilities.first ?? 0) - 0.377_540_668_798_145_4) < 1e-4)
  }

  @Test func spendIsClippedToTheWindowProRataByDays() throws {
    let line = Spend(
      channel: "paid_search", periodStart: F.day(3, 17), periodEnd: F.day(4, 15), amount: 3_000)
    let window = try ReportingWindow(from: F.day(4, 1), to: nil)
    let clipped = try #require(window.clip(line))
    // 30 days, 15 of them from 04-01.
    #expect(clipped.amount == 1_500)
    #expect(clipped.periodStart == F.day(4, 1))
    #expect(clipped.periodEnd == F.day(4, 15))
    #expect(try ReportingWindow(from: F.day(5, 1), to: nil).clip(line) == nil)
    #expect(ReportingWindow.all.clip(line) == line)
  }

  @Test func touchesStreamedInAnyOrderAreThoseOfTheHeldActivities() throws {
    var data = F.data
    data.activities += [
      Activity(
        contactID: "C1", occurredAt: F.day(3, 3), type: "webinar_attended", campaignID: "WEB-1"),
      Activity(contactID: "C2", occurredAt: F.day(3, 4), type: "email_click", campaignID: "EML-1"),
      Activity(contactID: "C9", occurredAt: F.day(3, 4), type: "email_click", campaignID: "EML-1"),
    ]
    let inputs = try inputs(data)
    // C9 is nobody's lead; the untagged activities are no touches.
    #expect(inputs.touches.map(\.campaignID) == ["WEB-1", "EML-1"])
    let streamed = inputs.touches { visit in data.activities.reversed().forEach(visit) }
    #expect(streamed == inputs.touches.reversed())
    data.activities = []
    #expect(try self.inputs(data).touches.isEmpty)
  }

  @Test func contactsSharingAnIdMakeOneLeadTheFirsts() throws {
    var data = F.data
    data.contacts.append(F.contact("C1", "A2", created: F.day(3, 1)))
    let leads = try inputs(data).leads
    // The first C1 (Acme, created 02-01, fit 50) is the lead; its namesake adds none.
    #expect(leads.map(\.contactID) == ["C1", "C2"])
    #expect(leads.first?.createdAt == F.day(2, 1))
    #expect(leads.first?.score == 50)
  }

  @Test func aReversedWindowIsAnError() {
    #expect(throws: ReportingError.reversedWindow(from: F.day(5, 1), to: F.day(4, 1))) {
      try ReportingWindow(from: F.day(5, 1), to: F.day(4, 1))
    }
  }
}
