/// Everything an export holds, as plain values: the input of every analysis.
///
/// Built by the store (from SQLite) or by tests (by hand); the analytics never read files.
public struct CRMData: Sendable {
  /// Accounts.
  public var accounts: [Account]
  /// Contacts.
  public var contacts: [Contact]
  /// Activities, in any order.
  public var activities: [Activity]
  /// Opportunities.
  public var opportunities: [Opportunity]
  /// Committee roles on opportunities.
  public var opportunityContacts: [OpportunityContact]
  /// Framework answers.
  public var qualifications: [Qualification]
  /// Marketing spend.
  public var spend: [Spend]

  /// Creates a data set.
  public init(
    accounts: [Account] = [], contacts: [Contact] = [], activities: [Activity] = [],
    opportunities: [Opportunity] = [], opportunityContacts: [OpportunityContact] = [],
    qualifications: [Qualification] = [], spend: [Spend] = []
  ) {
    self.accounts = accounts
    self.contacts = contacts
    self.activities = activities
    self.opportunities = opportunities
    self.opportunityContacts = opportunityContacts
    self.qualifications = qualifications
    self.spend = spend
  }

  /// The data as it was known at `date`: only rows timestamped at or before it.
  ///
  /// Activities, qualification answers, contacts and opportunities created later are
  /// dropped; an opportunity closed after `date` is seen as still open. Accounts are kept
  /// (firmographics are treated as slowly changing attributes).
  public func asOf(_ date: Timestamp) -> CRMData {
    let opportunities = opportunities.compactMap { opportunity -> Opportunity? in
      guard opportunity.createdAt <= date else { return nil }
      guard let closedAt = opportunity.closedAt, closedAt > date else { return opportunity }
      var open = opportunity
      open.status = .open
      open.closedAt = nil
      return open
    }
    let openIDs = Set(opportunities.map(\.id))
    return CRMData(
      accounts: accounts,
      contacts: contacts.filter { $0.createdAt <= date },
      activities: activities.filter { $0.occurredAt <= date },
      opportunities: opportunities,
      opportunityContacts: opportunityContacts.filter { openIDs.contains($0.opportunityID) },
      qualifications: qualifications.filter { $0.assessedAt <= date },
      spend: spend.filter { $0.periodStart <= date }
    )
  }
}
