/// One contact's line in the qualification view: score, stage, persona and committee role.
public struct ContactQualification: Hashable, Sendable {
  /// The score, stage and reasons.
  public var score: ContactScore
  /// Seniority and department.
  public var persona: Persona
  /// The committee role (explicit or inferred), when the contact belongs to an account.
  public var committeeRole: CommitteeRole?
  /// Whether the contact is a champion of its account.
  public var isChampion: Bool

  /// Creates a line.
  public init(
    score: ContactScore, persona: Persona, committeeRole: CommitteeRole?, isChampion: Bool
  ) {
    self.score = score
    self.persona = persona
    self.committeeRole = committeeRole
    self.isChampion = isChampion
  }
}

extension QualificationView {
  /// Every scored contact with its persona and committee role, in contact-id order.
  ///
  /// - Complexity: O(contacts + committee members).
  public var contacts: [ContactQualification] {
    var lines: [ContactQualification] = []
    lines.reserveCapacity(scoring.contacts.count)
    forEachContact { lines.append($0) }
    return lines
  }

  /// Calls `body` with every scored contact's line, in the order of
  /// ``ScoringResult/contacts`` (contact-id order), without building them all at once
  /// (what a writer of half a million rows wants).
  ///
  /// - Complexity: O(contacts + committee members).
  public func forEachContact(_ body: (ContactQualification) throws -> Void) rethrows {
    let lines = lines
    for (line, score) in scoring.contacts.enumerated() {
      try body(
        ContactQualification(
          score: score, persona: lines.personas[line], committeeRole: lines.roles[line],
          isChampion: lines.champions[line]))
    }
  }
}
