/// Takes the reasons of the contacts and accounts a scoring run explains as it scores them,
/// so that a caller keeps them in a form of its own (the score snapshot's compact bytes)
/// instead of as half a million arrays of values, and without scoring every contact a
/// second time to explain it.
///
/// The scorer makes one recorder per chunk of accounts and fills it on the core that scores
/// the chunk: each account's contacts, in the order the run places them, then the account;
/// and a last one with the contacts of no account, after every chunk (``RecordedReasons``
/// says which row is whose). A recorder is a value the chunk owns, so recording takes no
/// lock.
package protocol ReasonRecorder: Sendable {
  /// Records the reasons of the next contact, largest first.
  mutating func recordContact(_ reasons: [ReasonCode])
  /// Records the reasons of the next account, largest first.
  mutating func recordAccount(_ reasons: [ReasonCode])
}
