/// The qualification answers grouped for scoring: each contact's, and each account's (about
/// the account itself or one of its opportunities) with the moment each becomes visible.
struct AnswerGroupings: Sendable {
  /// Per contact position: positions in the data's qualifications.
  let contacts: Grouping
  /// Per account position: positions in the data's qualifications.
  let accounts: Grouping
  /// Per entry of `accounts`: when the answer becomes visible (its assessment, or its
  /// opportunity's creation if later).
  let visible: [Int64]

  /// Groups `data`'s answers; answers about an unknown contact, an account out of scope
  /// (not in `accountPosition`) or an opportunity of one are left out.
  ///
  /// - Complexity: O(answers + opportunities + contacts + accounts).
  init(data: CRMData, log: ActivityLog, accountPosition: [String: Int]) {
    var contactKeys: [(Int, Int32)] = []
    var accountKeys: [(Int, Int32)] = []
    var visible: [Int64] = []
    let opportunities = Dictionary(
      data.opportunities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for (index, answer) in data.qualifications.enumerated() {
      switch answer.subjectType {
      case .contact:
        if let contact = log.contactIndex[answer.subjectID] {
          contactKeys.append((Int(contact), Int32(index)))
        }
      case .account:
        if let position = accountPosition[answer.subjectID] {
          accountKeys.append((position, Int32(index)))
          visible.append(answer.assessedAt.millisecondsSince1970)
        }
      case .opportunity:
        if let opportunity = opportunities[answer.subjectID],
          let position = accountPosition[opportunity.accountID]
        {
          accountKeys.append((position, Int32(index)))
          visible.append(max(answer.assessedAt, opportunity.createdAt).millisecondsSince1970)
        }
      }
    }
    contacts = Grouping(buckets: data.contacts.count, keys: contactKeys)
    let grouped = Grouping(
      buckets: data.accounts.count,
      keys: accountKeys.indices.lazy.map {
        (accountKeys[$0].0, Int32($0))
      })
    // `grouped` holds positions in `accountKeys`; resolve them to answers and visibility.
    accounts = grouped.mapItems { accountKeys[Int($0)].1 }
    self.visible = grouped.items.map { visible[Int($0)] }
  }
}
