import QuorumAnalytics

/// A hand-built export for the report-assembly tests: two accounts with known fit, leads
/// whose scores rise after they were created, and deals opened at known instants.
enum ReportingFixture {
  static func day(_ month: Int, _ day: Int) -> Timestamp {
    Timestamp(year: 2025, month: month, day: day)
  }

  /// The as-of date: 2025-06-30.
  static let asOf = day(6, 30)

  /// Acme: core industry (20), mid-market (20), United States (10): fit 50.
  static let acme = Account(
    id: "A1", name: "Acme", domain: "acme.com", industry: "Software", employees: 500,
    country: "United States", createdAt: day(1, 1))

  /// Beta: adjacent industry (10), SMB (10), Germany (8): fit 28.
  static let beta = Account(
    id: "A2", name: "Beta", domain: "beta.de", industry: "Retail", employees: 100,
    country: "Germany", createdAt: day(1, 1))

  static func contact(_ id: String, _ account: String, created: Timestamp) -> Contact {
    Contact(id: id, accountID: account, createdAt: created)
  }

  static func activity(_ contact: String, _ type: ActivityType, _ time: Timestamp) -> Activity {
    Activity(contactID: contact, occurredAt: time, type: type)
  }

  static func answer(
    _ subject: String, _ criterion: QualificationCriterion, _ value: QualificationValue,
    _ time: Timestamp, type: QualificationSubject = .contact
  ) -> Qualification {
    Qualification(
      subjectType: type, subjectID: subject, criterion: criterion, value: value, assessedAt: time)
  }

  /// C1 (Acme) created 2025-02-01, very active later; C2 (Beta) created 2025-02-01, a demo
  /// request on 03-01, a pricing-page view on 03-02 (MQL), three BANT criteria met on 04-01
  /// (SQL); O1 opened at Acme on 05-01 (won 06-01); O2 opened at Beta on 04-15 (open).
  static let data = CRMData(
    accounts: [acme, beta],
    contacts: [contact("C1", "A1", created: day(2, 1)), contact("C2", "A2", created: day(2, 1))],
    activities: [
      activity("C1", "demo_requested", day(2, 10)), activity("C1", "meeting", day(4, 20)),
      activity("C1", "pricing_page_view", day(5, 2)), activity("C1", "demo_attended", day(6, 1)),
      activity("C2", "demo_requested", day(3, 1)), activity("C2", "pricing_page_view", day(3, 2)),
      activity("C2", "careers_page_view", day(3, 5)),
    ],
    opportunities: [
      Opportunity(
        id: "O1", accountID: "A1", createdAt: day(5, 1), status: .won, closedAt: day(6, 1),
        stage: "Closed Won", amount: 30_000, source: "webinar"),
      Opportunity(
        id: "O2", accountID: "A2", createdAt: day(4, 15), status: .open, stage: "Proposal",
        amount: 12_000, source: "paid_search"),
    ],
    opportunityContacts: [
      OpportunityContact(opportunityID: "O1", contactID: "C1", role: .champion, isPrimary: true)
    ],
    qualifications: [
      answer("C2", .budget, .met, day(4, 1)), answer("C2", .authority, .met, day(4, 1)),
      answer("C2", .need, .met, day(4, 1)),
      answer("O1", .timeline, .met, day(5, 1), type: .opportunity),
    ])
}
