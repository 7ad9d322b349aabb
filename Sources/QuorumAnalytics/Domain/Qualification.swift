/// What a qualification answer is about.
public enum QualificationSubject: String, Hashable, Sendable, CaseIterable {
  /// A contact (lead).
  case contact
  /// An opportunity.
  case opportunity
  /// An account.
  case account
}

/// A criterion of the BANT, CHAMP, MEDDIC and MEDDPICC frameworks.
public enum QualificationCriterion: String, Hashable, Sendable, CaseIterable, Comparable {
  /// BANT budget.
  case budget
  /// BANT / CHAMP authority.
  case authority
  /// BANT need.
  case need
  /// BANT timeline.
  case timeline
  /// CHAMP challenges.
  case challenges
  /// CHAMP money.
  case money
  /// CHAMP prioritization.
  case prioritization
  /// MEDDIC metrics.
  case metrics
  /// MEDDIC economic buyer.
  case economicBuyer = "economic_buyer"
  /// MEDDIC decision criteria.
  case decisionCriteria = "decision_criteria"
  /// MEDDIC decision process.
  case decisionProcess = "decision_process"
  /// MEDDPICC paper process.
  case paperProcess = "paper_process"
  /// MEDDIC identified pain.
  case identifiedPain = "identified_pain"
  /// MEDDIC champion.
  case champion
  /// MEDDPICC competition.
  case competition

  /// Orders values ascending.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The answer to a qualification criterion.
public enum QualificationValue: String, Hashable, Sendable, CaseIterable {
  /// The criterion is met.
  case met
  /// Partly met.
  case partial
  /// Not met (negative evidence).
  case unmet
  /// Not known yet.
  case unknown
}

/// One assessed criterion (`qualifications.csv`).
public struct Qualification: Hashable, Sendable {
  /// What kind of record the answer is about.
  public var subjectType: QualificationSubject
  /// The contact, opportunity or account id.
  public var subjectID: String
  /// The framework criterion.
  public var criterion: QualificationCriterion
  /// The answer.
  public var value: QualificationValue
  /// When it was assessed; only answers assessed by an as-of date count at that date.
  public var assessedAt: Timestamp
  /// Free-text note (e.g. "no purchase for 24 months").
  public var note: String?

  /// Creates an answer.
  public init(
    subjectType: QualificationSubject, subjectID: String, criterion: QualificationCriterion,
    value: QualificationValue, assessedAt: Timestamp, note: String? = nil
  ) {
    self.subjectType = subjectType
    self.subjectID = subjectID
    self.criterion = criterion
    self.value = value
    self.assessedAt = assessedAt
    self.note = note
  }
}
