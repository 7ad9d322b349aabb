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
    ChunkedWork(count: ids.count, chunks: ProcessInfo.processInfo.activeProcessorCount)
      .flatMap { range in
        var tally = EngagementTally(slots: index.compiled.slotTypes.count)
        return ids[range].map { id in
          guard let position = index.log.contactIndex[id].map(Int.init) else { return [] }
          index.tally(ofContact: position, kernel: kernel, into: &tally)
          return scorer.score(contact: position, in: index, tally: tally, cutoff: cutoff).reasons
        }
      }
  }
}
