import QuorumAnalytics

/// One contact's stored score in a run (a row of a ``ContactScoreBlock``): the columns of
/// `quorum score --csv`'s contact table with the contact's persona, committee role and
/// champion flag, as the run scored them.
package struct StoredContactScore: Sendable, Hashable {
  /// The contact.
  package var contactID: String
  /// The account it rolled up into, if any.
  package var accountID: String?
  /// How it was matched to the account (`AccountMatch.Method` raw value).
  package var matchMethod: String
  /// Its account's fit.
  package var fit: ScorePoints
  /// Its engagement, decayed as of the run's date.
  package var engagement: ScorePoints
  /// Its framework evidence.
  package var framework: ScorePoints
  /// The total: `fit + engagement + framework`.
  package var score: ScorePoints
  /// The stage (`Stage` raw value).
  package var stage: String
  /// The persona's seniority (raw value).
  package var seniority: String
  /// The persona's department (raw value).
  package var department: String
  /// The committee role it holds in its account, if any.
  package var committeeRole: String?
  /// Whether it is its account's champion.
  package var isChampion: Bool
}
