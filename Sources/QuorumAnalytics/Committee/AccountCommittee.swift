/// An account's buying committee as of a date: who is in it, who the champions are, how
/// well it is covered, and what to do next.
public struct AccountCommittee: Hashable, Sendable {
  /// The account.
  public var accountID: String
  /// Every known contact of the account with their role, economic buyer first (see
  /// ``CommitteeRoleInference/members(of:personas:explicitRoles:)``).
  public var members: [CommitteeMember]
  /// The champions (named or detected), highest champion score first.
  public var champions: [ChampionAssessment]
  /// Engagement and role coverage.
  public var coverage: CommitteeCoverage
  /// Next best actions, most urgent first; never empty.
  public var nextBestActions: [NextBestAction]

  /// Creates a committee.
  public init(
    accountID: String, members: [CommitteeMember], champions: [ChampionAssessment],
    coverage: CommitteeCoverage, nextBestActions: [NextBestAction]
  ) {
    self.accountID = accountID
    self.members = members
    self.champions = champions
    self.coverage = coverage
    self.nextBestActions = nextBestActions
  }

  /// The signals the scorer and the calibration consume.
  public var signals: CommitteeSignals { coverage.signals }

  /// The member for a contact, if the contact belongs to this account.
  public func member(_ contactID: String) -> CommitteeMember? {
    members.first { $0.contactID == contactID }
  }

  /// Whether the contact is one of the account's champions.
  public func isChampion(_ contactID: String) -> Bool {
    champions.contains { $0.contactID == contactID }
  }

  /// Whether the contact engaged in the look-back window.
  public func isEngaged(_ contactID: String) -> Bool {
    coverage.engagedContactIDs.contains(contactID)
  }

  /// The gaps in short machine-readable form: each missing role's raw value, then
  /// `single_threaded` and `no_engagement` when they apply.
  ///
  /// ```swift
  /// committee.gaps  // ["economic_buyer", "technical_evaluator", "single_threaded"]
  /// ```
  public var gaps: [String] {
    var gaps = coverage.missingRoles.map(\.rawValue)
    if coverage.singleThreaded { gaps.append("single_threaded") }
    if coverage.engagedContactIDs.isEmpty { gaps.append("no_engagement") }
    return gaps
  }
}
