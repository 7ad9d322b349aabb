/// The count, quartiles and mean of a set of numbers: the columns of a "how long do deals
/// take" table.
///
/// Quartiles are type-7 sample quantiles (``Quantiles``; Hyndman
/// and Fan 1996), as NumPy and R compute them by default.
///
/// ```swift
/// let days = SummaryStatistics([10, 20, 30, 40])
/// // count 4, p25 17.5, median 25, p75 32.5, mean 25
/// ```
public struct SummaryStatistics: Hashable, Sendable {
  /// The number of values.
  public let count: Int
  /// The 25th percentile, or `nil` when there are no values.
  public let p25: Double?
  /// The median, or `nil` when there are no values.
  public let median: Double?
  /// The 75th percentile, or `nil` when there are no values.
  public let p75: Double?
  /// The arithmetic mean, or `nil` when there are no values.
  public let mean: Double?

  /// Summarises `values`.
  ///
  /// - Precondition: no value is NaN.
  /// - Complexity: O(n log n).
  public init(_ values: some Sequence<Double>) {
    self.init(Quantiles(values))
  }

  /// Summarises already sorted quantiles.
  public init(_ quantiles: Quantiles) {
    count = quantiles.count
    p25 = quantiles.value(at: 0.25)
    median = quantiles.median
    p75 = quantiles.value(at: 0.75)
    mean = quantiles.mean
  }

  /// The summary of no values.
  public static let empty = SummaryStatistics([])
}
