/// What ``QualificationPipeline`` found as of one date.
public struct QualificationView: Sendable {
  /// Contact and account scores, stages and reasons.
  public var scoring: ScoringResult { didSet { contactLines = nil } }
  /// Buying committees by account id; empty when the pipeline only outlined them (`quorum
  /// score`, see `QualificationPipeline.outlinesCommittees`): each account's coverage is
  /// then in its score, and each contact's role and champion flag in the contact lines
  /// (which changing the scores or personas drops).
  public var committees: [String: AccountCommittee] { didSet { contactLines = nil } }
  /// Personas by contact id.
  public var personas: [String: Persona] { didSet { contactLines = nil } }
  /// Account names by id.
  public var accountNames: [String: String]
  /// Each scored contact's persona, role and champion flag by position, when the pipeline
  /// found them (``ContactLines``); dropped when the scores, committees or personas are
  /// changed, and ``forEachContact(_:)`` then joins them by contact ID.
  package internal(set) var contactLines: ContactLines?

  /// Creates a view.
  public init(
    scoring: ScoringResult, committees: [String: AccountCommittee],
    personas: [String: Persona], accountNames: [String: String]
  ) {
    self.scoring = scoring
    self.committees = committees
    self.personas = personas
    self.accountNames = accountNames
  }

  /// The ABM ranking: every scored account ordered by score, with tier, committee
  /// coverage, gaps and next best action.
  ///
  /// - Throws: ``CommitteeError`` when `tier` is not 1...3 or `top` is negative.
  public func ranking(
    cutoffs: ScoringModel.TierCutoffs, tier: Int? = nil, top: Int? = nil
  ) throws(CommitteeError) -> [RankedAccount] {
    let inputs = scoring.accounts.map { score in
      AccountScoreInput(
        accountID: score.accountID, name: accountNames[score.accountID] ?? score.accountID,
        score: score.total.value, winProbability: score.winProbability,
        journeyStage: score.journeyStage.rawValue,
        topReasons: score.reasons.prefix(3).map(\.summary))
    }
    return try AccountRanking.rank(
      inputs, committees: committees, cutoffs: cutoffs, tier: tier, top: top)
  }
}
