import Dispatch
import Foundation
import QuorumAnalytics
import Testing

@testable import QuorumStore

@Suite struct SnapshotRowsTests {
  /// A generated CRM of 30 accounts scored as of its last day: a few hundred contacts with
  /// fit, engagement and framework reasons, and texts shared between rows.
  static func view() throws -> QualificationView {
    var data = CRMData()
    try SyntheticCRM(settings: SyntheticCRMSettings(accounts: 30, seed: 11)).generate {
      data.append($0)
    }
    let asOf = data.activities.map(\.occurredAt).max() ?? Timestamp(millisecondsSince1970: 0)
    return try QualificationPipeline(model: .default).run(data, asOf: asOf)
  }

  /// Prepared on another thread in batches of any size, the rows are the view's contact
  /// lines in order, and the bytes and texts are exactly those of one codec encoding every
  /// contact and then every account, one after the other.
  @Test(arguments: [1, 7, 4_096])
  func batchesHoldTheContactsAndTheirSerialEncoding(batchSize: Int) throws {
    let view = try Self.view()
    var serial = ReasonCodec()
    let contactBytes = view.scoring.contacts.map { contact in
      var bytes: [UInt8] = []
      serial.encode(contact.reasons, into: &bytes)
      return bytes
    }
    let accountBytes = view.scoring.accounts.map { account in
      var bytes: [UInt8] = []
      serial.encode(account.reasons, into: &bytes)
      return bytes
    }
    let rows = SnapshotRows(view, batchSize: batchSize)
    var contacts: [ContactQualification] = []
    var bytes: [[UInt8]] = []
    var batches = 0
    while let batch = rows.nextContacts() {
      batches += 1
      #expect(batch.contacts.count <= batchSize)
      contacts += batch.contacts
      bytes += batch.reasons.ends.indices.map {
        Array(batch.reasons.bytes[batch.reasons.range(ofRow: $0)])
      }
    }
    let ending = rows.ending()
    #expect(view.scoring.contacts.count > 200)
    #expect(batches == (view.scoring.contacts.count + batchSize - 1) / batchSize)
    #expect(contacts == view.contacts)
    #expect(bytes == contactBytes)
    #expect(
      ending.accounts.ends.indices.map {
        Array(ending.accounts.bytes[ending.accounts.range(ofRow: $0)])
      }
        == accountBytes)
    #expect(ending.texts == serial.texts)
    #expect(serial.texts.count > 128)
  }

  /// Values sent on one thread arrive on another in order, each as soon as it is sent;
  /// after the last, `next()` gives `nil`.
  @Test func handoffDeliversInOrderAndThenEnds() {
    let handoff = OrderedHandoff<Int>()
    DispatchQueue.global().async {
      for value in 0..<1_000 { handoff.send(value * 3) }
      handoff.finish()
    }
    var received: [Int] = []
    while let value = handoff.next() { received.append(value) }
    #expect(received == (0..<1_000).map { $0 * 3 })
    #expect(handoff.next() == nil)
  }

  /// A producer never runs more than `capacity` values ahead of its consumer; after
  /// `cancel()` its remaining values are dropped and it finishes without waiting.
  @Test func handoffHoldsAtMostItsCapacityAndACancelReleasesTheProducer() {
    let handoff = OrderedHandoff<Int>(capacity: 2)
    let done = DispatchSemaphore(value: 0)
    let sent = SentCount()
    DispatchQueue.global().async {
      for value in 0..<100 {
        handoff.send(value)
        sent.increment()
      }
      handoff.finish()
      done.signal()
    }
    #expect(handoff.next() == 0)
    #expect(handoff.next() == 1)
    // The producer can be at most two values ahead of the two taken, plus the one it holds.
    #expect(done.wait(timeout: .now() + 0.2) == .timedOut)
    #expect(sent.value <= 5)
    handoff.cancel()
    #expect(done.wait(timeout: .now() + 10) == .success)
    #expect(handoff.next() == nil)
  }
}

/// A counter shared with the producer thread.
private final class SentCount: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0

  var value: Int {
    lock.lock()
    defer { lock.unlock() }
    return count
  }

  func increment() {
    lock.lock()
    defer { lock.unlock() }
    count += 1
  }
}
