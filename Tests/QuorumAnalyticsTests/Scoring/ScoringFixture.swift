import QuorumAnalytics

/// Hand-built rows for the scoring tests.
enum ScoringFixture {
  /// The as-of date of most tests: 2025-06-30T00:00:00Z.
  static let asOf = Timestamp(year: 2025, month: 6, day: 30)

  /// `days` days before `asOf`.
  static func daysAgo(_ days: Double) -> Timestamp { asOf.adding(days: -days) }

  static func contact(
    _ id: String, account: String? = nil, email: String? = nil, company: String? = nil,
    created: Timestamp = Timestamp(year: 2025, month: 1, day: 1)
  ) -> Contact {
    Contact(id: id, accountID: account, email: email, company: company, createdAt: created)
  }

  static func activity(_ contact: String, _ type: ActivityType, daysAgo days: Double = 0)
    -> Activity
  {
    Activity(contactID: contact, occurredAt: daysAgo(days), type: type)
  }

  static func answer(
    _ subject: String, _ criterion: QualificationCriterion, _ value: QualificationValue,
    daysAgo days: Double = 1, note: String? = nil, type: QualificationSubject = .contact
  ) -> Qualification {
    Qualification(
      subjectType: type, subjectID: subject, criterion: criterion, value: value,
      assessedAt: daysAgo(days), note: note)
  }

  /// Acme: core industry (20), mid-market (20), United States (10): fit 50.
  static let acme = Account(
    id: "A1", name: "Acme", domain: "acme.com", industry: "Software", employees: 500,
    country: "United States")

  /// Scores one contact with the default model.
  static func score(
    _ activities: [Activity], answers: [Qualification] = [], account: Account? = nil,
    contact: Contact = contact("C1"), model: ScoringModel = .default
  ) -> ContactScore {
    ContactScorer(model: model).score(
      contact: contact, account: account, activities: activities, qualifications: answers,
      asOf: asOf)
  }
}
