/// How long an open deal has been open, in whole days.
public enum PipelineAgeBucket: String, Hashable, Sendable, CaseIterable, Comparable,
  CustomStringConvertible
{
  /// 0–30 days.
  case upTo30 = "0-30"
  /// 31–60 days.
  case upTo60 = "31-60"
  /// 61–90 days.
  case upTo90 = "61-90"
  /// 91–180 days.
  case upTo180 = "91-180"
  /// More than 180 days.
  case over180 = "180+"

  /// The bucket of an age in whole days (negative ages count as 0).
  public init(ageDays: Int) {
    switch ageDays {
    case ...30: self = .upTo30
    case ...60: self = .upTo60
    case ...90: self = .upTo90
    case ...180: self = .upTo180
    default: self = .over180
    }
  }

  /// The bucket as text, e.g. `31-60`.
  public var description: String { rawValue }

  /// Orders buckets from youngest to oldest.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

  private var rank: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }
}
