extension ScoringModel {
  /// Points per activity type, with exponential time decay and per-type caps.
  ///
  /// An event of age `a` days (as of the scoring date) earns `points × 0.5^(a / h)`, where
  /// `h` is the type's half-life (or the global one); events older than `lookbackDays` earn
  /// nothing. A contact's points of one type are clamped to `[−cap, cap]`. Negative points
  /// are negative signals (careers-page visits, unsubscribes, bounces). Types without a
  /// rule earn nothing and are reported as unmapped.
  public struct EngagementRules: Hashable, Sendable, Codable {
    /// The global half-life in days.
    public var halfLifeDays: Double
    /// How far back events count, in days.
    public var lookbackDays: Double
    /// The rule of each known activity type.
    public var activities: [ActivityType: ActivityRule]

    /// Creates engagement rules.
    public init(
      halfLifeDays: Double, lookbackDays: Double, activities: [ActivityType: ActivityRule]
    ) {
      self.halfLifeDays = halfLifeDays
      self.lookbackDays = lookbackDays
      self.activities = activities
    }

    /// The half-life of `type`: its own, else the global one.
    public func halfLife(of type: ActivityType) -> Double {
      activities[type]?.halfLifeDays ?? halfLifeDays
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case halfLifeDays, lookbackDays, activities }

    /// Decodes the rules, rejecting unknown fields (unknown activity types are fine).
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
      halfLifeDays = try c.decode(Double.self, forKey: .halfLifeDays)
      lookbackDays = try c.decode(Double.self, forKey: .lookbackDays)
      activities = try c.decodeMap(
        ActivityRule.self, forKey: .activities,
        key: { $0.isEmpty ? nil : ActivityType(rawValue: $0) }, keyDescription: "activity type")
    }

    /// Encodes the rules with activity types as keys.
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(halfLifeDays, forKey: .halfLifeDays)
      try c.encode(lookbackDays, forKey: .lookbackDays)
      try c.encodeMap(activities, forKey: .activities, name: \.rawValue)
    }
  }

  /// The points of one activity type.
  public struct ActivityRule: Hashable, Sendable, Codable {
    /// Points per event at age zero (negative for a negative signal).
    public var points: Double
    /// The type's own half-life in days, overriding the global one.
    public var halfLifeDays: Double?
    /// The most points (in magnitude) a contact can earn from this type, or `nil` for no cap.
    public var cap: Double?

    /// Creates an activity rule.
    public init(points: Double, halfLifeDays: Double? = nil, cap: Double? = nil) {
      self.points = points
      self.halfLifeDays = halfLifeDays
      self.cap = cap
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case points, halfLifeDays, cap }

    /// Decodes the rule, rejecting unknown fields.
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
      points = try c.decode(Double.self, forKey: .points)
      halfLifeDays = try c.decodeIfPresent(Double.self, forKey: .halfLifeDays)
      cap = try c.decodeIfPresent(Double.self, forKey: .cap)
    }

    /// Encodes the rule, writing absent options as `null`.
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(points, forKey: .points)
      try c.encodeOrNull(halfLifeDays, forKey: .halfLifeDays)
      try c.encodeOrNull(cap, forKey: .cap)
    }
  }
}
