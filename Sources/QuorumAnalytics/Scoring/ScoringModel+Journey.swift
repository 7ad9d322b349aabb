extension ScoringModel {
  /// Which activity types are awareness, consideration and decision signals, and how many
  /// an account needs in the window to be at a stage.
  ///
  /// An account is at `decision` with at least `minimumDecisionSignals` decision signals in
  /// the last `windowDays` days; else at `consideration` with at least
  /// `minimumConsiderationSignals` consideration or decision signals; else at `awareness`.
  /// A type listed under several stages counts for the latest of them.
  public struct JourneyRules: Hashable, Sendable, Codable {
    /// The window, in days, signals are counted over.
    public var windowDays: Double
    /// Awareness signals (page views, e-mail opens, …).
    public var awareness: [ActivityType]
    /// Consideration signals (downloads, webinars, case studies, …).
    public var consideration: [ActivityType]
    /// Decision signals (pricing, demos, meetings, trials, …).
    public var decision: [ActivityType]
    /// Consideration-or-decision signals needed for `consideration`.
    public var minimumConsiderationSignals: Int
    /// Decision signals needed for `decision`.
    public var minimumDecisionSignals: Int

    /// Creates journey rules.
    public init(
      windowDays: Double, awareness: [ActivityType], consideration: [ActivityType],
      decision: [ActivityType], minimumConsiderationSignals: Int, minimumDecisionSignals: Int
    ) {
      self.windowDays = windowDays
      self.awareness = awareness
      self.consideration = consideration
      self.decision = decision
      self.minimumConsiderationSignals = minimumConsiderationSignals
      self.minimumDecisionSignals = minimumDecisionSignals
    }

    /// The journey stage that `type` signals, if any.
    public func stage(of type: ActivityType) -> JourneyStage? {
      if decision.contains(type) { return .decision }
      if consideration.contains(type) { return .consideration }
      if awareness.contains(type) { return .awareness }
      return nil
    }

    /// The journey stage of an account with these signal counts.
    public func stage(for signals: JourneySignals) -> JourneyStage {
      if signals.decision >= minimumDecisionSignals { return .decision }
      if signals.consideration + signals.decision >= minimumConsiderationSignals {
        return .consideration
      }
      return .awareness
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
      case windowDays, awareness, consideration, decision, minimumConsiderationSignals
      case minimumDecisionSignals
    }

    /// Decodes the rules, rejecting unknown fields.
    public init(from decoder: any Decoder) throws {
      let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
      windowDays = try c.decode(Double.self, forKey: .windowDays)
      awareness = try c.decodeActivityTypes(forKey: .awareness)
      consideration = try c.decodeActivityTypes(forKey: .consideration)
      decision = try c.decodeActivityTypes(forKey: .decision)
      minimumConsiderationSignals = try c.decode(Int.self, forKey: .minimumConsiderationSignals)
      minimumDecisionSignals = try c.decode(Int.self, forKey: .minimumDecisionSignals)
    }

    /// Encodes the rules with activity types as strings.
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(windowDays, forKey: .windowDays)
      try c.encode(awareness.map(\.rawValue), forKey: .awareness)
      try c.encode(consideration.map(\.rawValue), forKey: .consideration)
      try c.encode(decision.map(\.rawValue), forKey: .decision)
      try c.encode(minimumConsiderationSignals, forKey: .minimumConsiderationSignals)
      try c.encode(minimumDecisionSignals, forKey: .minimumDecisionSignals)
    }
  }
}
