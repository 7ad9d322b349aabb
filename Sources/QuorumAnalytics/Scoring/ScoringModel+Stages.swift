extension ScoringModel {
  /// When a contact reaches each stage.
  ///
  /// In order of precedence: `disqualified` when a disqualifier fires or the score is at or
  /// below `disqualifiedAtOrBelow`; then SQL, PQL, MQL, IQL by their rules (or a framework
  /// k-of-n rule naming the stage); else cold.
  public struct StageRules: Hashable, Sendable, Codable {
    /// Information-qualified.
    public var iql: StageRule
    /// Marketing-qualified.
    public var mql: StageRule
    /// Sales-qualified (usually reached through framework rules).
    public var sql: StageRule
    /// Product-qualified.
    public var pql: StageRule
    /// A score at or below which the contact is disqualified, or `nil` for none.
    public var disqualifiedAtOrBelow: Double?

    /// Creates stage rules.
    public init(
      iql: StageRule, mql: StageRule, sql: StageRule, pql: StageRule,
      disqualifiedAtOrBelow: Double? = nil
    ) {
      self.iql = iql
      self.mql = mql
      self.sql = sql
      self.pql = pql
      self.disqualifiedAtOrBelow = disqualifiedAtOrBelow
    }

    /// The rule of a stage, for the stages that have one.
    public func rule(for stage: ContactStage) -> StageRule? {
      switch stage {
      case .iql: iql
      case .mql: mql
      case .sql: sql
      case .pql: pql
      case .cold, .disqualified: nil
      }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
      case iql, mql, sql, pql, disqualifiedAtOrBelow
    }

    /// Decodes the rules, rejecting unknown fields.
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
      iql = try c.decode(StageRule.self, forKey: .iql)
      mql = try c.decode(StageRule.self, forKey: .mql)
      sql = try c.decode(StageRule.self, forKey: .sql)
      pql = try c.decode(StageRule.self, forKey: .pql)
      disqualifiedAtOrBelow = try c.decodeIfPresent(Double.self, forKey: .disqualifiedAtOrBelow)
    }

    /// Encodes the rules, writing an absent threshold as `null`.
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(iql, forKey: .iql)
      try c.encode(mql, forKey: .mql)
      try c.encode(sql, forKey: .sql)
      try c.encode(pql, forKey: .pql)
      try c.encodeOrNull(disqualifiedAtOrBelow, forKey: .disqualifiedAtOrBelow)
    }
  }

  /// A stage is reached when the score is at least `minimumScore`, or when the contact has
  /// at least one event of an `evidenceTypes` type in the look-back window.
  public struct StageRule: Hashable, Sendable, Codable {
    /// The score threshold, or `nil` for none.
    public var minimumScore: Double?
    /// With `minimumScore`: the engagement points the contact also needs, so that fit
    /// alone never qualifies a lead (fit *and* behaviour, as HubSpot and Marketo models
    /// do); `nil` for no such condition.
    public var minimumEngagement: Double?
    /// Activity types whose presence alone reaches the stage (e.g. `trial_signup` → PQL).
    public var evidenceTypes: [ActivityType]

    /// Creates a stage rule.
    public init(
      minimumScore: Double? = nil, minimumEngagement: Double? = nil,
      evidenceTypes: [ActivityType] = []
    ) {
      self.minimumScore = minimumScore
      self.minimumEngagement = minimumEngagement
      self.evidenceTypes = evidenceTypes
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
      case minimumScore, minimumEngagement, evidenceTypes
    }

    /// Decodes the rule, rejecting unknown fields; `minimumEngagement` may be omitted.
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
      minimumScore = try c.decodeIfPresent(Double.self, forKey: .minimumScore)
      minimumEngagement = try c.decodeIfPresent(Double.self, forKey: .minimumEngagement)
      evidenceTypes = try c.decodeActivityTypes(forKey: .evidenceTypes)
    }

    /// Encodes the rule, writing absent thresholds as `null`.
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encodeOrNull(minimumScore, forKey: .minimumScore)
      try c.encodeOrNull(minimumEngagement, forKey: .minimumEngagement)
      try c.encode(evidenceTypes.map(\.rawValue), forKey: .evidenceTypes)
    }
  }
}
