import QuorumAnalytics
import Testing

@Suite struct AttributionTests {
  typealias F = MetricsFixture
  static let asOf = F.date(2025, 6, 30)

  /// One lead, c1, created 2025-01-10 from paid_search / C1, MQL and SQL; campaign touches
  /// C2 (webinar, 2025-02-05) and C3 (event, 2025-04-02); its deal O opens 2025-04-20 and is
  /// won (30 000). Touches outside [creation, opening] are not on the path: C0 (before the
  /// lead existed) and C4 (after the deal opened).
  static let lead = ScoredLead(
    contactID: "c1", accountID: "a1", createdAt: F.date(2025, 1, 10), score: 50,
    reachedMQL: true, reachedSQL: true, source: "paid_search", campaignID: "C1")
  static let touches = [
    AttributionTouch(
      contactID: "c1", occurredAt: F.date(2024, 12, 1), channel: "display", campaignID: "C0"),
    AttributionTouch(
      contactID: "c1", occurredAt: F.date(2025, 4, 2), channel: "event", campaignID: "C3"),
    AttributionTouch(
      contactID: "c1", occurredAt: F.date(2025, 2, 5), channel: "webinar", campaignID: "C2"),
    AttributionTouch(
      contactID: "c1", occurredAt: F.date(2025, 5, 15), channel: "email", campaignID: "C4"),
  ]
  static let deal = ScoredOpportunity(
    id: "O", accountID: "a1", createdAt: F.date(2025, 4, 20), status: .won,
    closedAt: F.date(2025, 6, 1), score: 50, amount: 30_000, contactIDs: ["c1"])

  static func credits(_ model: AttributionModel) -> [AttributionCredit] {
    Attribution(
      model: model, leads: [lead], opportunities: [deal], touches: touches, asOf: asOf
    ).credits
  }

  static let everything = AttributedOutcomes(
    leads: 1, mqls: 1, sqls: 1, opportunities: 1, wonDeals: 1, wonRevenue: 30_000)
  static let q1 = CalendarQuarter(year: 2025, quarter: 1)
  static let q2 = CalendarQuarter(year: 2025, quarter: 2)

