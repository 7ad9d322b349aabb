/// Where a committee role comes from.
public enum RoleSource: String, Hashable, Sendable, CaseIterable {
  /// Recorded in the CRM (`opportunity_contacts.csv`).
  case explicit
  /// Inferred from the contact's persona.
  case inferred
}

/// One contact's place in an account's buying committee.
public struct CommitteeMember: Hashable, Sendable {
  /// The contact.
  public var contactID: String
  /// The contact's name ("First Last"), when known.
  public var name: String?
  /// The contact's job title, as the CRM writes it.
  public var title: String?
  /// Seniority and department.
  public var persona: Persona
  /// The committee role.
  public var role: CommitteeRole
  /// How sure the role is, 0...1: 1 for a role recorded in the CRM.
  public var confidence: Double
  /// Why, in words: the CRM row, or the persona rule that fired.
  public var evidence: String
  /// Recorded or inferred.
  public var source: RoleSource

  /// Creates a member.
  public init(
    contactID: String, name: String? = nil, title: String? = nil, persona: Persona,
    role: CommitteeRole, confidence: Double, evidence: String, source: RoleSource
  ) {
    self.contactID = contactID
    self.name = name
    self.title = title
    self.persona = persona
    self.role = role
    self.confidence = confidence
    self.evidence = evidence
    self.source = source
  }
}

extension Contact {
  /// "First Last", whichever parts are present; `nil` when neither is.
  var committeeDisplayName: String? {
    let parts = [firstName, lastName].compactMap { $0 }.filter { !$0.isEmpty }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }
}
