/// How senior a person is, from their title or the CRM's seniority column.
public enum Seniority: String, Hashable, Sendable, CaseIterable, Comparable {
  /// C-level, founder, owner, president.
  case executive = "c_level"
  /// Vice president (any flavour: SVP, EVP, AVP).
  case vicePresident = "vp"
  /// Director or head of a function.
  case director
  /// Manager, lead.
  case manager
  /// Individual contributor: engineer, analyst, specialist, …
  case individualContributor = "individual_contributor"
  /// Not known.
  case unknown

  /// Orders values ascending.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

  /// 0 for executives up to 5 for unknown: lower is more senior.
  public var rank: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }
}

/// The function a person works in.
public enum Department: String, Hashable, Sendable, CaseIterable, Comparable {
  /// General management (CEO, founder, president).
  case executive
  /// Finance and accounting.
  case finance
  /// IT.
  case it
  /// Engineering and R&D.
  case engineering
  /// Operations.
  case operations
  /// Marketing.
  case marketing
  /// Sales and business development.
  case sales
  /// Procurement and purchasing.
  case procurement
  /// Legal and compliance.
  case legal
  /// Human resources.
  case hr
  /// Product management.
  case product
  /// Anything else, or not known.
  case other

  /// Orders values ascending.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A contact's seniority and department.
public struct Persona: Hashable, Sendable {
  /// How senior.
  public var seniority: Seniority
  /// Which function.
  public var department: Department

  /// Creates a persona.
  public init(seniority: Seniority, department: Department) {
    self.seniority = seniority
    self.department = department
  }

  /// The persona of a contact about whom nothing is known.
  public static let unknown = Persona(seniority: .unknown, department: .other)
}
