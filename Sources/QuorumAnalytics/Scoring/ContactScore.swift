/// A contact's score as of a date, explained.
///
/// `total = fit + engagement + framework`, and the reasons sum to `total` exactly (see
/// ``ScorePoints``) — unless the score was computed without explanations
/// (``QualificationPipeline/explainsContacts`` false), which keeps no reasons.
public struct ContactScore: Hashable, Sendable {
  /// The contact.
  public var contactID: String
  /// The account the contact was rolled up into, if any.
  public var accountID: String?
  /// How the contact was matched to its account.
  public var match: AccountMatch
  /// The account's fit points (0 when unmatched).
  public var fit: ScorePoints
  /// Decayed, capped engagement points (negative signals included).
  public var engagement: ScorePoints
  /// Framework points of the contact's own latest answers, disqualifier points included.
  public var framework: ScorePoints
  /// The score: the sum of the reasons (when kept).
  public var total: ScorePoints
  /// The stage.
  public var stage: ContactStage
  /// Why the stage, e.g. `BANT: 3 of 4 met (≥ 3)` or `score 52.00 ≥ 50.00` (empty
  /// without explanations): written out when read, from the numbers kept.
  public var stageReason: String {
    get { stageCause?.description ?? "" }
    set { stageCause = newValue.isEmpty ? nil : .written(newValue) }
  }
  /// The cause of the stage as numbers (`nil` without explanations): half a million
  /// contacts' reasons are not formatted until someone reads one.
  var stageCause: StageCause?
  /// The reason codes, largest first (none without explanations).
  public var reasons: [ReasonCode]
  /// The contact's journey signals in the journey window.
  public var journey: JourneySignals
  /// Events of types the model has no rule for, by type (sorted), as of the date.
  public var unmapped: [ActivityTypeCount]

  /// Creates a contact score.
  public init(
    contactID: String, accountID: String?, match: AccountMatch, fit: ScorePoints,
    engagement: ScorePoints, framework: ScorePoints, total: ScorePoints, stage: ContactStage,
    stageReason: String, reasons: [ReasonCode], journey: JourneySignals = .none,
    unmapped: [ActivityTypeCount] = []
  ) {
    self.init(
      contactID: contactID, accountID: accountID, match: match, fit: fit,
      engagement: engagement, framework: framework, total: total, stage: stage,
      stageCause: stageReason.isEmpty ? nil : .written(stageReason), reasons: reasons,
      journey: journey, unmapped: unmapped)
  }

  /// A score whose stage reason is kept as its cause (`nil`: none kept).
  init(
    contactID: String, accountID: String?, match: AccountMatch, fit: ScorePoints,
    engagement: ScorePoints, framework: ScorePoints, total: ScorePoints, stage: ContactStage,
    stageCause: StageCause?, reasons: [ReasonCode], journey: JourneySignals,
    unmapped: [ActivityTypeCount]
  ) {
    self.contactID = contactID
    self.accountID = accountID
    self.match = match
    self.fit = fit
    self.engagement = engagement
    self.framework = framework
    self.total = total
    self.stage = stage
    self.stageCause = stageCause
    self.reasons = reasons
    self.journey = journey
    self.unmapped = unmapped
  }

  /// Drops the reasons and the stage's cause: the score a numbers-only scorer gives.
  mutating func forgetExplanation() {
    reasons = []
    stageCause = nil
  }
}

/// A number of events of one activity type.
public struct ActivityTypeCount: Hashable, Sendable {
  /// The type.
  public var type: ActivityType
  /// How many events.
  public var count: Int

  /// Creates a count.
  public init(type: ActivityType, count: Int) {
    self.type = type
    self.count = count
  }

  /// Counts by type, sorted by type.
  static func tally(_ types: some Sequence<ActivityType>) -> [ActivityTypeCount] {
    var counts: [ActivityType: Int] = [:]
    for type in types { counts[type, default: 0] += 1 }
    return merge(counts)
  }

  static func merge(_ counts: [ActivityType: Int]) -> [ActivityTypeCount] {
    counts.map { ActivityTypeCount(type: $0.key, count: $0.value) }.sorted { $0.type < $1.type }
  }
}
