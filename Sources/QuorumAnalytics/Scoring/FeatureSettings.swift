/// The decay settings of the engagement features: what calibration varies when it learns
/// the half-life from a grid instead of taking the model's.
public struct FeatureSettings: Hashable, Sendable {
  /// The half-life, in days, of every activity type without an override.
  public var halfLifeDays: Double
  /// Per-type half-lives, in days.
  public var halfLifeOverrides: [ActivityType: Double]
  /// How far back, in days, events count.
  public var lookbackDays: Double

  /// Creates settings.
  ///
  /// - Precondition: every half-life and the look-back are positive.
  public init(
    halfLifeDays: Double, lookbackDays: Double, halfLifeOverrides: [ActivityType: Double] = [:]
  ) {
    precondition(halfLifeDays > 0 && lookbackDays > 0, "half-life and look-back must be positive")
    precondition(halfLifeOverrides.values.allSatisfy { $0 > 0 }, "half-lives must be positive")
    self.halfLifeDays = halfLifeDays
    self.lookbackDays = lookbackDays
    self.halfLifeOverrides = halfLifeOverrides
  }

  /// The model's own settings: its global half-life, its per-type half-lives and its
  /// look-back window.
  public init(model: ScoringModel) {
    self.init(
      halfLifeDays: model.engagement.halfLifeDays, lookbackDays: model.engagement.lookbackDays,
      halfLifeOverrides: model.engagement.activities.compactMapValues(\.halfLifeDays))
  }

  /// The half-life of `type`, in days.
  public func halfLife(of type: ActivityType) -> Double {
    halfLifeOverrides[type] ?? halfLifeDays
  }
}
