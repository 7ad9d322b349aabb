/// Lift by score group (deciles by default): deals sorted by score, highest first, cut into
/// equal-size groups, each group's win rate against the overall base rate, and the share
/// of all wins captured from the top down (the cumulative gains or capture curve; Berry &
/// Linoff, *Data Mining Techniques*, 3rd ed., 2011, ch. 5; Siddiqi, *Credit Risk
/// Scorecards*, 2006, ch. 6).
///
/// Row i (0-based) of the sorted order goes to group ⌊i·G/n⌋ + 1, so groups differ in size
/// by at most one. Equal scores are ordered by their original position, so the table is
/// deterministic; with fewer than G deals some groups are empty and are left out.
///
/// ```swift
/// let lift = LiftTable(scores: p, labels: won)
/// lift.groups[0].lift  // how many times the base rate the top decile wins
/// ```
public struct LiftTable: Hashable, Sendable {
  /// One score group.
  public struct Group: Hashable, Sendable {
    /// 1 for the highest-scoring group, up to the group count.
    public let rank: Int
    /// Deals in the group.
    public let count: Int
    /// Won deals in the group.
    public let positives: Int
    /// The group's win rate.
    public let rate: Double
    /// The win rate divided by the base rate, `nil` when nothing was won at all.
    public let lift: Double?
    /// Won deals in this and all higher groups.
    public let cumulativePositives: Int
    /// `cumulativePositives` as a share of all won deals, `nil` when nothing was won.
    public let cumulativeCapture: Double?
    /// The lowest score in the group.
    public let minimumScore: Double
    /// The highest score in the group.
    public let maximumScore: Double
  }

  /// The overall win rate (0 for no deals).
  public let baseRate: Double
  /// The non-empty groups, highest scores first.
  public let groups: [Group]

  /// Builds the table.
  ///
  /// - Precondition: equal lengths; finite scores; `groupCount` ≥ 1.
  /// - Complexity: O(n log n).
  public init(scores: [Double], labels: [Bool], groupCount: Int = 10) {
    precondition(scores.count == labels.count, "one label per score")
    precondition(groupCount >= 1, "need at least one group")
    precondition(scores.allSatisfy { $0.isFinite }, "scores must be finite")
    let n = scores.count
    let totalPositives = labels.count(where: { $0 })
    let baseRate = n > 0 ? Double(totalPositives) / Double(n) : 0
    let order = scores.indices.sorted { a, b in
      scores[a] != scores[b] ? scores[a] > scores[b] : a < b
    }
    var groups: [Group] = []
    var cumulative = 0
    for g in 0..<groupCount {
      let members = order[(g * n / groupCount)..<((g + 1) * n / groupCount)]
      guard !members.isEmpty else { continue }
      let positives = members.count(where: { labels[$0] })
      cumulative += positives
      let rate = Double(positives) / Double(members.count)
      let memberScores = members.map { scores[$0] }
      groups.append(
        Group(
          rank: g + 1, count: members.count, positives: positives, rate: rate,
          lift: totalPositives > 0 ? rate / baseRate : nil, cumulativePositives: cumulative,
          cumulativeCapture: totalPositives > 0
            ? Double(cumulative) / Double(totalPositives) : nil,
          minimumScore: memberScores.min() ?? 0, maximumScore: memberScores.max() ?? 0))
    }
    self.baseRate = baseRate
    self.groups = groups
  }
}
