/// A lead (a contact) as the reports see it: when it arrived, the score it had then, how
/// far it got in the funnel, and where it came from.
///
/// The score must be the point-in-time score at `createdAt` (from a stored snapshot or
/// recomputed as of that date), never today's score, or the conversion report would
/// credit the score with what happened afterwards.
///
/// Leads and opportunities are linked, in every report, by one rule: a lead is linked to an
/// opportunity opened at or after the lead was created when the opportunity lists the
/// lead's contact in ``ScoredOpportunity/contactIDs``, or — for an opportunity that lists
/// no contacts, as many CRM exports do — when the lead belongs to the opportunity's
/// account.
public struct ScoredLead: Hashable, Sendable {
  /// The contact.
  public var contactID: String
  /// The contact's account, when known (used to link leads to opportunities that list no
  /// contacts).
  public var accountID: String?
  /// When the lead was created.
  public var createdAt: Timestamp
  /// The lead's score at `createdAt`.
  public var score: Double
  /// Whether the lead became marketing-qualified (by the as-of date of the input).
  public var reachedMQL: Bool
  /// Whether the lead became sales-qualified (by the as-of date of the input).
  public var reachedSQL: Bool
  /// When it became an MQL, when the history says.
  public var mqlAt: Timestamp?
  /// When it became an SQL, when the history says.
  public var sqlAt: Timestamp?
  /// The lead source (channel), e.g. `paid_search`; the first touch.
  public var source: String?
  /// The campaign that brought the lead in; the first touch.
  public var campaignID: String?

  /// Creates a lead. A date implies the stage: `mqlAt` sets ``reachedMQL``, `sqlAt` sets
  /// ``reachedSQL``.
  public init(
    contactID: String, accountID: String? = nil, createdAt: Timestamp, score: Double,
    reachedMQL: Bool = false, reachedSQL: Bool = false, mqlAt: Timestamp? = nil,
    sqlAt: Timestamp? = nil, source: String? = nil, campaignID: String? = nil
  ) {
    self.contactID = contactID
    self.accountID = accountID
    self.createdAt = createdAt
    self.score = score
    self.reachedMQL = reachedMQL || mqlAt != nil
    self.reachedSQL = reachedSQL || sqlAt != nil
    self.mqlAt = mqlAt
    self.sqlAt = sqlAt
    self.source = source
    self.campaignID = campaignID
  }

  /// Creates a lead from a contact: its account, creation date, source and campaign.
  public init(
    contact: Contact, score: Double, reachedMQL: Bool = false, reachedSQL: Bool = false,
    mqlAt: Timestamp? = nil, sqlAt: Timestamp? = nil
  ) {
    self.init(
      contactID: contact.id, accountID: contact.accountID, createdAt: contact.createdAt,
      score: score, reachedMQL: reachedMQL, reachedSQL: reachedSQL, mqlAt: mqlAt, sqlAt: sqlAt,
      source: contact.source, campaignID: contact.campaignID)
  }
}

extension ScoredLead {
  /// Whether the lead was an MQL at `date`: reached, and not dated after `date`.
  func isMQL(asOf date: Timestamp) -> Bool { reachedMQL && (mqlAt ?? date) <= date }

  /// Whether the lead was an SQL at `date`: reached, and not dated after `date`.
  func isSQL(asOf date: Timestamp) -> Bool { reachedSQL && (sqlAt ?? date) <= date }
}
