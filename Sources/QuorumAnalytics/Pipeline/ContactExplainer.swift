import Foundation

/// Explains contact scores on demand: a contact's reasons, computed again from the index a
/// view was scored over by the same code (``ContactScorer``), so they are the reasons a
/// score kept with its explanation would hold — without half a million contacts' reasons
/// held at once (`quorum score` encodes them batch by batch into its snapshot).
///
/// - Precondition: contact ids are unique in the data (a database's are); with repeated
///   ids, the first contact of an id is explained.
package struct ContactExplainer: Sendable {
  private let index: ScoringIndex
  private let scorer: ContactScorer
  private let kernel: ScanKernel
  private let cutoff: TimeCutoff

  /// An explainer for the scores of `index`'s contacts as of `asOf`.
  init(index: ScoringIndex, asOf: Timestamp) {
    self.index = index
    scorer = ContactScorer(compiled: index.compiled, explains: true)
    cutoff = .atOrBefore(asOf)
    kernel = ScanKernel(
      model: index.compiled, cutoff: cutoff, settings: FeatureSettings(model: index.compiled.model))
  }

  /// The reasons of each contact of `ids`, in order, largest first (none for an unknown
  /// id), computed on every core.
  ///
  /// - Complexity: O(the contacts' activities and answers).
  package func reasons(ofContacts ids: [String]) -> [[ReasonCode]] {
    reasons(of: ids) { index.log.contactIndex[$0].map(Int.init) }
  }

  /// The reasons of the contacts at each of `positions` in the index's data (e.g.
  /// ``ContactLines/positions``), in order, largest first, computed on every core.
  ///
  /// - Precondition: every position is one of the data's contacts.
  /// - Complexity: O(the contacts' activities and answers).
  package func reasons(ofContactsAt positions: ArraySlice<Int32>) -> [[ReasonCode]] {
    let count = index.data.contacts.count
    return reasons(of: positions) { position in
      precondition(position >= 0 && Int(position) < count, "a contact position out of range")
      return Int(position)
    }
  }

  /// The reasons of the contact each of `keys` finds by `position` (none when it finds
  /// none), in order, in chunks on every core.
  private func reasons<Keys: Collection & Sendable>(
    of keys: Keys, position: @Sendable (Keys.Element) -> Int?
  ) -> [[ReasonCode]] where Keys.Index == Int {
    ChunkedWork(count: keys.count, chunks: ProcessInfo.processInfo.activeProcessorCount)
      .flatMap { range in
        var tally = EngagementTally(slots: index.compiled.slotTypes.count)
        return range.map { offset in
          guard let contact = position(keys[keys.startIndex + offset]) else { return [] }
          index.tally(ofContact: contact, kernel: kernel, into: &tally)
          return scorer.score(contact: contact, in: index, tally: tally, cutoff: cutoff).reasons
        }
      }
  }
}
