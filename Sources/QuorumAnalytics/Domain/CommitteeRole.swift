/// The part a person plays in a buying committee (`opportunity_contacts.role`).
public enum CommitteeRole: String, Hashable, Sendable, CaseIterable, Comparable {
  /// Controls the budget and signs.
  case economicBuyer = "economic_buyer"
  /// Sells internally for us.
  case champion
  /// Decides among options.
  case decisionMaker = "decision_maker"
  /// Evaluates the technology.
  case technicalEvaluator = "technical_evaluator"
  /// Shapes opinion.
  case influencer
  /// Will use the product.
  case user
  /// Runs the purchase process.
  case procurement
  /// Reviews the contract.
  case legal
  /// Works against the deal.
  case blocker
  /// Any other part.
  case other

  /// Orders values ascending.
  public static func < (lhs: CommitteeRole, rhs: CommitteeRole) -> Bool {
    lhs.sortIndex < rhs.sortIndex
  }

  private var sortIndex: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

/// A contact's role on an opportunity (`opportunity_contacts.csv`).
public struct OpportunityContact: Hashable, Sendable {
  /// The opportunity.
  public var opportunityID: String
  /// The contact.
  public var contactID: String
  /// The contact's role in the buying committee.
  public var role: CommitteeRole
  /// Whether this is the primary contact of the deal.
  public var isPrimary: Bool

  /// Creates a role assignment.
  public init(
    opportunityID: String, contactID: String, role: CommitteeRole, isPrimary: Bool = false
  ) {
    self.opportunityID = opportunityID
    self.contactID = contactID
    self.role = role
    self.isPrimary = isPrimary
  }
}
