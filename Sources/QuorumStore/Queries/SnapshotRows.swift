import Dispatch
import QuorumAnalytics

/// A score snapshot's rows, prepared in order on another thread while the caller writes
/// the ones ready: the accounts' reasons in batches, then the contacts' lines (persona,
/// committee role, champion) in batches with their reasons encoded, then the texts.
///
/// One ``ReasonCodec`` encodes every row, accounts then contacts, one after the other, so
/// the codes and bytes are those of a serial encoding; only the time moves, to the cores
/// SQLite's inserts leave free. The accounts come first so that their encoding overlaps
/// with the contacts' explanation and the writer's inserts (last, it was a stretch of one
/// core with the writer waiting), and in batches so that the writer inserts the first
/// accounts while the next are encoded. Contacts explained on demand are explained one
/// stage ahead of their encoding.
///
/// ```swift
/// let rows = SnapshotRows(view)  // starts preparing now
/// while let batch = rows.nextAccounts() { insert(accounts[batch.range], batch.reasons) }
/// while let batch = rows.nextContacts() { insert(batch) }
/// let texts = rows.texts()
/// ```
struct SnapshotRows: Sendable {
  /// Consecutive contacts with their reasons' bytes.
  struct ContactBatch: Sendable {
    let contacts: [ContactQualification]
    let reasons: EncodedReasons
  }

  /// The reasons' bytes of the accounts at `range` of `scoring.accounts`.
  struct AccountBatch: Sendable {
    let range: Range<Int>
    let reasons: EncodedReasons
  }

  /// A few batches ahead of the writer at most: the rows are ready when it wants them,
  /// without a second copy of every contact line in memory.
  private let contactBatches = OrderedHandoff<ContactBatch>(capacity: 4)
  /// The accounts' reasons, in `scoring.accounts` order.
  private let accountBatches = OrderedHandoff<AccountBatch>()
  /// Every text the codes refer to, once every row is encoded.
  private let textList = OrderedHandoff<[String]>()

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
    DispatchQueue.global(qos: .userInitiated).async {
      [explained, contactBatches, accountBatches, textList] in
      let accounts = view.scoring.accounts
      // Most texts are an account's own (a rollup's contacts, its fit values): sized for
      // about one per account reason, the table does not grow a dozen times over.
      var codec = ReasonCodec(expectedTexts: accounts.reduce(4_096) { $0 + $1.reasons.count })
      for start in stride(from: 0, to: accounts.count, by: batchSize) {
        let range = start..<min(start + batchSize, accounts.count)
        let reasons = EncodedReasons(rows: range.count, codec: &codec) {
          accounts[range.lowerBound + $0].reasons
        }
        guard accountBatches.send(AccountBatch(range: range, reasons: reasons)) else {
          explained.cancel()
          return  // the writer stopped taking rows
        }
      }
      accountBatches.finish()
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
      textList.send(codec.texts)
      textList.finish()
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

  /// The next batch of accounts' reasons, in `scoring.accounts` order, waiting until it is
  /// ready; `nil` after the last.
  func nextAccounts() -> AccountBatch? { accountBatches.next() }

  /// The next batch of contacts, in `forEachContact` order, waiting until it is ready;
  /// `nil` after the last.
  func nextContacts() -> ContactBatch? { contactBatches.next() }

  /// Every text the codes refer to, by code, waiting until every row is encoded.
  ///
  /// - Precondition: called once.
  func texts() -> [String] {
    guard let texts = textList.next() else { preconditionFailure("the texts were taken") }
    return texts
  }

  /// Stops taking rows: batches waiting and still to come are dropped.
  func cancel() {
    explained.cancel()
    contactBatches.cancel()
    accountBatches.cancel()
    textList.cancel()
  }
}
