/// A reliability (calibration) table: forecasts grouped into equal-width probability bins,
/// each bin's mean forecast against the observed win rate, and the expected calibration
/// error (ECE) that summarises it.
///
/// Bin k of B covers [k/B, (k+1)/B); the last bin also holds p = 1. For a well-calibrated
/// model the mean forecast and the observed rate agree in every bin. The ECE is the
/// count-weighted mean absolute gap over the non-empty bins,
///
///     ECE = Σ_b (n_b / n)·|mean p_b − observed rate_b|
///
/// (Naeini, Cooper & Hauskrecht, *Obtaining Well Calibrated Probabilities Using Bayesian
/// Binning*, AAAI 2015; the reliability diagram goes back to Murphy & Winkler, *Reliability
/// of subjective probability forecasts*, J. R. Stat. Soc. C 26, 1977).
///
/// ```swift
/// let table = ReliabilityTable(probabilities: p, labels: won)  // 10 bins
/// table.expectedCalibrationError
/// ```
public struct ReliabilityTable: Hashable, Sendable {
  /// One probability bin.
  public struct Bin: Hashable, Sendable {
    /// The smallest probability in the bin's range (inclusive).
    public let lowerBound: Double
    /// The largest probability in the bin's range (exclusive, except 1 for the last bin).
    public let upperBound: Double
    /// Forecasts in the bin.
    public let count: Int
    /// Won outcomes among them.
    public let positives: Int
    /// The mean forecast probability, `nil` for an empty bin.
    public let meanPredicted: Double?
    /// The observed win rate, `nil` for an empty bin.
    public let observedRate: Double?
  }

  /// The bins, from lowest probabilities to highest (always `binCount` of them).
  public let bins: [Bin]

  /// Groups forecasts into `binCount` equal-width bins.
  ///
  /// - Precondition: equal lengths; probabilities in [0, 1]; `binCount` ≥ 1.
  /// - Complexity: O(n + B).
  public init(probabilities: [Double], labels: [Bool], binCount: Int = 10) {
    precondition(probabilities.count == labels.count, "one label per probability")
    precondition(binCount >= 1, "need at least one bin")
    var counts = [Int](repeating: 0, count: binCount)
    var positives = [Int](repeating: 0, count: binCount)
    var sums = [Double](repeating: 0, count: binCount)
    for (p, won) in zip(probabilities, labels) {
      precondition((0...1).contains(p), "probabilities must be in [0, 1]")
      let k = Swift.min(Int(p * Double(binCount)), binCount - 1)
      counts[k] += 1
      sums[k] += p
      if won { positives[k] += 1 }
    }
    bins = (0..<binCount).map { k in
      let n = Double(counts[k])
      return Bin(
        lowerBound: Double(k) / Double(binCount), upperBound: Double(k + 1) / Double(binCount),
        count: counts[k], positives: positives[k],
        meanPredicted: counts[k] > 0 ? sums[k] / n : nil,
        observedRate: counts[k] > 0 ? Double(positives[k]) / n : nil)
    }
  }

  /// The number of forecasts over all bins.
  public var count: Int { bins.reduce(0) { $0 + $1.count } }

  /// The expected calibration error, or `nil` for no forecasts.
  public var expectedCalibrationError: Double? {
    let total = count
    guard total > 0 else { return nil }
    var error = 0.0
    for bin in bins {
      guard let predicted = bin.meanPredicted, let observed = bin.observedRate else { continue }
      error += Double(bin.count) / Double(total) * abs(predicted - observed)
    }
    return error
  }
}
