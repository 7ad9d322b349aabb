import QuorumAnalytics

/// Hand-built deals for the training-set tests: four accounts, one contact each.
///
/// | deal | account | opened | outcome | closed |
/// |---|---|---|---|---|
/// | O1 | A1 | 2025-03-01 | won | 2025-04-01 |
/// | O2 | A2 | 2025-02-01 | lost | 2025-05-01 |
/// | O3 | A3 | 2025-03-10 | open | – |
/// | O4 | A4 | 2025-06-01 | won | 2025-12-01 (after the as-of date) |
/// | O5 | AX (unknown) | 2025-01-15 | lost | 2025-02-15 |
enum TrainingFixture {
  static let asOf = Timestamp(year: 2025, month: 9, day: 30)
  static let opened1 = Timestamp(year: 2025, month: 3, day: 1)
  static let opened2 = Timestamp(year: 2025, month: 2, day: 1)

  /// One millisecond before `time`.
  static func justBefore(_ time: Timestamp) -> Timestamp {
    Timestamp(millisecondsSince1970: time.millisecondsSince1970 - 1)
  }

  static var data: CRMData {
    let early = Timestamp(year: 2024, month: 1, day: 1)
    return CRMData(
      accounts: ["A1", "A2", "A3", "A4"].map {
        Account(id: $0, name: "Company \($0)", industry: "Software", employees: 500)
      },
      contacts: ["1", "2", "3", "4"].map {
        Contact(id: "C\($0)", accountID: "A\($0)", title: "VP Sales", createdAt: early)
      },
      activities: [
        // At the opening itself: invisible. A millisecond before: weight ≈ 1.
        Activity(contactID: "C1", occurredAt: opened1, type: "demo_requested"),
        Activity(contactID: "C1", occurredAt: justBefore(opened1), type: "demo_requested"),
        // 30 days before the opening of O2: weight 0.5 at a 30-day half-life.
        Activity(contactID: "C2", occurredAt: opened2.adding(days: -30), type: "pricing_page_view"),
        Activity(contactID: "C2", occurredAt: opened2.adding(days: 10), type: "meeting"),
      ],
      opportunities: [
        Opportunity(
          id: "O1", accountID: "A1", createdAt: opened1, status: .won,
          closedAt: Timestamp(year: 2025, month: 4, day: 1)),
        Opportunity(
          id: "O2", accountID: "A2", createdAt: opened2, status: .lost,
          closedAt: Timestamp(year: 2025, month: 5, day: 1)),
        Opportunity(
          id: "O3", accountID: "A3", createdAt: Timestamp(year: 2025, month: 3, day: 10),
          status: .open),
        Opportunity(
          id: "O4", accountID: "A4", createdAt: Timestamp(year: 2025, month: 6, day: 1),
          status: .won, closedAt: Timestamp(year: 2025, month: 12, day: 1)),
        Opportunity(
          id: "O5", accountID: "AX", createdAt: Timestamp(year: 2025, month: 1, day: 15),
          status: .lost, closedAt: Timestamp(year: 2025, month: 2, day: 15)),
      ],
      qualifications: [
        Qualification(
          subjectType: .contact, subjectID: "C1", criterion: .budget, value: .met,
          assessedAt: opened1.adding(days: -5)),
        Qualification(
          subjectType: .opportunity, subjectID: "O1", criterion: .paperProcess, value: .met,
          assessedAt: opened1.adding(days: 3)),
      ])
  }
}
