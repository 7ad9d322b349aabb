/// What kind of next step an account needs; the order of the cases is the priority.
public enum NextBestActionCode: String, Hashable, Sendable, CaseIterable, Comparable {
  /// Nobody at the account is known: source contacts.
  case sourceContacts = "source_contacts"
  /// Contacts are known but nobody engaged in the look-back window.
  case startEngagement = "start_engagement"
  /// Every champion has gone quiet.
  case reengageChampion = "reengage_champion"
  /// No economic buyer engaged.
  case reachEconomicBuyer = "reach_economic_buyer"
  /// No champion.
  case developChampion = "develop_champion"
  /// Engagement hangs on one contact.
  case multiThread = "multi_thread"
  /// No technical evaluator engaged.
  case addTechnicalEvaluator = "add_technical_evaluator"
  /// No decision maker engaged.
  case reachDecisionMaker = "reach_decision_maker"
  /// No user engaged.
  case engageUsers = "engage_users"
  /// Procurement not engaged.
  case engageProcurement = "engage_procurement"
  /// Legal not engaged.
  case engageLegal = "engage_legal"
  /// No influencer engaged.
  case engageInfluencer = "engage_influencer"
  /// A contact named blocker is engaged.
  case addressBlocker = "address_blocker"
  /// No gap: move the deal forward.
  case advanceDeal = "advance_deal"

  /// Orders by priority: the most urgent first.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.priority < rhs.priority }

  private var priority: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }
}

/// One concrete next step for an account, from a gap in its buying committee.
///
/// ```swift
/// NextBestAction(code: .reachEconomicBuyer,
///   text: "no economic buyer engaged — reach finance leadership",
///   departments: [.finance, .executive])
/// ```
public struct NextBestAction: Hashable, Sendable {
  /// The machine-readable kind.
  public var code: NextBestActionCode
  /// The step in words, for a seller.
  public var text: String
  /// The contact to act on, when there is one.
  public var contactID: String?
  /// The departments to reach, when the step is about functions rather than a person.
  public var departments: [Department]

  /// Creates an action.
  public init(
    code: NextBestActionCode, text: String, contactID: String? = nil,
    departments: [Department] = []
  ) {
    self.code = code
    self.text = text
    self.contactID = contactID
    self.departments = departments
  }
}
