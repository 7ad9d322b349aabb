import QuorumAnalytics
import Testing

@Suite struct LearnedRolesTests {
  typealias F = CommitteeFixture

  /// Six deals closed by 1 July (D1–D3 won, D4–D6 lost), one still open, one won only
  /// after the as-of date.
  static func learned() -> LearnedRoles {
    func deal(_ id: String, _ status: OpportunityStatus, closed: Timestamp? = F.day(5, 1))
      -> Opportunity
    {
      Opportunity(
        id: id, accountID: "A", createdAt: F.day(1, 1), status: status,
        closedAt: status == .open ? nil : closed)
    }
    let deals = [
      deal("D1", .won), deal("D2", .won), deal("D3", .won), deal("D4", .lost),
      deal("D5", .lost), deal("D6", .lost), deal("D7", .open),
      deal("D8", .won, closed: F.day(9, 1)),
    ]
    let present: [(String, [CommitteeRole])] = [
      ("D1", [.economicBuyer, .champion, .technicalEvaluator, .economicBuyer]),
      ("D2", [.economicBuyer, .champion]), ("D3", [.champion, .user]),
      ("D4", [.economicBuyer, .user]), ("D5", [.technicalEvaluator]), ("D6", [.user]),
      ("D7", [.economicBuyer]), ("D8", [.economicBuyer]),
    ]
    var rows: [OpportunityContact] = []
    for (deal, roles) in present {
      for (index, role) in roles.enumerated() {
        rows.append(
          OpportunityContact(opportunityID: deal, contactID: "\(deal)-\(index)", role: role))
      }
    }
    return LearnedRoles.learn(opportunities: deals, opportunityContacts: rows, asOf: F.day(7, 1))
  }

  @Test func countsOnlyDealsClosedByTheAsOfDate() {
    let learned = Self.learned()
    #expect(learned.closedDeals == 6)
    #expect(learned.wonDeals == 3)
    #expect(learned.winRate.map { abs($0 - 0.5) < 1e-9 } == true)
    #expect(learned.roles.map(\.role) == CommitteeRole.allCases)
  }

  @Test func economicBuyerDoublesTheWinRate() throws {
    let buyer = try #require(Self.learned().lift(for: .economicBuyer))
    // With: D1 won, D2 won, D4 lost → 2/3 (D1's second buyer row counts once).
    // Without: D3 won, D5 lost, D6 lost → 1/3. Lift (2/3)/(1/3) = 2.
    #expect(buyer.dealsWith == 3 && buyer.wonWith == 2)
    #expect(buyer.dealsWithout == 3 && buyer.wonWithout == 1)
    #expect(abs(try #require(buyer.winRateWith) - 2.0 / 3.0) < 1e-9)
    #expect(abs(try #require(buyer.winRateWithout) - 1.0 / 3.0) < 1e-9)
    #expect(abs(try #require(buyer.lift) - 2) < 1e-9)
    #expect(abs(try #require(buyer.difference) - 1.0 / 3.0) < 1e-9)
  }

  @Test func liftOfEachRoleMatchesTheHandWorkedTable() throws {
    let learned = Self.learned()
    // Champion: with 3/3 won, without 0/3 → no finite lift, difference +1.
    let champion = try #require(learned.lift(for: .champion))
    #expect(champion.winRateWith == 1 && champion.winRateWithout == 0)
    #expect(champion.lift == nil)
    #expect(champion.difference == 1)
    // Technical evaluator: with D1 won, D5 lost → 1/2; without 2/4 → lift 1.
    let evaluator = try #require(learned.lift(for: .technicalEvaluator))
    #expect(evaluator.dealsWith == 2 && evaluator.dealsWithout == 4)
    #expect(abs(try #require(evaluator.lift) - 1) < 1e-9)
    // User: with D3 won, D4 and D6 lost → 1/3; without 2/3 → lift 0.5.
    let user = try #require(learned.lift(for: .user))
    #expect(abs(try #require(user.lift) - 0.5) < 1e-9)
    // Legal: never present.
    let legal = try #require(learned.lift(for: .legal))
    #expect(legal.dealsWith == 0 && legal.winRateWith == nil && legal.lift == nil)
    #expect(legal.dealsWithout == 6 && legal.wonWithout == 3)
  }

  @Test func suggestsRolesWithEnoughDealsAndLift() {
    let learned = Self.learned()
    #expect(learned.suggestedRequiredRoles(minimumDeals: 3) == [.economicBuyer, .champion])
    #expect(
      learned.suggestedRequiredRoles(minimumDeals: 2, minimumLift: 1) == [
        .economicBuyer, .champion, .technicalEvaluator,
      ])
    #expect(learned.suggestedRequiredRoles().isEmpty)  // default needs 10 deals each way
  }
}
