extension ScoringModel {
  /// A firmographic dimension of the Ideal Customer Profile.
  public enum FitDimension: String, Hashable, Sendable, CaseIterable, Comparable {
    /// The account's industry, against lists of industry names.
    case industry
    /// The number of employees, against bands.
    case employees
    /// Annual revenue, against bands.
    case revenue
    /// The country or the region, against lists of names.
    case geography

    /// Orders dimensions as the document lists them.
    public static func < (lhs: Self, rhs: Self) -> Bool {
      (Self.allCases.firstIndex(of: lhs) ?? 0) < (Self.allCases.firstIndex(of: rhs) ?? 0)
    }
  }

  /// ICP fit rules: in each dimension, the first rule (in document order) that matches the
  /// account gives its points; the fit score is the sum over the dimensions.
  public struct FitRules: Hashable, Sendable, Codable {
    /// Industry lists, e.g. `core` = software, SaaS → 20 points.
    public var industries: [ValueRule]
    /// Employee-count bands.
    public var employees: [BandRule]
    /// Annual-revenue bands.
    public var revenue: [BandRule]
    /// Country or region lists (an account matches on either).
    public var geographies: [ValueRule]

    /// Creates fit rules.
    public init(
      industries: [ValueRule] = [], employees: [BandRule] = [], revenue: [BandRule] = [],
      geographies: [ValueRule] = []
    ) {
      self.industries = industries
      self.employees = employees
      self.revenue = revenue
      self.geographies = geographies
    }

    /// The labels of a dimension's rules, in document order.
    public func labels(of dimension: FitDimension) -> [String] {
      switch dimension {
      case .industry: industries.map(\.label)
      case .employees: employees.map(\.label)
      case .revenue: revenue.map(\.label)
      case .geography: geographies.map(\.label)
      }
    }

    /// The points of a dimension's rules, in document order.
    func points(of dimension: FitDimension) -> [Double] {
      switch dimension {
      case .industry: industries.map(\.points)
      case .employees: employees.map(\.points)
      case .revenue: revenue.map(\.points)
      case .geography: geographies.map(\.points)
      }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
      case industries, employees, revenue, geographies
    }

    /// Decodes the rules, rejecting unknown fields.
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
      industries = try c.decode([ValueRule].self, forKey: .industries)
      employees = try c.decode([BandRule].self, forKey: .employees)
      revenue = try c.decode([BandRule].self, forKey: .revenue)
      geographies = try c.decode([ValueRule].self, forKey: .geographies)
    }
  }

  /// A named list of values (industries, countries, regions) worth some points.
  ///
  /// Matching is exact after folding case, diacritics and spacing: `"Software "` matches
  /// `software`, `"Österreich"` matches `osterreich`.
  public struct ValueRule: Hashable, Sendable, Codable {
    /// The rule's name, unique in its dimension; part of the feature name
    /// (`fit.industry.<label>`), so lowercase letters, digits and `_` only.
    public var label: String
    /// The values that match.
    public var values: [String]
    /// The points for a match (may be negative, e.g. an excluded industry).
    public var points: Double

    /// Creates a value rule.
    public init(label: String, values: [String], points: Double) {
      self.label = label
      self.values = values
      self.points = points
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case label, values, points }

    /// Decodes the rule, rejecting unknown fields.
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
      label = try c.decode(String.self, forKey: .label)
      values = try c.decode([String].self, forKey: .values)
      points = try c.decode(Double.self, forKey: .points)
    }
  }

  /// A named numeric band `minimum ≤ x < maximum` worth some points; a missing bound is
  /// open.
  public struct BandRule: Hashable, Sendable, Codable {
    /// The rule's name, unique in its dimension (`fit.employees.<label>`).
    public var label: String
    /// The inclusive lower bound, or `nil` for none.
    public var minimum: Double?
    /// The exclusive upper bound, or `nil` for none.
    public var maximum: Double?
    /// The points for a match.
    public var points: Double

    /// Creates a band rule.
    public init(label: String, minimum: Double?, maximum: Double?, points: Double) {
      self.label = label
      self.minimum = minimum
      self.maximum = maximum
      self.points = points
    }

    /// Whether `value` lies in the band.
    public func contains(_ value: Double) -> Bool {
      (minimum.map { value >= $0 } ?? true) && (maximum.map { value < $0 } ?? true)
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case label, minimum, maximum, points }

    /// Decodes the rule, rejecting unknown fields.
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
      label = try c.decode(String.self, forKey: .label)
      minimum = try c.decodeIfPresent(Double.self, forKey: .minimum)
      maximum = try c.decodeIfPresent(Double.self, forKey: .maximum)
      points = try c.decode(Double.self, forKey: .points)
    }

    /// Encodes the rule, writing open bounds as `null`.
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(label, forKey: .label)
      try c.encodeOrNull(minimum, forKey: .minimum)
      try c.encodeOrNull(maximum, forKey: .maximum)
      try c.encode(points, forKey: .points)
    }
  }
}
