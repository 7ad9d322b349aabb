/// Sample quantiles of a set of numbers by linear interpolation between order statistics:
/// Hyndman and Fan's definition 7, the default of R's `quantile` and NumPy's
/// `numpy.quantile` (`method="linear"`), so report numbers can be checked in a notebook.
///
/// For sorted values x₀ ≤ … ≤ xₙ₋₁ and a probability p, let h = (n − 1)·p; then
///
///     Q(p) = x⌊h⌋ + (h − ⌊h⌋) · (x⌊h⌋₊₁ − x⌊h⌋)
///
/// ```swift
/// let q = Quantiles([1, 2, 3, 4])
/// q.value(at: 0.25)  // 1.75: h = 0.75, 1 + 0.75 · (2 − 1)
/// q.median           // 2.5
/// ```
///
/// Reference: R. J. Hyndman and Y. Fan, "Sample quantiles in statistical packages",
/// *The American Statistician* 50 (1996), 361–365.
public struct Quantiles: Hashable, Sendable {
  /// The values, ascending.
  public let sorted: [Double]

  /// Sorts the values once; every quantile is then O(1).
  ///
  /// - Precondition: no value is NaN.
  /// - Complexity: O(n log n).
  public init(_ values: some Sequence<Double>) {
    let sorted = values.sorted()
    precondition(!sorted.contains { $0.isNaN }, "quantiles of NaN are undefined")
    self.sorted = sorted
  }

  /// The number of values.
  public var count: Int { sorted.count }

  /// The type-7 quantile at probability `p`, or `nil` when there are no values.
  ///
  /// - Precondition: `0 <= p <= 1`.
  public func value(at p: Double) -> Double? {
    precondition((0...1).contains(p), "a quantile's probability must be in 0...1")
    guard let first = sorted.first else { return nil }
    guard sorted.count > 1 else { return first }
    let h = Double(sorted.count - 1) * p
    let below = Int(h.rounded(.down))
    guard below + 1 < sorted.count else { return sorted[below] }
    return sorted[below] + (h - Double(below)) * (sorted[below + 1] - sorted[below])
  }

  /// The median, Q(0.5).
  public var median: Double? { value(at: 0.5) }

  /// The arithmetic mean, or `nil` when there are no values.
  public var mean: Double? {
    sorted.isEmpty ? nil : sorted.reduce(0, +) / Double(sorted.count)
  }
}
