/// The ABM target-account ranking: accounts ordered by score, with tier, coverage, reasons,
/// gaps and the next best action, for sales to work from.
public enum AccountRanking {
  /// Ranks accounts by score (highest first; ties by account ID ascending), assigns tiers,
  /// then filters.
  ///
  /// Ranks are positions in the full ranking, so a filtered list keeps them ("rank 14,
  /// tier 2"). The tier filter applies before `top`: `tier: 2, top: 10` is the ten best
  /// tier-2 accounts.
  ///
  /// - Parameters:
  ///   - scores: one entry per account.
  ///   - committees: committee analyses by account ID (see ``CommitteeAnalysis``).
  ///   - cutoffs: the tier cut-offs.
  ///   - tier: keep only this tier (1...3).
  ///   - top: keep at most this many rows.
  /// - Throws: ``CommitteeError/invalidSetting(name:value:reason:)`` for a tier outside
  ///   1...3, a negative `top`, or a score that is not finite.
  /// - Complexity: O(n log n).
  public static func rank(
    _ scores: [AccountScoreInput], committees: [String: AccountCommittee],
    cutoffs: ScoringModel.TierCutoffs,
    tier: Int? = nil, top: Int? = nil
  ) throws(CommitteeError) -> [RankedAccount] {
    if let tier {
      try CommitteeError.require((1...3).contains(tier), "tier", tier, "must be 1, 2 or 3")
    }
    if let top { try CommitteeError.require(top >= 0, "top", top, "must not be negative") }
    for input in scores {
      try CommitteeError.require(
        input.score.isFinite, "score of \(input.accountID)", input.score, "must be finite")
    }
    let ordered = scores.sorted { ($1.score, $0.accountID) < ($0.score, $1.accountID) }
    let rows = ordered.enumerated().map { offset, input in
      row(rank: offset + 1, input, committee: committees[input.accountID], cutoffs: cutoffs)
    }
    let kept = rows.filter { row in tier.map { row.tier == $0 } ?? true }
    return top.map { Array(kept.prefix($0)) } ?? kept
  }

  private static func row(
    rank: Int, _ input: AccountScoreInput, committee: AccountCommittee?,
    cutoffs: ScoringModel.TierCutoffs
  ) -> RankedAccount {
    RankedAccount(
      rank: rank, accountID: input.accountID, name: input.name,
      tier: cutoffs.tier(for: input.score), score: input.score,
      winProbability: input.winProbability, journeyStage: input.journeyStage,
      coverage: committee?.coverage.coverage, topReasons: Array(input.topReasons.prefix(3)),
      gaps: committee?.gaps ?? [], nextBestAction: committee?.nextBestActions.first)
  }
}
