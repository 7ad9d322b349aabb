extension ScoringModel {
  /// Qualification frameworks: points per criterion answer, and k-of-n stage rules.
  ///
  /// Only the latest answer to each criterion (as of the scoring date) counts. A criterion
  /// shared by several frameworks (e.g. `authority` in BANT and CHAMP) earns its points
  /// once.
  public struct FrameworkRules: Hashable, Sendable, Codable {
    /// The points of each criterion's answers; a criterion not listed earns nothing.
    public var criteria: [QualificationCriterion: CriterionPoints]
    /// The frameworks (BANT, CHAMP, MEDDIC, MEDDPICC, …) and their k-of-n rules.
    public var definitions: [FrameworkDefinition]

    /// Creates framework rules.
    public init(
      criteria: [QualificationCriterion: CriterionPoints], definitions: [FrameworkDefinition]
    ) {
      self.criteria = criteria
      self.definitions = definitions
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case criteria, definitions }

    /// Decodes the rules, rejecting unknown fields and unknown criteria.
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
      criteria = try c.decodeMap(
        CriterionPoints.self, forKey: .criteria, key: QualificationCriterion.init(rawValue:),
        keyDescription: "qualification criterion")
      definitions = try c.decode([FrameworkDefinition].self, forKey: .definitions)
    }

    /// Encodes the rules with criteria as keys.
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encodeMap(criteria, forKey: .criteria, name: \.rawValue)
      try c.encode(definitions, forKey: .definitions)
    }
  }

  /// The points of a criterion's `met`, `partial` and `unmet` answers (`unknown` earns
  /// nothing).
  public struct CriterionPoints: Hashable, Sendable, Codable {
    /// Points when met.
    public var met: Double
    /// Points when partly met.
    public var partial: Double
    /// Points when not met (usually 0 or negative).
    public var unmet: Double

    /// Creates criterion points.
    public init(met: Double, partial: Double, unmet: Double = 0) {
      self.met = met
      self.partial = partial
      self.unmet = unmet
    }

    /// The points of an answer.
    public func points(for value: QualificationValue) -> Double {
      switch value {
      case .met: met
      case .partial: partial
      case .unmet: unmet
      case .unknown: 0
      }
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case met, partial, unmet }

    /// Decodes the points, rejecting unknown fields.
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
      met = try c.decode(Double.self, forKey: .met)
      partial = try c.decode(Double.self, forKey: .partial)
      unmet = try c.decode(Double.self, forKey: .unmet)
    }
  }

  /// A framework: its criteria and the rules that promote a contact when enough are met.
  public struct FrameworkDefinition: Hashable, Sendable, Codable {
    /// The framework's name, e.g. `BANT`.
    public var name: String
    /// Its criteria, e.g. budget, authority, need, timeline.
    public var criteria: [QualificationCriterion]
    /// k-of-n rules, e.g. 3 of 4 met → SQL.
    public var rules: [QualifyingRule]

    /// Creates a framework.
    public init(name: String, criteria: [QualificationCriterion], rules: [QualifyingRule]) {
      self.name = name
      self.criteria = criteria
      self.rules = rules
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case name, criteria, rules }

    /// Decodes the framework, rejecting unknown fields and criteria.
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
      name = try c.decode(String.self, forKey: .name)
      criteria = try c.decodeEnums(QualificationCriterion.self, forKey: .criteria)
      rules = try c.decode([QualifyingRule].self, forKey: .rules)
    }

    /// Encodes the framework with criteria as strings.
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(name, forKey: .name)
      try c.encode(criteria.map(\.rawValue), forKey: .criteria)
      try c.encode(rules, forKey: .rules)
    }
  }

  /// "At least `minimumMet` of the framework's criteria met → `stage`".
  public struct QualifyingRule: Hashable, Sendable, Codable {
    /// How many criteria must be met.
    public var minimumMet: Int
    /// The stage the contact reaches (IQL, MQL, SQL or PQL).
    public var stage: ContactStage

    /// Creates a rule.
    public init(minimumMet: Int, stage: ContactStage) {
      self.minimumMet = minimumMet
      self.stage = stage
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case minimumMet, stage }

    /// Decodes the rule, rejecting unknown fields.
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
      minimumMet = try c.decode(Int.self, forKey: .minimumMet)
      stage = try c.decodeEnum(ContactStage.self, forKey: .stage)
    }
  }
}
