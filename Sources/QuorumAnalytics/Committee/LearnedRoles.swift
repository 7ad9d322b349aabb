/// Which committee roles were present in won versus lost deals: the evidence for which
/// roles an account should be required to cover.
///
/// A deal counts when it was created and closed (won or lost) at or before the as-of date;
/// a role is present when `opportunity_contacts.csv` lists at least one contact in it.
///
/// ```swift
/// let learned = LearnedRoles.learn(
///   opportunities: data.opportunities, opportunityContacts: data.opportunityContacts,
///   asOf: asOf)
/// learned.lift(for: .economicBuyer)?.lift  // e.g. 2.0: twice the win rate with one
/// ```
public struct LearnedRoles: Hashable, Sendable {
  /// Closed deals counted.
  public var closedDeals: Int
  /// Of those, won.
  public var wonDeals: Int
  /// One entry per role of ``CommitteeRole``, in its order.
  public var roles: [RoleLift]

  /// Creates learned roles from their parts.
  public init(closedDeals: Int, wonDeals: Int, roles: [RoleLift]) {
    self.closedDeals = closedDeals
    self.wonDeals = wonDeals
    self.roles = roles
  }

  /// The overall win rate of the counted deals; `nil` without closed deals.
  public var winRate: Double? {
    closedDeals == 0 ? nil : Double(wonDeals) / Double(closedDeals)
  }

  /// The entry of one role.
  public func lift(for role: CommitteeRole) -> RoleLift? {
    roles.first { $0.role == role }
  }

  /// The roles the evidence supports requiring: present in at least `minimumDeals` closed
  /// deals, absent from at least `minimumDeals`, and with a lift of at least `minimumLift`
  /// (or won deals only where it was present). In ``CommitteeRole`` order.
  public func suggestedRequiredRoles(minimumDeals: Int = 10, minimumLift: Double = 1.2)
    -> [CommitteeRole]
  {
    roles.filter { entry in
      guard entry.dealsWith >= minimumDeals, entry.dealsWithout >= minimumDeals,
        entry.role != .blocker, entry.role != .other
      else { return false }
      if let lift = entry.lift { return lift >= minimumLift }
      return entry.wonWith > 0
    }.map(\.role)
  }

  /// Counts role presence in the deals closed by `asOf`.
  ///
  /// - Complexity: O(o + r) for o opportunities and r role rows.
  public static func learn(
    opportunities: [Opportunity], opportunityContacts: [OpportunityContact], asOf: Timestamp
  ) -> LearnedRoles {
    var won: [String: Bool] = [:]
    for deal in opportunities where deal.isClosed && deal.createdAt <= asOf {
      guard let closedAt = deal.closedAt, closedAt <= asOf else { continue }
      won[deal.id] = deal.status == .won
    }
    var present: [String: Set<CommitteeRole>] = [:]
    for row in opportunityContacts where won[row.opportunityID] != nil {
      present[row.opportunityID, default: []].insert(row.role)
    }
    let wonTotal = won.values.filter { $0 }.count
    let roles = CommitteeRole.allCases.map { role in
      var dealsWith = 0
      var wonWith = 0
      for (deal, isWon) in won where present[deal]?.contains(role) ?? false {
        dealsWith += 1
        if isWon { wonWith += 1 }
      }
      return RoleLift(
        role: role, dealsWith: dealsWith, wonWith: wonWith, dealsWithout: won.count - dealsWith,
        wonWithout: wonTotal - wonWith)
    }
    return LearnedRoles(closedDeals: won.count, wonDeals: wonTotal, roles: roles)
  }
}
