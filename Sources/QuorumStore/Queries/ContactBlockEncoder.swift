import Foundation
import QuorumAnalytics

/// Encodes a scored view's contacts into ``ContactScoreBlock``s, in order, each score read
/// in place beside its line (``QualificationView/lines``) and its recorded reasons.
struct ContactBlockEncoder: Sendable {
  /// One encoded block: its first contact, its number of contacts and its bytes.
  struct Block: Sendable {
    let firstContactID: String
    let count: Int
    let bytes: [UInt8]
  }

  private let view: QualificationView
  private let reasons: SnapshotReasons

  /// The number of blocks.
  var count: Int {
    (view.scoring.contacts.count + ContactScoreBlock.capacity - 1) / ContactScoreBlock.capacity
  }

  /// The encoder of the contacts of `view` with the reasons recorded when it was scored.
  ///
  /// - Precondition: `reasons` hold one row per contact of `view` (the caller checks).
  init(_ view: QualificationView, reasons: SnapshotReasons) {
    self.view = view
    self.reasons = reasons
  }

  /// Block `index`: contacts `index × capacity` up to the next block's first, with their
  /// `lines` (the view's).
  ///
  /// - Complexity: O(the block's contacts and reasons).
  func block(_ index: Int, lines: ContactLines) -> Block {
    let contacts = view.scoring.contacts
    let capacity = ContactScoreBlock.capacity
    let range = index * capacity..<min(index * capacity + capacity, contacts.count)
    var block = ContactScoreBlock.Writer()
    for position in range {
      let score = contacts[position]
      let persona = lines.personas[position]
      let stored = StoredContactScore(
        contactID: score.contactID, accountID: score.accountID,
        matchMethod: score.match.method.rawValue, fit: score.fit,
        engagement: score.engagement, framework: score.framework, score: score.total,
        stage: score.stage.rawValue,
        seniority: persona.seniority.rawValue, department: persona.department.rawValue,
        committeeRole: lines.roles[position]?.rawValue, isChampion: lines.champions[position])
      reasons.withContactBytes(position) { head, tail in
        block.append(stored, reasons: head, tail)
      }
    }
    return Block(
      firstContactID: contacts[range.lowerBound].contactID, count: range.count, bytes: block.bytes)
  }

  /// Every block, encoded on `threads` other threads (each every `threads`-th block, in
  /// order) while the caller goes on and takes them in order (``Blocks/next()``), ahead
  /// without limit: the encoders keep going while the caller writes the accounts (half a
  /// million contacts' blocks are 56 MB), and two of them keep up with its writing of the
  /// blocks, where one left it waiting a tenth of a second. The caller cancels if it stops
  /// early: the threads then stop before their next block.
  ///
  /// - Precondition: `threads` is positive.
  func encodingInBackground(threads: Int = 2) -> Blocks {
    precondition(threads > 0, "no encoding thread")
    let lines = view.lines
    let handoffs = (0..<threads).map { first in
      let handoff = OrderedHandoff<Block>()
      let thread = Thread {
        for index in stride(from: first, to: count, by: threads) {
          guard !handoff.isCancelled, handoff.send(block(index, lines: lines)) else { break }
        }
        handoff.finish()
      }
      thread.name = "quorum-snapshot-contacts-\(first)"
      thread.start()
      return handoff
    }
    return Blocks(handoffs: handoffs)
  }

  /// The blocks several threads encode, taken in order: block `i` from thread `i` modulo
  /// their number.
  struct Blocks: Sendable {
    private let handoffs: [OrderedHandoff<Block>]
    /// The number of blocks taken.
    private var taken = 0

    fileprivate init(handoffs: [OrderedHandoff<Block>]) {
      self.handoffs = handoffs
    }

    /// The next block, waiting for it; `nil` after the last.
    mutating func next() -> Block? {
      defer { taken += 1 }
      return handoffs[taken % handoffs.count].next()
    }

    /// Stops the threads before their next block.
    func cancel() {
      for handoff in handoffs { handoff.cancel() }
    }
  }
}
