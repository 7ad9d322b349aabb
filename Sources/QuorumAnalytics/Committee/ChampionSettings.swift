/// The parameters of the champion heuristic (see ``ChampionDetector``).
///
/// The champion score is a weighted sum of four capped components:
///
///     score = weeksWeight      · min(weeks, weeksCap) / weeksCap
///           + meetingsWeight   · min(meetings, meetingsCap) / meetingsCap
///           + repliesWeight    · min(replies, repliesCap) / repliesCap
///           + colleaguesWeight · min(colleagues, colleaguesCap) / colleaguesCap
///
/// The weights must sum to 100, so the score lies in 0...100.
public struct ChampionSettings: Hashable, Sendable {
  /// How far back behaviour counts, in days before the as-of date (default 180).
  public var windowDays: Double
  /// Activity types that show high buying intent.
  public var highIntentTypes: Set<ActivityType>
  /// Activity types that are a meeting or a demo attended.
  public var meetingTypes: Set<ActivityType>
  /// Activity types that are a reply.
  public var replyTypes: Set<ActivityType>
  /// Points for sustained high intent (default 35).
  public var weeksWeight: Double
  /// Distinct weeks with high-intent activity that earn the full `weeksWeight` (default 6).
  public var weeksCap: Int
  /// Points for meetings and demos attended (default 25).
  public var meetingsWeight: Double
  /// Meetings and demos that earn the full `meetingsWeight` (default 3).
  public var meetingsCap: Int
  /// Points for replies (default 15).
  public var repliesWeight: Double
  /// Replies that earn the full `repliesWeight` (default 3).
  public var repliesCap: Int
  /// Points for colleagues who started engaging after the contact (default 25).
  public var colleaguesWeight: Double
  /// Colleagues that earn the full `colleaguesWeight` (default 3).
  public var colleaguesCap: Int
  /// The score from which a contact is a champion (default 50).
  public var threshold: Double
  /// The fewest distinct high-intent weeks a behavioural champion needs (default 2): one
  /// burst of activity is not sustained engagement.
  public var minimumWeeks: Int
  /// Days without high-intent activity after which a champion has gone quiet (default 30).
  public var quietAfterDays: Double

  /// The high-intent activity types of the default model.
  public static let defaultHighIntentTypes: Set<ActivityType> = [
    "pricing_page_view", "roi_calculator", "demo_requested", "demo_attended", "meeting",
    "email_reply", "case_study_view", "trial_signup", "product_usage", "contact_request",
  ]

  /// Creates champion settings; every parameter has the documented default.
  public init(
    windowDays: Double = 180,
    highIntentTypes: Set<ActivityType> = ChampionSettings.defaultHighIntentTypes,
    meetingTypes: Set<ActivityType> = ["meeting", "demo_attended"],
    replyTypes: Set<ActivityType> = ["email_reply"],
    weeksWeight: Double = 35, weeksCap: Int = 6, meetingsWeight: Double = 25,
    meetingsCap: Int = 3, repliesWeight: Double = 15, repliesCap: Int = 3,
    colleaguesWeight: Double = 25, colleaguesCap: Int = 3, threshold: Double = 50,
    minimumWeeks: Int = 2, quietAfterDays: Double = 30
  ) {
    self.windowDays = windowDays
    self.highIntentTypes = highIntentTypes
    self.meetingTypes = meetingTypes
    self.replyTypes = replyTypes
    self.weeksWeight = weeksWeight
    self.weeksCap = weeksCap
    self.meetingsWeight = meetingsWeight
    self.meetingsCap = meetingsCap
    self.repliesWeight = repliesWeight
    self.repliesCap = repliesCap
    self.colleaguesWeight = colleaguesWeight
    self.colleaguesCap = colleaguesCap
    self.threshold = threshold
    self.minimumWeeks = minimumWeeks
    self.quietAfterDays = quietAfterDays
  }

  /// Throws ``CommitteeError/invalidSetting(name:value:reason:)`` unless every parameter
  /// is in range and the weights sum to 100.
  public func validate() throws(CommitteeError) {
    try CommitteeError.require(
      windowDays > 0 && windowDays.isFinite, "champion.windowDays", windowDays,
      "must be a positive number of days")
    for (name, weight) in [
      ("weeksWeight", weeksWeight), ("meetingsWeight", meetingsWeight),
      ("repliesWeight", repliesWeight), ("colleaguesWeight", colleaguesWeight),
    ] {
      try CommitteeError.require(
        weight >= 0 && weight.isFinite, "champion.\(name)", weight, "must not be negative")
    }
    let total = weeksWeight + meetingsWeight + repliesWeight + colleaguesWeight
    try CommitteeError.require(
      abs(total - 100) < 1e-9, "champion weights", total, "must sum to 100")
    for (name, cap) in [
      ("weeksCap", weeksCap), ("meetingsCap", meetingsCap), ("repliesCap", repliesCap),
      ("colleaguesCap", colleaguesCap),
    ] {
      try CommitteeError.require(cap > 0, "champion.\(name)", cap, "must be at least 1")
    }
    try CommitteeError.require(
      (0...100).contains(threshold), "champion.threshold", threshold, "must be in 0...100")
    try CommitteeError.require(
      minimumWeeks >= 0, "champion.minimumWeeks", minimumWeeks, "must not be negative")
    try CommitteeError.require(
      quietAfterDays > 0 && quietAfterDays.isFinite, "champion.quietAfterDays",
      quietAfterDays, "must be a positive number of days")
  }
}
