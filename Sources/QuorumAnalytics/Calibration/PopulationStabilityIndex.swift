import Foundation

/// The population stability index (PSI) of an *actual* distribution of scores against an
/// *expected* (reference) one, e.g. today's scores against the training window's:
///
///     PSI = Σ_b (a_b − e_b)·ln(a_b / e_b)
///
/// where e_b and a_b are the shares of expected and actual scores in bin b (Siddiqi,
/// *Credit Risk Scorecards*, Wiley 2006, ch. 8; it is the symmetrised Kullback–Leibler
/// divergence of the binned distributions).
///
/// **Bins** come from the expected distribution's quantiles: with n sorted expected values
/// s₁ ≤ … ≤ sₙ and B bins, the cut points are c_k = s_⌈k·n/B⌉ for k = 1…B−1 (repeated
/// cut points are merged, so heavily tied scores give fewer bins), and bin b is
/// (c_{b−1}, c_b] with c₀ = −∞ and c_B = +∞. **Empty bins**: a share of 0 would make the
/// logarithm infinite, so a zero share is replaced by `epsilon` (default 10⁻⁴) in that
/// bin's term; the other shares are left as they are.
///
/// Siddiqi's reading: below 0.10 no significant shift, 0.10–0.25 some shift worth a look,
/// 0.25 or more a significant shift (see `Shift`).
///
/// ```swift
/// let psi = try PopulationStabilityIndex(expected: trainingScores, actual: currentScores)
/// psi.value, psi.shift
/// ```
public struct PopulationStabilityIndex: Hashable, Sendable {
  /// How large the shift is, by Siddiqi's rule of thumb.
  public enum Shift: String, Hashable, Sendable {
    /// PSI < 0.10.
    case insignificant
    /// 0.10 ≤ PSI < 0.25.
    case moderate
    /// PSI ≥ 0.25.
    case significant
  }

  /// One bin of the comparison.
  public struct Bin: Hashable, Sendable {
    /// The exclusive lower cut point, `nil` for −∞.
    public let lowerBound: Double?
    /// The inclusive upper cut point, `nil` for +∞.
    public let upperBound: Double?
    /// Expected values in the bin.
    public let expectedCount: Int
    /// Actual values in the bin.
    public let actualCount: Int
    /// The expected share (before the epsilon substitution).
    public let expectedShare: Double
    /// The actual share (before the epsilon substitution).
    public let actualShare: Double
    /// The bin's term (a − e)·ln(a / e), with zero shares replaced by epsilon.
    public let contribution: Double
  }

  /// The default substitute for an empty bin's share.
  public static let defaultEpsilon = 1e-4

  /// The bins, lowest scores first.
  public let bins: [Bin]
  /// The index: the sum of the bins' contributions (≥ 0).
  public let value: Double

  /// The shift category of `value`.
  public var shift: Shift {
    value < 0.10 ? .insignificant : value < 0.25 ? .moderate : .significant
  }

  /// Compares `actual` against `expected` over `binCount` quantile bins of `expected`.
  ///
  /// - Throws: `CalibrationError.empty` when either sample is empty.
  /// - Precondition: finite values; `binCount` ≥ 1; `epsilon` > 0.
  /// - Complexity: O((n + m) log n).
  public init(
    expected: [Double], actual: [Double], binCount: Int = 10, epsilon: Double = defaultEpsilon
  ) throws {
    precondition(binCount >= 1 && epsilon > 0, "need at least one bin and epsilon > 0")
    precondition(
      expected.allSatisfy { $0.isFinite } && actual.allSatisfy { $0.isFinite },
      "values must be finite")
    guard !expected.isEmpty, !actual.isEmpty else { throw CalibrationError.empty }
    let sorted = expected.sorted()
    var cuts: [Double] = []
    for k in 1..<Swift.max(binCount, 1) {
      let index = (k * sorted.count + binCount - 1) / binCount - 1  // ⌈k·n/B⌉, 1-based
      let cut = sorted[Swift.max(index, 0)]
      if cuts.last != cut && cut != sorted.last { cuts.append(cut) }
    }
    let expectedCounts = Self.counts(of: expected, cuts: cuts)
    let actualCounts = Self.counts(of: actual, cuts: cuts)
    var bins: [Bin] = []
    for b in 0...cuts.count {
      let e = Double(expectedCounts[b]) / Double(expected.count)
      let a = Double(actualCounts[b]) / Double(actual.count)
      let (eTerm, aTerm) = (e > 0 ? e : epsilon, a > 0 ? a : epsilon)
      bins.append(
        Bin(
          lowerBound: b > 0 ? cuts[b - 1] : nil, upperBound: b < cuts.count ? cuts[b] : nil,
          expectedCount: expectedCounts[b], actualCount: actualCounts[b],
          expectedShare: e, actualShare: a, contribution: (aTerm - eTerm) * log(aTerm / eTerm)))
    }
    self.bins = bins
    self.value = bins.reduce(0) { $0 + $1.contribution }
  }

  /// Counts per bin (c_{b−1}, c_b] by binary search over the sorted cut points.
  private static func counts(of values: [Double], cuts: [Double]) -> [Int] {
    var counts = [Int](repeating: 0, count: cuts.count + 1)
    for value in values {
      var low = 0
      var high = cuts.count
      while low < high {  // first cut ≥ value
        let middle = (low + high) / 2
        if cuts[middle] < value { low = middle + 1 } else { high = middle }
      }
      counts[low] += 1
    }
    return counts
  }
}
