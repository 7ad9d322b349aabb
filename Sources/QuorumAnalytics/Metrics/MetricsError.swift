/// Why a report metric cannot be computed from the given settings or data.
public enum MetricsError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Fixed score-band edges must be finite and strictly increasing.
  case invalidBandEdges([Double])
  /// A quantile banding needs at least one band.
  case invalidBandCount(Int)
  /// A spend line ends before it starts.
  case invalidSpendPeriod(channel: String, start: Timestamp, end: Timestamp)
  /// A pipeline target must be a positive, finite amount.
  case invalidTarget(Double)

  /// A human-readable description.
  public var description: String {
    switch self {
    case .invalidBandEdges(let edges):
      "score band edges must be finite and strictly increasing, got \(edges)"
    case .invalidBandCount(let count):
      "the number of score bands must be at least 1, got \(count)"
    case .invalidSpendPeriod(let channel, let start, let end):
      "spend on \(channel) ends (\(end.isoDate)) before it starts (\(start.isoDate))"
    case .invalidTarget(let target):
      "the pipeline target must be a positive amount, got \(target)"
    }
  }
}
