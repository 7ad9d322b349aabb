/// One score band: the half-open score interval [lower, upper), unbounded where `nil`.
public struct ScoreBand: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Position among the bands, 0 for the lowest scores.
  public let index: Int
  /// The smallest score in the band, or `nil` when the band is unbounded below.
  public let lower: Double?
  /// The first score above the band, or `nil` when the band is unbounded above.
  public let upper: Double?

  /// Creates a band.
  ///
  /// - Precondition: `lower < upper` when both are given.
  public init(index: Int, lower: Double?, upper: Double?) {
    if let lower, let upper { precondition(lower < upper, "a band's lower edge must be < upper") }
    self.index = index
    self.lower = lower
    self.upper = upper
  }

  /// Whether `score` lies in [lower, upper).
  public func contains(_ score: Double) -> Bool {
    (lower.map { score >= $0 } ?? true) && (upper.map { score < $0 } ?? true)
  }

  /// The interval as text: `< 20`, `[20, 40)`, `≥ 80`, or `all` for a single band.
  public var label: String {
    switch (lower, upper) {
    case (nil, nil): "all"
    case (nil, let upper?): "< \(ScoreBand.format(upper))"
    case (let lower?, nil): "≥ \(ScoreBand.format(lower))"
    case (let lower?, let upper?): "[\(ScoreBand.format(lower)), \(ScoreBand.format(upper)))"
    }
  }

  /// The label.
  public var description: String { label }

  /// Orders bands by index (lowest scores first).
  public static func < (lhs: ScoreBand, rhs: ScoreBand) -> Bool { lhs.index < rhs.index }

  /// Whole numbers without a fraction (`40`), others in Swift's shortest exact form
  /// (`23.5`): deterministic and locale-free.
  static func format(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }
}
