import QuorumAnalytics
import Testing

@Suite struct LiftTableTests {
  @Test func decilesRankByScoreWithLiftAndCapture() throws {
    // 20 deals scored 0.05…1.00; 6 won (base rate 0.3): the two best, plus 0.80, 0.55,
    // 0.40 and 0.05. Decile 1 = {1.00, 0.95}: rate 1, lift 1/0.3, capture 2/6.
    let scores = (1...20).map { Double($0) / 20 }
    let wonScores: Set<Double> = [1.0, 0.95, 0.8, 0.55, 0.4, 0.05]
    let table = LiftTable(scores: scores, labels: scores.map { wonScores.contains($0) })
    #expect(table.groups.count == 10 && table.groups.allSatisfy { $0.count == 2 })
    #expect(abs(table.baseRate - 0.3) < 1e-12)
    let top = table.groups[0]
    #expect(top.rank == 1 && top.positives == 2 && top.rate == 1)
    #expect(abs(try #require(top.lift) - 1 / 0.3) < 1e-12)
    #expect(abs(try #require(top.cumulativeCapture) - 2.0 / 6) < 1e-12)
    #expect(top.minimumScore == 0.95 && top.maximumScore == 1.0)
    // Decile 2 = {0.90, 0.85}: no wins, capture stays 2/6.
    #expect(table.groups[1].positives == 0 && table.groups[1].cumulativePositives == 2)
    #expect(table.groups.map(\.positives) == [2, 0, 1, 0, 1, 0, 1, 0, 0, 1])
    #expect(table.groups[9].cumulativeCapture == 1)
  }

  @Test func fewerDealsThanGroupsLeavesEmptyGroupsOut() {
    let table = LiftTable(scores: [0.3, 0.9, 0.5], labels: [false, true, false])
    #expect(table.groups.map(\.rank) == [4, 7, 10])
    #expect(table.groups.map(\.maximumScore) == [0.9, 0.5, 0.3])
    #expect(table.groups[0].lift == 3)
  }

  @Test func noWinsGivesUndefinedLiftNotNaN() {
    let table = LiftTable(scores: [0.3, 0.9], labels: [false, false])
    #expect(table.groups.allSatisfy { $0.lift == nil && $0.cumulativeCapture == nil })
  }
}
