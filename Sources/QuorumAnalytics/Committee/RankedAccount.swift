/// One row of the ABM target-account ranking.
public struct RankedAccount: Hashable, Sendable {
  /// The position in the full ranking, from 1 (filters keep it).
  public var rank: Int
  /// The account.
  public var accountID: String
  /// The account's name.
  public var name: String
  /// The ABM tier, 1...3, or `nil` below the tier-3 cut-off (not a target yet).
  public var tier: Int?
  /// The account score.
  public var score: Double
  /// The calibrated win probability, when known.
  public var winProbability: Double?
  /// The buying-journey stage.
  public var journeyStage: String
  /// The committee coverage, 0...1; `nil` when the account has no committee analysis.
  public var coverage: Double?
  /// The score's three largest reasons.
  public var topReasons: [String]
  /// The committee's gaps (missing roles, `single_threaded`, `no_engagement`).
  public var gaps: [String]
  /// The most urgent next best action, when the account has a committee analysis.
  public var nextBestAction: NextBestAction?

  /// Creates a row.
  public init(
    rank: Int, accountID: String, name: String, tier: Int?, score: Double,
    winProbability: Double?, journeyStage: String, coverage: Double?, topReasons: [String],
    gaps: [String], nextBestAction: NextBestAction?
  ) {
    self.rank = rank
    self.accountID = accountID
    self.name = name
    self.tier = tier
    self.score = score
    self.winProbability = winProbability
    self.journeyStage = journeyStage
    self.coverage = coverage
    self.topReasons = topReasons
    self.gaps = gaps
    self.nextBestAction = nextBestAction
  }
}
