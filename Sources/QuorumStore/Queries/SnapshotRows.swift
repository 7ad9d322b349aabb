import Dispatch
import QuorumAnalytics

/// A score snapshot's rows, prepared in order on another thread while the caller writes
/// the ones ready: the contacts' lines (persona, committee role, champion) in batches with
/// their reasons encoded, then the accounts' reasons and the texts.
///
/// One ``ReasonCodec`` encodes every row, contacts then accounts, one after the other, so
/// the codes and bytes are those of a serial encoding; only the time moves, to the cores
/// SQLite's inserts leave free. Contacts explained on demand are explained one stage
/// ahead of their encoding.
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
    // Two stages, so that explaining a batch (when the view explains on demand) overlaps
    // with encoding the one before: the contacts with their reasons, then the bytes.
    DispatchQueue.global(qos: .userInitiated).async { [explained] in
      Self.explain(view, batchSize: batchSize, into: explained)
    }
    DispatchQueue.global(qos: .userInitiated).async { [explained, contactBatches, endings] in
      var codec = ReasonCodec()
      while let batch = explained.next() {
        let reasons = EncodedReasons(rows: batch.contacts.count, codec: &codec) {
          batch.reasons[$0]
        }
        guard contactBatches.send(ContactBatch(contacts: batch.contacts, reasons: reasons)) else {
          explained.cancel()
          return  // the writer stopped taking rows
        }
      }
      guard !explained.isCancelledByConsumer else { return }  // the writer stopped
      contactBatches.finish()
      let accounts = view.scoring.accounts
      let accountReasons = EncodedReasons(rows: accounts.count, codec: &codec) {
        accounts[$0].reasons
      }
      endings.send(Ending(accounts: accountReasons, texts: codec.texts))
      endings.finish()
    }
  }

  /// Consecutive contacts with their reasons, before encoding.
  private struct ExplainedBatch: Sendable {
    let contacts: [ContactQualification]
    let reasons: [[ReasonCode]]
  }

  /// The first stage's batches, a step ahead of their encoding.
  private let explained = OrderedHandoff<ExplainedBatch>(capacity: 2)

  /// Sends `view`'s contacts in batches with their reasons (explained on demand, or kept
  /// by their scores), in `forEachContact` order, until done or cancelled.
  private static func explain(
    _ view: QualificationView, batchSize: Int, into explained: OrderedHandoff<ExplainedBatch>
  ) {
    var batch: [ContactQualification] = []
    batch.reserveCapacity(batchSize)
    var sent = 0
    func send() throws(Cancelled) {
      let reasons = Self.reasons(of: batch, from: sent, in: view)
      sent += batch.count
      guard explained.send(ExplainedBatch(contacts: batch, reasons: reasons)) else {
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
      return  // the encoding stopped
    }
    explained.finish()
  }

  /// The reasons of `batch`, the contacts from line `first` of `view`: explained on demand
  /// by position when the view has its contact lines, else by ID; or kept by their scores.
  private static func reasons(
    of batch: [ContactQualification], from first: Int, in view: QualificationView
  ) -> [[ReasonCode]] {
    guard let explainer = view.contactExplainer else { return batch.map(\.score.reasons) }
    guard let lines = view.contactLines else {
      return explainer.reasons(ofContacts: batch.map(\.score.contactID))
    }
    return explainer.reasons(ofContactsAt: lines.positions[first..<(first + batch.count)])
  }

  /// Thrown inside the preparation to stop it when the writer has cancelled.
  private struct Cancelled: Error {}

  /// The next batch of contacts, in `forEachContact` order, waiting until it is ready;
  /// `nil` after the last.
  func nextContacts() -> ContactBatch? { contactBatches.next() }

  /// Stops taking rows: batches waiting and still to come are dropped.
  func cancel() {
    explained.cancel()
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
