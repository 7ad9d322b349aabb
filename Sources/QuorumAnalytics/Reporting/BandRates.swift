/// A rate per score band — successes out of trials, e.g. leads that became opportunities
/// out of leads — with its 95% Wilson interval (Wilson 1927), its lift over the overall
/// rate, and the bands where the rate falls although scores rise.
///
/// A band is listed in ``nonMonotoneBands`` when its rate is below that of the nearest
/// lower-scoring band with any trials, the rule ``ConversionByScore`` applies to win rates.
///
/// ```swift
/// let rates = BandRates(successes: [1, 3, 2], trials: [10, 10, 10])
/// rates.rows[1].lift           // 0.3 / 0.2 = 1.5
/// rates.nonMonotoneBands       // [2]
/// ```
public struct BandRates: Hashable, Sendable {
  /// One band's rate.
  public struct Row: Hashable, Sendable {
    /// Successes in the band.
    public let successes: Int
    /// Trials in the band.
    public let trials: Int
    /// The rate with its Wilson interval, or `nil` without trials.
    public let rate: WilsonInterval?
    /// The rate over the overall rate, or `nil` when either is undefined or the overall
    /// rate is 0.
    public let lift: Double?
  }

  /// One row per band, lowest scores first.
  public let rows: [Row]
  /// All bands together.
  public let overall: WilsonInterval?
  /// Indices of bands whose rate is below the previous band with a rate.
  public let nonMonotoneBands: [Int]

  /// Computes the rates.
  ///
  /// - Precondition: one trial count per success count, and `0 <= successes <= trials`.
  public init(successes: [Int], trials: [Int]) {
    precondition(successes.count == trials.count, "one trial count per band")
    let overall = WilsonInterval(successes: successes.reduce(0, +), trials: trials.reduce(0, +))
    var rows: [Row] = []
    var decreasing: [Int] = []
    var previous: Double?
    for (index, (hits, count)) in zip(successes, trials).enumerated() {
      let rate = WilsonInterval(successes: hits, trials: count)
      let lift = rate.flatMap { rate in
        overall.flatMap { $0.proportion > 0 ? rate.proportion / $0.proportion : nil }
      }
      rows.append(Row(successes: hits, trials: count, rate: rate, lift: lift))
      guard let proportion = rate?.proportion else { continue }
      if let previous, proportion < previous { decreasing.append(index) }
      previous = proportion
    }
    self.rows = rows
    self.overall = overall
    nonMonotoneBands = decreasing
  }
}
