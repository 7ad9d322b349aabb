/// The area under the ROC curve: the probability that a randomly chosen won deal scores
/// higher than a randomly chosen lost one, ties counting ½.
///
/// Computed as the Mann–Whitney U statistic divided by n₊·n₋, from mid-ranks so that tied
/// scores contribute exactly ½ per won/lost pair (Hanley & McNeil, *The meaning and use of
/// the area under a receiver operating characteristic (ROC) curve*, Radiology 143, 1982;
/// Mann & Whitney, Ann. Math. Statist. 18, 1947):
///
///     AUC = (R₊ − n₊(n₊ + 1)/2) / (n₊·n₋)
///
/// where R₊ is the sum of the mid-ranks of the won deals. With only one class present the
/// AUC is undefined and reported as `nil`, never NaN.
///
/// ```swift
/// ROCAUC.value(scores: [0.9, 0.5, 0.5, 0.1], labels: [true, true, false, false])  // 0.875
/// ```
public enum ROCAUC {
  /// The AUC of `scores` against `labels` (true = won), or `nil` without both classes.
  ///
  /// - Precondition: equal lengths; every score is finite.
  /// - Complexity: O(n log n).
  public static func value(scores: [Double], labels: [Bool]) -> Double? {
    precondition(scores.count == labels.count, "one label per score")
    precondition(scores.allSatisfy { $0.isFinite }, "scores must be finite")
    let positives = labels.count(where: { $0 })
    let negatives = labels.count - positives
    guard positives > 0, negatives > 0 else { return nil }
    let order = scores.indices.sorted { scores[$0] < scores[$1] }
    var positiveRankSum = 0.0
    var start = 0
    while start < order.count {
      var end = start
      while end + 1 < order.count && scores[order[end + 1]] == scores[order[start]] { end += 1 }
      let midRank = Double(start + end + 2) / 2  // ranks are 1-based
      for position in start...end where labels[order[position]] { positiveRankSum += midRank }
      start = end + 1
    }
    let p = Double(positives)
    return (positiveRankSum - p * (p + 1) / 2) / (p * Double(negatives))
  }
}
