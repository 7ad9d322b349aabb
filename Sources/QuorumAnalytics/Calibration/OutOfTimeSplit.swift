/// Settings for splitting closed deals into a training window and a more recent,
/// out-of-time holdout by creation time, and for the checks made on the holdout.
///
/// By default the most recent 20% of deals are held out: with n deals sorted by
/// `created_at`, the cutoff is the creation time of the ⌈0.2·n⌉-th most recent deal and
/// every deal created at or after it is held out (so deals created at the same instant
/// never straddle the boundary). `.from(date)` holds out every deal created at or after
/// `date` instead. Training deals are all created strictly before every holdout deal.
///
/// Warnings: the holdout is small (fewer than `minimumHoldoutDeals` deals, or fewer than
/// `minimumHoldoutPerOutcome` won or lost ones), or its win rate differs from training's
/// by a pooled two-proportion z statistic with |z| > `baseRateZThreshold`
/// (z = (p_h − p_t) / √(p̂(1 − p̂)(1/n_h + 1/n_t)), p̂ the pooled rate; Agresti,
/// *Categorical Data Analysis*, 3rd ed., 2013, §3.1.2). A recent holdout typically wins
/// less often than training because its slow deals are still open.
///
/// ```swift
/// let split = OutOfTimeSplit().split(createdAt: created, won: won)
/// let train = x.selectingRows(split.trainingRows)
/// split.warnings.map(\.description)
/// ```
public struct OutOfTimeSplit: Hashable, Sendable {
  /// Where the holdout starts.
  public enum Boundary: Hashable, Sendable {
    /// Hold out this fraction (0 < f < 1) of the deals, most recent first.
    case mostRecentFraction(Double)
    /// Hold out the deals created at or after this instant.
    case from(Timestamp)
  }

  /// Where the holdout starts (default: the most recent 20%).
  public var boundary: Boundary
  /// Fewer holdout deals than this triggers a warning.
  public var minimumHoldoutDeals: Int
  /// Fewer won, or fewer lost, holdout deals than this triggers a warning.
  public var minimumHoldoutPerOutcome: Int
  /// A base-rate z statistic beyond ± this triggers a warning.
  public var baseRateZThreshold: Double

  /// Creates split settings.
  ///
  /// - Precondition: a fraction boundary lies strictly between 0 and 1.
  public init(
    boundary: Boundary = .mostRecentFraction(0.2), minimumHoldoutDeals: Int = 30,
    minimumHoldoutPerOutcome: Int = 10, baseRateZThreshold: Double = 2
  ) {
    if case .mostRecentFraction(let fraction) = boundary {
      precondition(fraction > 0 && fraction < 1, "holdout fraction must be in (0, 1)")
    }
    self.boundary = boundary
    self.minimumHoldoutDeals = minimumHoldoutDeals
    self.minimumHoldoutPerOutcome = minimumHoldoutPerOutcome
    self.baseRateZThreshold = baseRateZThreshold
  }

  /// Splits deals given their creation times and outcomes (true = won), in any order.
  ///
  /// - Precondition: one outcome per creation time.
  /// - Complexity: O(n log n).
  public func split(createdAt: [Timestamp], won: [Bool]) -> HoldoutSplit {
    precondition(createdAt.count == won.count, "one outcome per deal")
    let order = createdAt.indices.sorted { a, b in
      createdAt[a] != createdAt[b] ? createdAt[a] < createdAt[b] : a < b
    }
    let cutoff: Timestamp?
    switch boundary {
    case .mostRecentFraction(let fraction):
      let held = Int((fraction * Double(order.count)).rounded(.up))
      cutoff = held > 0 ? createdAt[order[order.count - held]] : nil
    case .from(let date):
      cutoff = date
    }
    let isHeldOut = { (row: Int) in cutoff.map { createdAt[row] >= $0 } ?? false }
    let training = order.filter { !isHeldOut($0) }
    let holdout = order.filter(isHeldOut)
    return HoldoutSplit(
      trainingRows: training, holdoutRows: holdout, cutoff: cutoff,
      trainingWon: training.count(where: { won[$0] }),
      holdoutWon: holdout.count(where: { won[$0] }),
      warnings: warnings(training: training, holdout: holdout, won: won))
  }

  private func warnings(training: [Int], holdout: [Int], won: [Bool]) -> [CalibrationWarning] {
    var warnings: [CalibrationWarning] = []
    let holdoutWon = holdout.count(where: { won[$0] })
    let holdoutLost = holdout.count - holdoutWon
    if holdout.count < minimumHoldoutDeals {
      warnings.append(.smallHoldout(deals: holdout.count, minimum: minimumHoldoutDeals))
    }
    if min(holdoutWon, holdoutLost) < minimumHoldoutPerOutcome {
      warnings.append(
        .fewHoldoutOutcomes(won: holdoutWon, lost: holdoutLost, minimum: minimumHoldoutPerOutcome))
    }
    let trainingWon = training.count(where: { won[$0] })
    if let z = HoldoutSplit.twoProportionZ(
      trainingWon: trainingWon, training: training.count, holdoutWon: holdoutWon,
      holdout: holdout.count), abs(z) > baseRateZThreshold
    {
      warnings.append(
        .holdoutBaseRateShift(
          trainingRate: Double(trainingWon) / Double(training.count),
          holdoutRate: Double(holdoutWon) / Double(holdout.count), z: z))
    }
    return warnings
  }
}
