import QuorumAnalytics
import Testing

@Suite struct PointInTimeTests {
  typealias F = ScoringFixture

  static let created = Timestamp(year: 2025, month: 1, day: 1)

  /// Rows known on the as-of date.
  static let past = CRMData(
    accounts: [
      Account(
        id: "A1", name: "Acme", domain: "acme.com", industry: "Software", employees: 500,
        createdAt: created)
    ],
    contacts: [
      F.contact("C1", email: "jane@acme.com"), F.contact("C2", company: "Acme"),
      F.contact("C3", email: "joe@gmail.com"),
    ],
    activities: [
      F.activity("C1", "demo_requested", daysAgo: 20),
      F.activity("C1", "pricing_page_view", daysAgo: 3),
      F.activity("C2", "webinar_attended", daysAgo: 40), F.activity("C3", "whitepaper_download"),
    ],
    opportunities: [
      Opportunity(
        id: "O1", accountID: "A1", createdAt: F.daysAgo(10), status: .won,
        closedAt: F.asOf.adding(days: 30))
    ],
    qualifications: [
      F.answer("C1", .budget, .met, daysAgo: 5), F.answer("C1", .authority, .met, daysAgo: 5),
      F.answer("O1", .need, .partial, daysAgo: 2, type: .opportunity),
    ])

  /// Rows dated after the as-of date (or created after it), each of which would change
  /// some score if it leaked.
  static let future: CRMData = {
    var data = past
    let later = F.asOf.adding(days: 1)
    data.accounts.append(
      Account(id: "A9", name: "ACME, Inc.", industry: "Software", createdAt: later))
    data.contacts.append(
      Contact(id: "C4", email: "new@acme.com", createdAt: later))
    data.activities += [
      F.activity("C1", "meeting", daysAgo: -1), F.activity("C2", "trial_signup", daysAgo: -0.001),
      F.activity("C4", "demo_attended", daysAgo: 2),
    ]
    data.opportunities.append(
      Opportunity(id: "O2", accountID: "A1", createdAt: later, status: .open))
    data.qualifications += [
      F.answer("C1", .need, .met, daysAgo: -1),
      F.answer("O2", .timeline, .met, daysAgo: 3, type: .opportunity),
      F.answer("C2", .timeline, .unmet, daysAgo: -2, note: "no purchase for 3 years"),
    ]
    return data
  }()

  func run(_ data: CRMData, asOf: Timestamp = F.asOf) -> ScoringResult {
    Scorer(model: .default).run(data, asOf: asOf)
  }

  @Test func addingLaterRowsDoesNotChangeAnEarlierAsOfScore() {
    let before = run(Self.past)
    let after = run(Self.future)
    #expect(after.contacts == before.contacts)
    #expect(after.accounts == before.accounts)
    #expect(after.summary == before.summary)
  }

  @Test func theLaterRowsDoCountLater() throws {
    let later = run(Self.future, asOf: F.asOf.adding(days: 5))
    let c1 = try #require(later.contacts.first { $0.contactID == "C1" })
    #expect(c1.stage == .sql)  // budget, authority and (now) need met
    let c2 = try #require(later.contacts.first { $0.contactID == "C2" })
    #expect(c2.match.method == .ambiguous)  // "Acme" now also fits A9 "ACME, Inc."
    #expect(c2.stage == .disqualified)
    #expect(later.contacts.count == 4)
    #expect(later.accounts.count == 2)
  }

  @Test func scoringEqualsScoringTheAsOfSnapshot() {
    let direct = run(Self.future)
    let snapshot = run(Self.future.asOf(F.asOf))
    #expect(direct.contacts == snapshot.contacts)
    #expect(direct.accounts == snapshot.accounts)
  }

  @Test func opportunityAnswersCountOnlyOnceTheOpportunityExists() throws {
    // O2's timeline answer is dated before the as-of date, but O2 was created after it.
    let acme = try #require(run(Self.future).accounts.first { $0.accountID == "A1" })
    #expect(!acme.reasons.contains { $0.feature == "framework.timeline" })
    #expect(acme.reasons.contains { $0.feature == "framework.need" && $0.value == 0.5 })
  }
}
