import QuorumAnalytics
import Testing

@Suite struct AccountRankingTests {
  static let scores = [
    AccountScoreInput(
      accountID: "B", name: "Beta", score: 55, journeyStage: "consideration",
      topReasons: ["fit", "pricing visits"]),
    AccountScoreInput(
      accountID: "C", name: "Gamma", score: 80, winProbability: 0.41, journeyStage: "decision",
      topReasons: ["demo", "fit", "meetings", "webinars"]),
    AccountScoreInput(accountID: "D", name: "Delta", score: 20, journeyStage: "awareness"),
    AccountScoreInput(
      accountID: "A", name: "Alpha", score: 80, winProbability: 0.38, journeyStage: "decision"),
  ]

  static let committees: [String: AccountCommittee] = [
    "C": AccountCommittee(
      accountID: "C", members: [], champions: [],
      coverage: CommitteeCoverage(
        engagedContactIDs: ["C-1"], engagedDepartments: [.it],
        requiredRoles: [.economicBuyer, .technicalEvaluator],
        coveredRoles: [.technicalEvaluator], missingRoles: [.economicBuyer], coverage: 0.5,
        economicBuyerEngaged: false, championPresent: false, leadingContactID: "C-1",
        leadingContactShare: 1, singleThreaded: true),
      nextBestActions: [
        NextBestAction(
          code: .reachEconomicBuyer, text: "no economic buyer engaged — reach finance leadership"),
        NextBestAction(
          code: .multiThread, text: "single-threaded on C-1 — multi-thread into finance"),
      ])
  ]

  static func cutoffs() -> ScoringModel.TierCutoffs {
    ScoringModel.TierCutoffs(tier1: 70, tier2: 40, tier3: 10)
  }

  @Test func ranksByScoreThenIDAndAssignsTiers() throws {
    let rows = try AccountRanking.rank(
      Self.scores, committees: Self.committees, cutoffs: Self.cutoffs())
    #expect(rows.map(\.accountID) == ["A", "C", "B", "D"])
    #expect(rows.map(\.rank) == [1, 2, 3, 4])
    #expect(rows.map(\.tier) == [1, 1, 2, 3])
    let gamma = rows[1]
    #expect(gamma.topReasons == ["demo", "fit", "meetings"])
    #expect(gamma.coverage == 0.5)
    #expect(gamma.gaps == ["economic_buyer", "single_threaded"])
    #expect(gamma.nextBestAction?.code == .reachEconomicBuyer)
    #expect(gamma.winProbability == 0.41)
    #expect(rows[0].coverage == nil && rows[0].gaps.isEmpty && rows[0].nextBestAction == nil)
  }

  @Test func filtersByTierAndTopKeepingOverallRanks() throws {
    let cutoffs = Self.cutoffs()
    let tierTwo = try AccountRanking.rank(Self.scores, committees: [:], cutoffs: cutoffs, tier: 2)
    #expect(tierTwo.map(\.accountID) == ["B"])
    #expect(tierTwo.map(\.rank) == [3])
    let best = try AccountRanking.rank(
      Self.scores, committees: [:], cutoffs: cutoffs, tier: 1, top: 1)
    #expect(best.map(\.accountID) == ["A"])
    let topThree = try AccountRanking.rank(Self.scores, committees: [:], cutoffs: cutoffs, top: 3)
    #expect(topThree.map(\.rank) == [1, 2, 3])
    #expect(try AccountRanking.rank(Self.scores, committees: [:], cutoffs: cutoffs, top: 0).isEmpty)
  }

  @Test func orderDoesNotDependOnInputOrder() throws {
    let cutoffs = Self.cutoffs()
    let forward = try AccountRanking.rank(Self.scores, committees: [:], cutoffs: cutoffs)
    let backward = try AccountRanking.rank(
      Self.scores.reversed(), committees: [:], cutoffs: cutoffs)
    #expect(forward == backward)
  }

  @Test func tierBoundariesAreInclusive() throws {
    let cutoffs = Self.cutoffs()
    #expect(cutoffs.tier(for: 70) == 1)
    #expect(cutoffs.tier(for: 69.999) == 2)
    #expect(cutoffs.tier(for: 40) == 2)
    #expect(cutoffs.tier(for: 39.999) == 3)
    #expect(cutoffs.tier(for: 9.999) == nil)
  }

  @Test func badTierTopOrScoresThrow() throws {
    let cutoffs = Self.cutoffs()
    #expect(throws: CommitteeError.self) {
      try AccountRanking.rank(Self.scores, committees: [:], cutoffs: cutoffs, tier: 4)
    }
    #expect(throws: CommitteeError.self) {
      try AccountRanking.rank(Self.scores, committees: [:], cutoffs: cutoffs, top: -1)
    }
    let broken = [
      AccountScoreInput(accountID: "X", name: "X", score: .nan, journeyStage: "awareness")
    ]
    #expect(throws: CommitteeError.self) {
      try AccountRanking.rank(broken, committees: [:], cutoffs: cutoffs)
    }
  }
}
