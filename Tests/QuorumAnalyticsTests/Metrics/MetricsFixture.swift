import QuorumAnalytics

/// Small helpers shared by the metrics tests.
enum MetricsFixture {
  /// Midnight UTC of a civil date.
  static func date(_ year: Int, _ month: Int, _ day: Int) -> Timestamp {
    Timestamp(year: year, month: month, day: day)
  }

  /// Whether `value` is present and within `tolerance` of `expected`.
  static func close(_ value: Double?, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
    guard let value else { return false }
    return abs(value - expected) < tolerance
  }
}
