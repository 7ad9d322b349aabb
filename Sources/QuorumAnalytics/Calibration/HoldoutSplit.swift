/// The result of `OutOfTimeSplit.split(createdAt:won:)`: which rows train and which are
/// held out, their win rates, and the warnings about the holdout.
public struct HoldoutSplit: Hashable, Sendable {
  /// Indices of the training deals, oldest first (ties by index).
  public let trainingRows: [Int]
  /// Indices of the holdout deals, oldest first (ties by index).
  public let holdoutRows: [Int]
  /// The first creation time held out, `nil` when nothing is.
  public let cutoff: Timestamp?
  /// Won deals in training.
  public let trainingWon: Int
  /// Won deals in the holdout.
  public let holdoutWon: Int
  /// Plain-language concerns about the holdout.
  public let warnings: [CalibrationWarning]

  /// Training win rate, `nil` without training deals.
  public var trainingBaseRate: Double? {
    trainingRows.isEmpty ? nil : Double(trainingWon) / Double(trainingRows.count)
  }

  /// Holdout win rate, `nil` without holdout deals.
  public var holdoutBaseRate: Double? {
    holdoutRows.isEmpty ? nil : Double(holdoutWon) / Double(holdoutRows.count)
  }

  /// The pooled two-proportion z statistic of the holdout rate against the training rate
  /// (positive when the holdout wins more often); `nil` when either side is empty.
  public var baseRateZ: Double? {
    Self.twoProportionZ(
      trainingWon: trainingWon, training: trainingRows.count, holdoutWon: holdoutWon,
      holdout: holdoutRows.count)
  }

  /// z = (p_h − p_t) / √(p̂(1 − p̂)(1/n_h + 1/n_t)); 0 when the pooled rate is 0 or 1.
  static func twoProportionZ(
    trainingWon: Int, training: Int, holdoutWon: Int, holdout: Int
  ) -> Double? {
    guard training > 0, holdout > 0 else { return nil }
    let pooled = Double(trainingWon + holdoutWon) / Double(training + holdout)
    let variance = pooled * (1 - pooled) * (1 / Double(training) + 1 / Double(holdout))
    guard variance > 0 else { return 0 }
    let difference = Double(holdoutWon) / Double(holdout) - Double(trainingWon) / Double(training)
    return difference / variance.squareRoot()
  }
}