  @Test func firstTouchCreditsTheContactsSourceAndCampaign() {
    #expect(
      Self.credits(.firstTouch) == [
        AttributionCredit(
          key: AttributionKey(channel: "paid_search", campaignID: "C1", quarter: Self.q1),
          outcomes: Self.everything)
      ])
  }

  @Test func onlyLastTouchAndLinearReadTouches() {
    #expect(AttributionModel.allCases.filter(\.readsTouches) == [.lastTouch, .linear])
    // First-touch credits the origin whatever the touches, so a caller may pass none.
    #expect(
      Attribution(
        model: .firstTouch, leads: [Self.lead], opportunities: [Self.deal], touches: [],
        asOf: Self.asOf
      ).credits == Self.credits(.firstTouch))
  }

  @Test func lastTouchCreditsTheLastCampaignTouchBeforeTheOpportunity() {
    // C4 (2025-05-15) is after the opening (2025-04-20): the last touch is C3 in Q2.
    #expect(
      Self.credits(.lastTouch) == [
        AttributionCredit(
          key: AttributionKey(channel: "event", campaignID: "C3", quarter: Self.q2),
          outcomes: Self.everything)
      ])
  }

  @Test func linearSplitsEquallyOverTheThreeTouches() {
    // Path C1 (Q1), C2 (Q1), C3 (Q2): each gets 1/3 lead, MQL, SQL, opportunity and won
    // deal, and 30 000 / 3 = 10 000 revenue. Sorted by channel: event, paid_search, webinar.
    let credits = Self.credits(.linear)
    #expect(
      credits.map(\.key) == [
        AttributionKey(channel: "event", campaignID: "C3", quarter: Self.q2),
        AttributionKey(channel: "paid_search", campaignID: "C1", quarter: Self.q1),
        AttributionKey(channel: "webinar", campaignID: "C2", quarter: Self.q1),
      ])
    for credit in credits {
      #expect(F.close(credit.outcomes.leads, 1.0 / 3))
      #expect(F.close(credit.outcomes.wonDeals, 1.0 / 3))
      #expect(F.close(credit.outcomes.wonRevenue, 10_000, tolerance: 1e-6))
    }
  }

  @Test func everyModelCreditsEachLeadAndDealExactlyOnce() {
    for model in AttributionModel.allCases {
      let total = Self.credits(model).map(\.outcomes).reduce(AttributedOutcomes(), +)
      #expect(F.close(total.leads, 1) && F.close(total.opportunities, 1))
      #expect(F.close(total.wonRevenue, 30_000, tolerance: 1e-6))
    }
  }

  @Test func aDealWithTwoLeadsIsSharedAndADealWithoutLeadsKeepsItsOwnSource() {
    // O2 lists c2 (web) and c3 (event): half a deal and half of 8 000 each.
    // O3 lists nobody and its account has no leads: credited to its own source, partner.
    let leads = [
      ScoredLead(contactID: "c2", createdAt: F.date(2025, 1, 1), score: 1, source: "web"),
      ScoredLead(contactID: "c3", createdAt: F.date(2025, 1, 2), score: 1, source: "event"),
    ]
    let deals = [
      ScoredOpportunity(
        id: "O2", accountID: "a2", createdAt: F.date(2025, 2, 1), status: .won,
        closedAt: F.date(2025, 3, 1), score: 1, amount: 8_000, contactIDs: ["c2", "c3"]),
      ScoredOpportunity(
        id: "O3", accountID: "a3", createdAt: F.date(2025, 4, 1), status: .open, score: 1,
        source: "partner"),
    ]
    let credits = Attribution(
      leads: leads, opportunities: deals, touches: [], asOf: Self.asOf
    ).credits
    let half = AttributedOutcomes(leads: 1, opportunities: 0.5, wonDeals: 0.5, wonRevenue: 4_000)
    #expect(
      credits == [
        AttributionCredit(
          key: AttributionKey(channel: "event", campaignID: nil, quarter: Self.q1), outcomes: half),
        AttributionCredit(
          key: AttributionKey(channel: "partner", campaignID: nil, quarter: Self.q2),
          outcomes: AttributedOutcomes(opportunities: 1)),
        AttributionCredit(
          key: AttributionKey(channel: "web", campaignID: nil, quarter: Self.q1), outcomes: half),
      ])
  }

  @Test func touchesComeFromCampaignTaggedActivitiesWithTheirCampaignsChannel() {
    let spend = [
      Spend(
        channel: "webinar", periodStart: F.date(2025, 1, 1), periodEnd: F.date(2025, 1, 31),
        amount: 1, campaignID: "C2"),
      Spend(
        channel: "events", periodStart: F.date(2025, 1, 1), periodEnd: F.date(2025, 1, 31),
        amount: 1, campaignID: "C2"),
    ]
    let leads = [
      ScoredLead(
        contactID: "c", createdAt: F.date(2025, 1, 1), score: 1, source: "paid_search",
        campaignID: "C1"),
      ScoredLead(
        contactID: "d", createdAt: F.date(2025, 1, 1), score: 1, source: "social",
        campaignID: "C2"),
    ]
    // C2 is under two spend channels → the alphabetically first, events; spend beats leads.
    let channels = AttributionTouch.campaignChannels(spend: spend, leads: leads)
    #expect(channels == ["C1": "paid_search", "C2": "events"])
    let activities = [
      Activity(
        contactID: "c", occurredAt: F.date(2025, 2, 1), type: "webinar_attended",
        campaignID: "C2"),
      Activity(contactID: "c", occurredAt: F.date(2025, 2, 2), type: "page_view"),
      Activity(
        contactID: "c", occurredAt: F.date(2025, 2, 3), type: "email_click",
        campaignID: "C9"),
    ]
    #expect(
      AttributionTouch.touches(from: activities, campaignChannels: channels) == [
        AttributionTouch(
          contactID: "c", occurredAt: F.date(2025, 2, 1), channel: "events", campaignID: "C2"),
        AttributionTouch(
          contactID: "c", occurredAt: F.date(2025, 2, 3), channel: nil, campaignID: "C9"),
      ])
  }
}
