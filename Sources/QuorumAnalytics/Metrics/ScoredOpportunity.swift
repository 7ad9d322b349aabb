/// An opportunity as the reports see it: the deal, the account score it had when it was
/// opened, the account's segment, its contacts, and the committee and framework signals the
/// pipeline report shares out.
///
/// The score must be the point-in-time score at `createdAt`, never today's score.
public struct ScoredOpportunity: Hashable, Sendable {
  /// The opportunity.
  public var id: String
  /// The account.
  public var accountID: String
  /// When the deal was opened.
  public var createdAt: Timestamp
  /// Open, won or lost as exported; see ``status(asOf:)`` for the status at a date.
  public var status: OpportunityStatus
  /// When the deal closed, for won and lost deals.
  public var closedAt: Timestamp?
  /// The score at `createdAt`.
  public var score: Double
  /// The deal amount.
  public var amount: Double?
  /// The CRM stage name, e.g. `Negotiation`.
  public var stage: String?
  /// The lead source of the deal.
  public var source: String?
  /// The campaign credited with the deal, if any.
  public var campaignID: String?
  /// The account's industry.
  public var industry: String?
  /// The account's employee count.
  public var employees: Int?
  /// Contacts on the deal (`opportunity_contacts.csv`), in any order.
  public var contactIDs: [String]
  /// Whether a champion is present on the deal or account.
  public var hasChampion: Bool
  /// Whether the economic buyer is engaged.
  public var economicBuyerEngaged: Bool
  /// Share of the model's framework criteria that are known (not unknown or missing),
  /// 0...1, when assessed; see ``FrameworkCompleteness``.
  public var frameworkCompleteness: Double?

  /// Creates an opportunity.
  public init(
    id: String, accountID: String, createdAt: Timestamp, status: OpportunityStatus,
    closedAt: Timestamp? = nil, score: Double, amount: Double? = nil, stage: String? = nil,
    source: String? = nil, campaignID: String? = nil, industry: String? = nil,
    employees: Int? = nil, contactIDs: [String] = [], hasChampion: Bool = false,
    economicBuyerEngaged: Bool = false, frameworkCompleteness: Double? = nil
  ) {
    self.id = id
    self.accountID = accountID
    self.createdAt = createdAt
    self.status = status
    self.closedAt = closedAt
    self.score = score
    self.amount = amount
    self.stage = stage
    self.source = source
    self.campaignID = campaignID
    self.industry = industry
    self.employees = employees
    self.contactIDs = contactIDs
    self.hasChampion = hasChampion
    self.economicBuyerEngaged = economicBuyerEngaged
    self.frameworkCompleteness = frameworkCompleteness
  }

  /// Creates the report view of a domain opportunity and its account.
  public init(
    opportunity: Opportunity, account: Account?, score: Double, contactIDs: [String] = [],
    signals: CommitteeSignals = .none, frameworkCompleteness: Double? = nil
  ) {
    self.init(
      id: opportunity.id, accountID: opportunity.accountID, createdAt: opportunity.createdAt,
      status: opportunity.status, closedAt: opportunity.closedAt, score: score,
      amount: opportunity.amount, stage: opportunity.stage, source: opportunity.source,
      campaignID: opportunity.campaignID, industry: account?.industry,
      employees: account?.employees, contactIDs: contactIDs,
      hasChampion: signals.championPresent, economicBuyerEngaged: signals.economicBuyerEngaged,
      frameworkCompleteness: frameworkCompleteness)
  }

  /// The status as it was known at `date`: `nil` if the deal was not opened yet, `.open` if
  /// it closed after `date`.
  public func status(asOf date: Timestamp) -> OpportunityStatus? {
    guard createdAt <= date else { return nil }
    if let closedAt, closedAt > date { return .open }
    return status
  }

  /// Days from opening to closing (0 if the export has them reversed), or `nil` while open
  /// at `date` or when a closed deal has no close date.
  public func cycleDays(asOf date: Timestamp) -> Double? {
    guard let status = status(asOf: date), status != .open, let closedAt else { return nil }
    return max(0, closedAt.days(since: createdAt))
  }

  /// Whole days the deal has been open at `date` (floor of the elapsed days).
  public func ageDays(asOf date: Timestamp) -> Int {
    max(0, Int(date.days(since: createdAt).rounded(.down)))
  }
}
