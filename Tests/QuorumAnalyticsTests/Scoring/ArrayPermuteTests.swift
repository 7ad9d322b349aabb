import Testing

@testable import QuorumAnalytics

@Suite struct ArrayPermuteTests {
  @Test func elementsMoveToTheirOrderedPositionsInPlace() {
    var letters = ["d", "a", "c", "b", "e"]
    // Sorted order of positions: a(1) b(3) c(2) d(0) e(4) — cycles (0 1 3) and (2), (4).
    letters.permute(to: [1, 3, 2, 0, 4])
    #expect(letters == ["a", "b", "c", "d", "e"])
  }

  /// Largest first, ties by feature name: 20 (demo), then the two 5s by name (fit before
  /// whitepaper), then −2; the same order as sorting the reasons themselves.
  @Test func reasonsSortLargestFirstLikeSortingThemselves() {
    var reasons = [
      ReasonCode(feature: "engagement.whitepaper", value: 1, rounding: 5, detail: "1 event"),
      ReasonCode(feature: "engagement.careers", value: 1, rounding: -2, detail: ""),
      ReasonCode(feature: "engagement.demo", value: 1, rounding: 20, detail: "1 event"),
      ReasonCode(feature: "fit.industry", value: 1, rounding: 5, detail: "Software"),
    ]
    let expected = reasons.sorted(by: ReasonCode.largestFirst)
    reasons.sortLargestFirst()
    #expect(reasons == expected)
    #expect(
      reasons.map(\.feature) == [
        "engagement.demo", "engagement.whitepaper", "fit.industry", "engagement.careers",
      ])
    var generator = SplitMix64(seed: 3)
    let many = Self.reasons(200, features: 7, points: 5, &generator)
    var sorted = many
    sorted.sortLargestFirst()
    #expect(sorted == many.sorted(by: ReasonCode.largestFirst))
  }

  /// `count` reasons drawn from `features` feature names and `points` whole points, told
  /// apart by their value and detail (their position).
  private static func reasons(
    _ count: Int, features: UInt64, points: UInt64, _ generator: inout SplitMix64
  ) -> [ReasonCode] {
    (0..<count).map { index in
      ReasonCode(
        feature: "f\(generator.next() % features)", value: Double(index),
        rounding: Double(generator.next() % points), detail: "\(index)")
    }
  }

  /// Every length sorted by insertion (up to the limit) and the first one past it: the same
  /// order as `sorted(by:)`, equal reasons (same feature and points) in the order given.
  @Test func reasonsSortByInsertionLikeSortingThemselves() {
    var generator = SplitMix64(seed: 9)
    for count in 0...(Array<ReasonCode>.insertionLimit + 1) {
      for _ in 0..<20 {
        let reasons = Self.reasons(count, features: 3, points: 3, &generator)
        var sorted = reasons
        sorted.sortLargestFirst()
        #expect(sorted == reasons.sorted(by: ReasonCode.largestFirst))
      }
    }
  }

  @Test func permutingBySortedPositionsEqualsSorting() {
    var generator = SplitMix64(seed: 42)
    let values = (0..<500).map { _ in Int(generator.next() % 1_000) }
    var permuted = values
    permuted.permute(to: values.indices.sorted { (values[$0], $0) < (values[$1], $1) })
    #expect(permuted == values.sorted())
  }

  /// Elements that own memory (arrays, long strings) are moved whole: each is in its new
  /// place exactly once, and the originals the caller still holds are untouched.
  @Test func elementsOwningMemoryAreMovedIntact() {
    let originals = (0..<300).map { index in
      (name: "a long contact identifier number \(index)", values: Array(0...index))
    }
    var moved = originals.map { [$0.name: $0.values] }
    var generator = SplitMix64(seed: 7)
    let order = moved.indices.shuffled(using: &generator)
    moved.permute(to: order)
    #expect(
      moved.indices.allSatisfy {
        moved[$0] == [originals[order[$0]].name: originals[order[$0]].values]
      })
    #expect(originals[299].values.count == 300)
  }
}
