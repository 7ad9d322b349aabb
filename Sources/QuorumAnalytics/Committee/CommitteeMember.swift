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
  public var evidence: String {
    get { evidenceTitle.map { "\(evidenceReason) (title “\($0)”)" } ?? evidenceReason }
    set {
      evidenceReason = newValue
      evidenceTitle = nil
    }
  }
  /// Recorded or inferred.
  public var source: RoleSource
  /// The evidence as parts shared with the rule and the contact, rendered on demand: half a
  /// million members would otherwise each hold their own copy of the sentence.
  private var evidenceReason: String
  private var evidenceTitle: String?

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
    evidenceReason = evidence
    evidenceTitle = nil
    self.source = source
  }

  /// Creates an inferred member whose evidence is the persona rule's `reason` followed by
  /// the title it read, `reason (title “VP Sales”)`.
  init(
    contactID: String, name: String?, title: String?, persona: Persona, role: CommitteeRole,
    confidence: Double, reason: String
  ) {
    self.init(
      contactID: contactID, name: name, title: title, persona: persona, role: role,
      confidence: confidence, evidence: reason, source: .inferred)
    evidenceTitle = title
  }

  /// Members are equal when everything they show is equal, however the evidence is held.
  public static func == (lhs: CommitteeMember, rhs: CommitteeMember) -> Bool {
    lhs.contactID == rhs.contactID && lhs.name == rhs.name && lhs.title == rhs.title
      && lhs.persona == rhs.persona && lhs.role == rhs.role && lhs.confidence == rhs.confidence
      && lhs.source == rhs.source && lhs.evidence == rhs.evidence
  }

  /// Hashes what ``==`` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(contactID)
    hasher.combine(role)
    hasher.combine(evidence)
  }
}

extension Contact {
  /// "First Last", whichever parts are present; `nil` when neither is.
  var committeeDisplayName: String? {
    // Written out: built for every member of every committee, half a million at 50k
    // accounts, where an array of parts joined cost three allocations each.
    let first = firstName.flatMap { $0.isEmpty ? nil : $0 }
    let last = lastName.flatMap { $0.isEmpty ? nil : $0 }
    switch (first, last) {
    case (let first?, let last?): return first + " " + last
    case (let name?, nil), (nil, let name?): return name
    case (nil, nil): return nil
    }
  }
}
