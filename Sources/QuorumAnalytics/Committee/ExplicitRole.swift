/// A committee role the CRM records for a contact (`opportunity_contacts.csv`), taken from
/// the contact's latest opportunity.
public struct ExplicitRole: Hashable, Sendable {
  /// The contact.
  public var contactID: String
  /// The recorded role.
  public var role: CommitteeRole
  /// The opportunity that records it.
  public var opportunityID: String
  /// When that opportunity was created.
  public var opportunityCreatedAt: Timestamp
  /// Whether the contact is the opportunity's primary contact.
  public var isPrimary: Bool

  /// Creates an explicit role.
  public init(
    contactID: String, role: CommitteeRole, opportunityID: String,
    opportunityCreatedAt: Timestamp, isPrimary: Bool = false
  ) {
    self.contactID = contactID
    self.role = role
    self.opportunityID = opportunityID
    self.opportunityCreatedAt = opportunityCreatedAt
    self.isPrimary = isPrimary
  }

  /// Each contact's role on their latest opportunity created at or before `asOf`.
  ///
  /// "Latest" is the greatest `created_at`; ties go to the row marked primary, then to
  /// the greater opportunity ID, then to the role listed first in ``CommitteeRole``, so
  /// the answer never depends on row order. Rows naming an unknown opportunity are
  /// ignored.
  ///
  /// - Complexity: O(o + r) for o opportunities and r role rows.
  public static func latest(
    opportunities: [Opportunity], opportunityContacts: [OpportunityContact], asOf: Timestamp
  ) -> [String: ExplicitRole] {
    var createdAt: [String: Timestamp] = [:]
    for opportunity in opportunities where opportunity.createdAt <= asOf {
      createdAt[opportunity.id] = opportunity.createdAt
    }
    var roles: [String: ExplicitRole] = [:]
    for row in opportunityContacts {
      guard let created = createdAt[row.opportunityID] else { continue }
      let candidate = ExplicitRole(
        contactID: row.contactID, role: row.role, opportunityID: row.opportunityID,
        opportunityCreatedAt: created, isPrimary: row.isPrimary)
      if let current = roles[row.contactID], !candidate.isPreferred(over: current) { continue }
      roles[row.contactID] = candidate
    }
    return roles
  }

  /// A human-readable account of where the role comes from.
  var evidence: String {
    "role \(role.rawValue) on opportunity \(opportunityID) created "
      + opportunityCreatedAt.isoDate
  }

  private func isPreferred(over other: ExplicitRole) -> Bool {
    if opportunityCreatedAt != other.opportunityCreatedAt {
      return opportunityCreatedAt > other.opportunityCreatedAt
    }
    if isPrimary != other.isPrimary { return isPrimary }
    if opportunityID != other.opportunityID { return opportunityID > other.opportunityID }
    return role < other.role
  }
}
