extension ScoringModel {
  /// Buying-committee settings, read by the committee mapping.
  public struct CommitteeSettings: Hashable, Sendable, Codable {
    /// The roles an account's committee should cover (default: economic buyer, champion,
    /// technical evaluator, user).
    public var requiredRoles: [CommitteeRole]
    /// The window, in days, in which a contact counts as engaged.
    public var engagementWindowDays: Double

    /// Creates committee settings.
    public init(requiredRoles: [CommitteeRole], engagementWindowDays: Double) {
      self.requiredRoles = requiredRoles
      self.engagementWindowDays = engagementWindowDays
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case requiredRoles, engagementWindowDays }

    /// Decodes the settings, rejecting unknown fields and roles.
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
      requiredRoles = try c.decodeEnums(CommitteeRole.self, forKey: .requiredRoles)
      engagementWindowDays = try c.decode(Double.self, forKey: .engagementWindowDays)
    }

    /// Encodes the settings with roles as strings.
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(requiredRoles.map(\.rawValue), forKey: .requiredRoles)
      try c.encode(engagementWindowDays, forKey: .engagementWindowDays)
    }
  }

  /// The account scores at which target accounts fall into ABM tiers 1, 2 and 3.
  public struct TierCutoffs: Hashable, Sendable, Codable {
    /// The least score of tier 1.
    public var tier1: Double
    /// The least score of tier 2.
    public var tier2: Double
    /// The least score of tier 3.
    public var tier3: Double

    /// Creates cut-offs; expects `tier1 ≥ tier2 ≥ tier3`.
    public init(tier1: Double, tier2: Double, tier3: Double) {
      self.tier1 = tier1
      self.tier2 = tier2
      self.tier3 = tier3
    }

    /// The tier of an account score: 1, 2, 3, or `nil` below tier 3.
    public func tier(for score: Double) -> Int? {
      if score >= tier1 { return 1 }
      if score >= tier2 { return 2 }
      if score >= tier3 { return 3 }
      return nil
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case tier1, tier2, tier3 }

    /// Decodes the cut-offs, rejecting unknown fields.
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
      tier1 = try c.decode(Double.self, forKey: .tier1)
      tier2 = try c.decode(Double.self, forKey: .tier2)
      tier3 = try c.decode(Double.self, forKey: .tier3)
    }
  }
}
