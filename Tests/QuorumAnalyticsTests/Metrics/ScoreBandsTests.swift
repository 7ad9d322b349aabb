import QuorumAnalytics
import Testing

@Suite struct ScoreBandsTests {
  @Test func decilesOfTwentyDistinctScoresHoldTwoEach() {
    // n = 20, k = 10: cuts at sorted indices ⌊i·20/10⌋ = 2, 4, …, 18, i.e. scores 3, 5, …, 19.
    let scores = (1...20).map(Double.init)
    let bands = ScoreBands(quantilesOf: scores.reversed(), count: 10)
    #expect(bands.edges == [3, 5, 7, 9, 11, 13, 15, 17, 19])
    let counts = Dictionary(grouping: scores, by: { bands.index(for: $0) }).mapValues(\.count)
    #expect((0..<10).map { counts[$0] } == Array(repeating: 2, count: 10))
  }

  @Test func tiedScoresAreNeverSplitAndCollapsedCutsAreDropped() {
    // [1, 1, 1, 1, 2, 3], k = 3: cut 1 at s₂ = 1 equals the minimum → dropped;
    // cut 2 at s₄ = 2 → edges [2]: band "< 2" holds the four 1s, "≥ 2" holds 2 and 3.
    let bands = ScoreBands(quantilesOf: [3, 1, 2, 1, 1, 1], count: 3)
    #expect(bands.edges == [2])
    #expect(bands.bands.map(\.label) == ["< 2", "≥ 2"])
    #expect(bands.index(for: 1) == 0 && bands.index(for: 2) == 1)
  }

  @Test func unevenCountsUseIntegerCutPositions() {
    // [1…6], k = 4: cuts at ⌊6/4⌋ = 1, ⌊12/4⌋ = 3, ⌊18/4⌋ = 4 → scores 2, 4, 5 →
    // bands {1}, {2, 3}, {4}, {5, 6}
    let bands = ScoreBands(quantilesOf: [1, 2, 3, 4, 5, 6], count: 4)
    #expect(bands.edges == [2, 4, 5])
  }

  @Test func fixedEdgesAreHalfOpenWithUnboundedEnds() throws {
    let bands = try ScoreBands(edges: [20, 40, 60, 80])
    #expect(bands.bands.map(\.label) == ["< 20", "[20, 40)", "[40, 60)", "[60, 80)", "≥ 80"])
    #expect(bands.band(for: -5).index == 0)
    #expect(bands.band(for: 39.999).index == 1)
    #expect(bands.band(for: 40).index == 2)
    #expect(bands.band(for: 80).index == 4)
    #expect(bands.band(for: 1000).index == 4)
    #expect(bands.bands[2].contains(40) && !bands.bands[2].contains(60))
  }

  @Test func labelsKeepFractionsAndDropTrailingZeros() throws {
    let bands = try ScoreBands(edges: [23.5, 50])
    #expect(bands.bands.map(\.label) == ["< 23.5", "[23.5, 50)", "≥ 50"])
  }

  @Test func invalidSettingsThrow() {
    #expect(throws: MetricsError.invalidBandEdges([40, 20])) { try ScoreBands(edges: [40, 20]) }
    #expect(throws: MetricsError.invalidBandEdges([10, 10])) { try ScoreBands(edges: [10, 10]) }
    #expect(throws: MetricsError.self) { try ScoreBands(edges: [.infinity]) }
    #expect(throws: MetricsError.invalidBandCount(0)) {
      try ScoreBands(.quantiles(count: 0), scores: [1, 2])
    }
  }

  @Test func noScoresGiveOneBandCoveringEverything() throws {
    let bands = try ScoreBands(.deciles, scores: [])
    #expect(bands.bands.map(\.label) == ["all"])
    #expect(bands.band(for: 42).index == 0)
  }
}
