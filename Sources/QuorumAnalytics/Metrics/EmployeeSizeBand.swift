/// A company-size segment by employee count, as the cycle-length report groups accounts.
public enum EmployeeSizeBand: String, Hashable, Sendable, CaseIterable, Comparable,
  CustomStringConvertible
{
  /// 1–49 employees.
  case small = "1-49"
  /// 50–199 employees.
  case lowerMid = "50-199"
  /// 200–999 employees.
  case mid = "200-999"
  /// 1000–4999 employees.
  case large = "1000-4999"
  /// 5000 employees or more.
  case enterprise = "5000+"
  /// Employee count not known (or below 1).
  case unknown

  /// The band of an employee count; `nil` or a count below 1 is ``unknown``.
  public init(employees: Int?) {
    guard let employees, employees >= 1 else {
      self = .unknown
      return
    }
    switch employees {
    case ..<50: self = .small
    case ..<200: self = .lowerMid
    case ..<1000: self = .mid
    case ..<5000: self = .large
    default: self = .enterprise
    }
  }

  /// The band as text, e.g. `50-199`.
  public var description: String { rawValue }

  /// Orders bands from small to enterprise, unknown last.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

  private var rank: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }
}
