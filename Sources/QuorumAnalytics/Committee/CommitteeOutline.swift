/// An account's buying committee reduced to what a score snapshot keeps: each contact's
/// role and champion flag, and the committee signals (coverage among them).
///
/// The roles, champions and signals are those of the full ``AccountCommittee``, decided by
/// the same code (``CommitteeRoleInference``, ``ChampionDetector``,
/// ``CommitteeCoverage``), without what `quorum score` never stores: the members' names,
/// titles and evidence, their order, the champions' scores and reasons, the engaged
/// contacts' ids and the next best actions. At 50,000 accounts, building half a million
/// full members took `quorum score` half a second.
///
/// - Complexity: built in O(n log n) for an account of n contacts.
struct CommitteeOutline: Sendable {
  /// One contact's place in the committee.
  struct Member: Hashable, Sendable {
    /// The contact's position in the data.
    var position: Int32
    /// The committee role.
    var role: CommitteeRole
    /// Whether the contact is a champion (named or detected).
    var isChampion: Bool
  }

  /// The account's contacts, in the order given.
  var members: [Member]
  /// What the scorer takes from the committee.
  var signals: CommitteeSignals
}
