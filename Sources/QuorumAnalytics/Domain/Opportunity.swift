/// Where a deal stands: still open, or closed won or lost.
public enum OpportunityStatus: String, Hashable, Sendable, CaseIterable {
  /// Not closed yet.
  case open
  /// Closed, won.
  case won
  /// Closed, lost.
  case lost
}

/// A deal with an account.
public struct Opportunity: Hashable, Sendable {
  /// The CRM's identifier (`opportunity_id`).
  public var id: String
  /// The account the deal is with.
  public var accountID: String
  /// When the deal was opened.
  public var createdAt: Timestamp
  /// Open, won or lost.
  public var status: OpportunityStatus
  /// When the deal closed; present exactly when `status` is won or lost.
  public var closedAt: Timestamp?
  /// The CRM's stage name (free text, e.g. `Negotiation`).
  public var stage: String?
  /// The deal amount.
  public var amount: Double?
  /// The lead source that created the deal.
  public var source: String?
  /// The campaign credited with the deal.
  public var campaignID: String?
  /// Columns of the export that the contract does not name, kept by header.
  public var attributes: [String: String]

  /// Creates an opportunity.
  public init(
    id: String, accountID: String, createdAt: Timestamp, status: OpportunityStatus,
    closedAt: Timestamp? = nil, stage: String? = nil, amount: Double? = nil,
    source: String? = nil, campaignID: String? = nil, attributes: [String: String] = [:]
  ) {
    self.id = id
    self.accountID = accountID
    self.createdAt = createdAt
    self.status = status
    self.closedAt = closedAt
    self.stage = stage
    self.amount = amount
    self.source = source
    self.campaignID = campaignID
    self.attributes = attributes
  }

  /// Whether the deal is closed (won or lost).
  public var isClosed: Bool { status != .open }
}
