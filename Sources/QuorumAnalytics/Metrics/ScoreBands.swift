/// How to cut scores into bands: equal-count quantile bands (deciles by default) or fixed
/// edges. The settings; ``ScoreBands`` is the result.
public enum ScoreBanding: Hashable, Sendable {
  /// About equal-count bands: `count` quantile bands of the observed scores.
  case quantiles(count: Int)
  /// Fixed interior edges: `[20, 40, 60, 80]` gives `< 20`, `[20, 40)`, …, `≥ 80`.
  case fixed(edges: [Double])

  /// Ten equal-count bands.
  public static let deciles = ScoreBanding.quantiles(count: 10)
}

/// A partition of the real line into score bands [eᵢ₋₁, eᵢ): the first unbounded below,
/// the last unbounded above, so every score — including ones not seen when the bands were
/// cut — falls in exactly one band.
///
/// Quantile bands are cut deterministically at order statistics and never split tied
/// scores: with n sorted scores s₀ ≤ … ≤ sₙ₋₁ and k bands, band i (i ≥ 1) starts at
/// s⌊i·n/k⌋ (integer arithmetic, no interpolation). A cut equal to the previous one or to
/// the minimum is dropped, so heavily tied scores give fewer than k bands rather than empty
/// ones; ties at a cut go to the upper band.
///
/// ```swift
/// let bands = ScoreBands(quantilesOf: [1, 2, 3, 4, 5, 6], count: 3)
/// // cuts at s₂ = 3 and s₄ = 5: "< 3", "[3, 5)", "≥ 5"
/// bands.band(for: 4.5).index  // 1
/// ```
public struct ScoreBands: Hashable, Sendable {
  /// The interior edges, strictly increasing; `edges.count + 1` bands.
  public let edges: [Double]

  /// The bands, lowest scores first.
  public var bands: [ScoreBand] {
    (0...edges.count).map { index in
      ScoreBand(
        index: index, lower: index == 0 ? nil : edges[index - 1],
        upper: index == edges.count ? nil : edges[index])
    }
  }

  /// Fixed bands with the given interior edges.
  ///
  /// - Throws: ``MetricsError/invalidBandEdges(_:)`` unless the edges are finite and
  ///   strictly increasing.
  public init(edges: [Double]) throws {
    guard edges.allSatisfy(\.isFinite), zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 })
    else { throw MetricsError.invalidBandEdges(edges) }
    self.edges = edges
  }

  /// About `count` equal-count bands of `scores` (see the type's discussion for ties).
  ///
  /// - Precondition: `count >= 1`; no score is NaN.
  /// - Complexity: O(n log n).
  public init(quantilesOf scores: [Double], count: Int) {
    precondition(count >= 1, "at least one band")
    let sorted = Quantiles(scores).sorted
    var edges: [Double] = []
    if let minimum = sorted.first {
      for band in 1..<count {
        let cut = sorted[band * sorted.count / count]
        if cut > (edges.last ?? minimum) { edges.append(cut) }
      }
    }
    self.edges = edges
  }

  /// The bands a banding rule gives for `scores` (used only by quantile bands).
  ///
  /// - Throws: ``MetricsError`` for a count below 1 or invalid fixed edges.
  public init(_ banding: ScoreBanding, scores: [Double]) throws {
    switch banding {
    case .quantiles(let count):
      guard count >= 1 else { throw MetricsError.invalidBandCount(count) }
      self.init(quantilesOf: scores.filter { !$0.isNaN }, count: count)
    case .fixed(let edges):
      try self.init(edges: edges)
    }
  }

  /// The band `score` falls in; NaN falls in the lowest band.
  ///
  /// - Complexity: O(log k) for k bands.
  public func band(for score: Double) -> ScoreBand {
    bands[index(for: score)]
  }

  /// The index of the band `score` falls in: the number of edges ≤ `score`.
  public func index(for score: Double) -> Int {
    var low = 0
    var high = edges.count
    while low < high {
      let middle = (low + high) / 2
      if edges[middle] <= score { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
