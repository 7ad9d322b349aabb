import QuorumAnalytics

/// The contract's closed vocabularies, as the raw strings the import validates against.
enum ContractVocabulary {
  /// `opportunity_contacts.role` values.
  static let all = CommitteeRole.allCases.map(\.rawValue)
  /// `qualifications.criterion` values.
  static let criteria = QualificationCriterion.allCases.map(\.rawValue)
}
