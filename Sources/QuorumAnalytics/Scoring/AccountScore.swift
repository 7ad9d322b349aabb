/// An account's score as of a date, explained.
///
/// `total = base + fit + engagement + committee + framework`, and the reasons sum to
/// `total` exactly (see ``ScorePoints``).
public struct AccountScore: Hashable, Sendable {
  /// The account.
  public var accountID: String
  /// The calibrated scorecard's base score (0 for a hand-written model).
  public var base: ScorePoints
  /// Fit points (weighted).
  public var fit: ScorePoints
  /// Engagement points: the contacts' contributions (rollup) or the engagement features
  /// (calibrated).
  public var engagement: ScorePoints
  /// Breadth and committee points.
  public var committee: ScorePoints
  /// Account-level framework and disqualifier points.
  public var framework: ScorePoints
  /// The score: the sum of the reasons.
  public var total: ScorePoints
  /// The buying-journey stage.
  public var journeyStage: JourneyStage
  /// The journey signals of the account's contacts in the journey window.
  public var journey: JourneySignals
  /// Engaged contacts (from the committee signals, or derived from activities).
  public var engagedContacts: Int
  /// Engaged departments (likewise).
  public var engagedDepartments: Int
  /// The calibrated win probability, when the model has a calibration.
  public var winProbability: Double?
  /// The ABM tier (1, 2, 3) by the model's cut-offs, or `nil` below tier 3.
  public var tier: Int?
  /// The reason codes, largest first; in a rollup, each contributing contact is one
  /// (`contact.<id>`).
  public var reasons: [ReasonCode]
  /// The share of the required committee roles its buying committee covers, 0...1, when the
  /// account was scored with committee signals (``CommitteeSignals/coverage``).
  public var committeeCoverage: Double?

  /// Creates an account score.
  public init(
    accountID: String, base: ScorePoints = .zero, fit: ScorePoints, engagement: ScorePoints,
    committee: ScorePoints, framework: ScorePoints, total: ScorePoints,
    journeyStage: JourneyStage, journey: JourneySignals, engagedContacts: Int,
    engagedDepartments: Int, winProbability: Double?, tier: Int?, reasons: [ReasonCode],
    committeeCoverage: Double? = nil
  ) {
    self.accountID = accountID
    self.base = base
    self.fit = fit
    self.engagement = engagement
    self.committee = committee
    self.framework = framework
    self.total = total
    self.journeyStage = journeyStage
    self.journey = journey
    self.engagedContacts = engagedContacts
    self.engagedDepartments = engagedDepartments
    self.winProbability = winProbability
    self.tier = tier
    self.reasons = reasons
    self.committeeCoverage = committeeCoverage
  }
}
