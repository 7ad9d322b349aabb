/// The score cut-offs of the ABM tiers: tier 1 from `tier1Minimum`, tier 2 from
/// `tier2Minimum`, tier 3 below.
///
/// ```swift
/// let cutoffs = try TierCutoffs(tier1Minimum: 70, tier2Minimum: 40)
/// cutoffs.tier(for: 70)    // 1
/// cutoffs.tier(for: 39.9)  // 3
/// ```
public struct TierCutoffs: Hashable, Sendable {
  /// The lowest score of tier 1.
  public private(set) var tier1Minimum: Double
  /// The lowest score of tier 2.
  public private(set) var tier2Minimum: Double

  /// Creates cut-offs.
  ///
  /// - Throws: ``CommitteeError/invalidSetting(name:value:reason:)`` unless both are
  ///   finite and `tier1Minimum >= tier2Minimum`.
  public init(tier1Minimum: Double, tier2Minimum: Double) throws(CommitteeError) {
    try CommitteeError.require(
      tier1Minimum.isFinite && tier2Minimum.isFinite, "tier cut-offs",
      "\(tier1Minimum),\(tier2Minimum)", "must be finite numbers")
    try CommitteeError.require(
      tier1Minimum >= tier2Minimum, "tier cut-offs", "\(tier1Minimum),\(tier2Minimum)",
      "tier 1 must start at or above tier 2")
    self.tier1Minimum = tier1Minimum
    self.tier2Minimum = tier2Minimum
  }

  /// The tier of a score: 1, 2 or 3.
  public func tier(for score: Double) -> Int {
    score >= tier1Minimum ? 1 : score >= tier2Minimum ? 2 : 3
  }
}
