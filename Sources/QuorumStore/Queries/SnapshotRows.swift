import Dispatch
import QuorumAnalytics

/// A score snapshot's rows, prepared in order on another thread while the caller writes
/// the ones ready: the contacts' lines (persona, committee role, champion) in batches with
/// their reasons encoded, then the accounts' reasons and the texts.
///
/// One ``ReasonCodec`` encodes every row, contacts then accounts, one after the other, so
/// the codes and bytes are those of a serial encoding; only the time moves, to the core
/// SQLite's inserts leave free.
///
/// ```swift
/// let rows = SnapshotRows(view)  // starts preparing now
/// while let batch = rows.nextContacts() { insert(batch) }
/// let ending = rows.ending()  // accounts' reasons and the texts
/// ```
struct SnapshotRows: Sendable {
  /// Consecutive contacts with their reasons' bytes.
  struct ContactBatch: Sendable {
    let contacts: [ContactQualification]
    let reasons: EncodedReasons
  }

  /// What follows the contacts: the accounts' reasons, in `scoring.accounts` order, and
  /// every text the codes refer to.
  struct Ending: Sendable {
    let accounts: EncodedReasons
    let texts: [String]
  }

  /// A few batches ahead of the writer at most: the rows are ready when it wants them,
  /// without a second copy of every contact line in memory.
  private let contactBatches = OrderedHandoff<ContactBatch>(capacity: 4)
  private let endings = OrderedHandoff<Ending>()

  /// Starts preparing `view`'s rows, `batchSize` contacts at a time.
  ///
  /// A caller that stops taking rows calls ``cancel()``: the preparation then stops at its
  /// next batch.
  ///
  /// - Precondition: `batchSize` is positive.
  init(_ view: QualificationView, batchSize: Int = 4_096) {
    precondition(batchSize > 0, "empty batches")
    DispatchQueue.global(qos: .userInitiated).async { [contactBatches, endings] in
      var codec = ReasonCodec()
      var batch: [ContactQualification] = []
      batch.reserveCapacity(batchSize)
      func send() throws(Cancelled) {
        let explained = view.contactExplainer?.reasons(ofContacts: batch.map(\.score.contactID))
        let reasons = EncodedReasons(rows: batch.count, codec: &codec) {
          explained?[$0] ?? batch[$0].score.reasons
        }
        guard contactBatches.send(ContactBatch(contacts: batch, reasons: reasons)) else {
          throw Cancelled()
        }
        batch.removeAll(keepingCapacity: true)
      }
      do {
        try view.forEachContact { contact in
          batch.append(contact)
          if batch.count == batchSize { try send() }
        }
        if !batch.isEmpty { try send() }
      } catch {
        return  // the writer stopped taking rows
      }
      contactBatches.finish()
      let accounts = view.scoring.accounts
      let accountReasons = EncodedReasons(rows: accounts.count, codec: &codec) {
        accounts[$0].reasons
      }
      endings.send(Ending(accounts: accountReasons, texts: codec.texts))
      endings.finish()
    }
  }

  /// Thrown inside the preparation to stop it when the writer has cancelled.
  private struct Cancelled: Error {}

  /// The next batch of contacts, in `forEachContact` order, waiting until it is ready;
  /// `nil` after the last.
  func nextContacts() -> ContactBatch? { contactBatches.next() }

  /// Stops taking rows: batches waiting and still to come are dropped.
  func cancel() {
    contactBatches.cancel()
    endings.cancel()
  }

  /// The accounts' reasons and the texts, waiting until they are ready.
  ///
  /// - Precondition: called once.
  func ending() -> Ending {
    guard let ending = endings.next() else { preconditionFailure("the ending was taken") }
    return ending
  }
}
