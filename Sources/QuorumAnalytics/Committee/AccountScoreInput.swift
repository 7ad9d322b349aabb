/// What the ranking needs to know about one account's score (from the scorer, and the
/// calibration once it has run).
public struct AccountScoreInput: Hashable, Sendable {
  /// The account.
  public var accountID: String
  /// The account's name.
  public var name: String
  /// The account score; must be finite.
  public var score: Double
  /// The calibrated probability of winning, 0...1, when a calibration exists.
  public var winProbability: Double?
  /// The buying-journey stage (`awareness`, `consideration`, `decision`).
  public var journeyStage: String
  /// The score's largest reasons, largest first, in words.
  public var topReasons: [String]

  /// Creates a score input.
  public init(
    accountID: String, name: String, score: Double, winProbability: Double? = nil,
    journeyStage: String, topReasons: [String] = []
  ) {
    self.accountID = accountID
    self.name = name
    self.score = score
    self.winProbability = winProbability
    self.journeyStage = journeyStage
    self.topReasons = topReasons
  }
}
