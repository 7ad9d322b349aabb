/// Which leads turned into which opportunities.
///
/// A lead is linked to an opportunity opened at or after the lead was created when the
/// opportunity lists the lead's contact, or — for an opportunity that lists no contacts
/// (many CRMs never fill the contact roles) — when the lead belongs to the opportunity's
/// account. Only the inputs given are considered; filter them to the as-of date first.
///
/// - Complexity: O(L + O + links).
struct LeadOpportunityLinks: Sendable {
  /// For each lead (by index), the indices of its opportunities, in input order.
  let opportunitiesOfLead: [[Int]]
  /// For each opportunity (by index), the indices of its leads, in input order.
  let leadsOfOpportunity: [[Int]]

  init(leads: [ScoredLead], opportunities: [ScoredOpportunity]) {
    // Group only the leads an opportunity can reach: those of the contacts opportunities
    // list, and those of the accounts of opportunities that list none.
    let listed = Set(opportunities.lazy.flatMap(\.contactIDs))
    let unlisted = Set(opportunities.lazy.filter(\.contactIDs.isEmpty).map(\.accountID))
    var byContact: [String: [Int]] = [:]
    var byAccount: [String: [Int]] = [:]
    for (index, lead) in leads.enumerated() {
      if listed.contains(lead.contactID) { byContact[lead.contactID, default: []].append(index) }
      if let account = lead.accountID, unlisted.contains(account) {
        byAccount[account, default: []].append(index)
      }
    }
    var opportunitiesOfLead = Array(repeating: [Int](), count: leads.count)
    var leadsOfOpportunity = Array(repeating: [Int](), count: opportunities.count)
    for (opportunityIndex, opportunity) in opportunities.enumerated() {
      let candidates =
        opportunity.contactIDs.isEmpty
        ? byAccount[opportunity.accountID, default: []]
        : Set(opportunity.contactIDs).flatMap { byContact[$0, default: []] }.sorted()
      for leadIndex in candidates where leads[leadIndex].createdAt <= opportunity.createdAt {
        opportunitiesOfLead[leadIndex].append(opportunityIndex)
        leadsOfOpportunity[opportunityIndex].append(leadIndex)
      }
    }
    self.opportunitiesOfLead = opportunitiesOfLead
    self.leadsOfOpportunity = leadsOfOpportunity
  }

  /// When the lead's first opportunity was opened, if it has one.
  func firstOpportunityDate(ofLead index: Int, in opportunities: [ScoredOpportunity])
    -> Timestamp?
  {
    opportunitiesOfLead[index].map { opportunities[$0].createdAt }.min()
  }
}
