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

  /// Every block, encoded in order on another thread (the view's lines first) while the
  /// caller goes on and takes them, `ahead` blocks ahead at most (by default all: the
  /// encoder keeps going while the caller writes the accounts; half a million contacts'
  /// blocks are 56 MB). The caller cancels the handoff if it stops early: the thread then
  /// stops before its next block.
  func encodingInBackground(ahead: Int = .max) -> OrderedHandoff<Block> {
    let handoff = OrderedHandoff<Block>(capacity: ahead)
    let thread = Thread {
      guard !handoff.isCancelled else { return handoff.finish() }
      let lines = view.lines
      for index in 0..<count {
        guard !handoff.isCancelled, handoff.send(block(index, lines: lines)) else { break }
      }
      handoff.finish()
    }
    thread.name = "quorum-snapshot-contacts"
    thread.start()
    return handoff
  }
}
