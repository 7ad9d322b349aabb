/// What an opportunity's account scored just before the deal was opened.
public struct DealAtOpening: Hashable, Sendable {
  /// The opportunity.
  public let opportunityID: String
  /// The account.
  public let accountID: String
  /// The account score from the rows strictly before the opportunity's `created_at`.
  public let score: Double
  /// The calibrated win probability at that score, when the model is calibrated.
  public let winProbability: Double?

  /// Creates a deal score.
  public init(opportunityID: String, accountID: String, score: Double, winProbability: Double?) {
    self.opportunityID = opportunityID
    self.accountID = accountID
    self.score = score
    self.winProbability = winProbability
  }
}
