import Dispatch
import Foundation
import QuorumAnalytics
import Testing

@testable import QuorumStore

@Suite struct SnapshotRowsTests {
  /// A generated CRM of 30 accounts scored as of its last day: a few hundred contacts with
  /// fit, engagement and framework reasons, and texts shared between rows.
  static func view(configure: (inout QualificationPipeline) -> Void = { _ in }) throws
    -> QualificationView
  {
    var data = CRMData()
    try SyntheticCRM(settings: SyntheticCRMSettings(accounts: 30, seed: 11)).generate {
      data.append($0)
    }
    let asOf = data.activities.map(\.occurredAt).max() ?? Timestamp(millisecondsSince1970: 0)
    var pipeline = QualificationPipeline(model: .default)
    configure(&pipeline)
    return try pipeline.run(data, asOf: asOf)
  }

  /// The view `quorum score` stores — contacts explained on demand by position, batch by
  /// batch, from their contact lines — gives the rows, bytes and texts of the view that
  /// kept every contact's reasons, at any batch size.
  @Test(arguments: [1, 7, 4_096])
  func contactsExplainedByPositionGiveTheSameRows(batchSize: Int) throws {
    let explained = try Self.view()
    let onDemand = try Self.view { pipeline in
      pipeline.explainsContactsOnDemand = true
      pipeline.findsContactLines = true
    }
    #expect(onDemand.contactLines != nil && onDemand.contactExplainer != nil)
    func rows(_ view: QualificationView) -> (lines: [String], bytes: [[UInt8]], texts: [String]) {
      let rows = SnapshotRows(view, batchSize: batchSize)
      var lines: [String] = []
      var bytes = Self.accountBytes(rows)
      while let batch = rows.nextContacts() {
        lines += batch.contacts.map {
          "\($0.score.contactID) \($0.persona) \(String(describing: $0.committeeRole)) \($0.isChampion)"
        }
        bytes += batch.reasons.ends.indices.map {
          Array(batch.reasons.bytes[batch.reasons.range(ofRow: $0)])
        }
      }
      return (lines, bytes, rows.texts())
    }
    let (expectedLines, expectedBytes, expectedTexts) = rows(explained)
    let (lines, bytes, texts) = rows(onDemand)
    #expect(lines == expectedLines)
    #expect(bytes == expectedBytes)
    #expect(texts == expectedTexts)
    #expect(bytes.filter { !$0.isEmpty }.count > 100)
  }

  /// Prepared on another thread in batches of any size, the rows are the view's contact
  /// lines in order, and the bytes and texts are exactly those of one codec encoding every
  /// account and then every contact, one after the other.
  @Test(arguments: [1, 7, 4_096])
  func batchesHoldTheContactsAndTheirSerialEncoding(batchSize: Int) throws {
    let view = try Self.view()
    var serial = ReasonCodec()
    let accountBytes = view.scoring.accounts.map { account in
      var bytes: [UInt8] = []
      serial.encode(account.reasons, into: &bytes)
      return bytes
    }
    let contactBytes = view.scoring.contacts.map { contact in
      var bytes: [UInt8] = []
      serial.encode(contact.reasons, into: &bytes)
      return bytes
    }
    let rows = SnapshotRows(view, batchSize: batchSize)
    #expect(Self.accountBytes(rows, batchSize: batchSize) == accountBytes)
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
    #expect(view.scoring.contacts.count > 200)
    #expect(batches == (view.scoring.contacts.count + batchSize - 1) / batchSize)
    #expect(contacts == view.contacts)
    #expect(bytes == contactBytes)
    #expect(rows.texts() == serial.texts)
    #expect(serial.texts.count > 128)
  }

  /// The accounts' reasons' bytes of every batch, in order; each batch the next
  /// `batchSize` accounts at most, where the one before ended.
  private static func accountBytes(_ rows: SnapshotRows, batchSize: Int = .max) -> [[UInt8]] {
    var bytes: [[UInt8]] = []
    while let batch = rows.nextAccounts() {
      #expect(batch.range.lowerBound == bytes.count && batch.range.count <= batchSize)
      #expect(batch.reasons.count == batch.range.count)
      bytes += batch.reasons.ends.indices.map {
        Array(batch.reasons.bytes[batch.reasons.range(ofRow: $0)])
      }
    }
    return bytes
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

  /// A producer never has more than `capacity` values waiting, however far ahead it is,
  /// and a value taken is no longer held; after `cancel()`, sends return false and the
  /// producer stops.
  @Test func handoffHoldsAtMostItsCapacityAndStopsItsProducerOnCancel() {
    let handoff = OrderedHandoff<Tracked>(capacity: 2)
    let stopped = DispatchSemaphore(value: 0)
    let sent = Counter()
    DispatchQueue.global().async {
      for value in 0..<10_000 {
        guard handoff.send(Tracked(value)) else { break }
        sent.add(1)
      }
      stopped.signal()
    }
    for expected in 0..<1_000 {
      let value = handoff.next()?.value
      #expect(value == expected)
      #expect(Tracked.alive.value <= 3)  // two waiting, one being sent
    }
    #expect(handoff.peakWaiting <= 2)
    handoff.cancel()
    stopped.wait()
    #expect(sent.value < 10_000)
    #expect(handoff.next() == nil)
    #expect(Tracked.alive.value == 0)
  }
}

/// A value that counts the live instances of its type.
private final class Tracked: Sendable {
  static let alive = Counter()
  let value: Int

  init(_ value: Int) {
    self.value = value
    Self.alive.add(1)
  }

  deinit { Self.alive.add(-1) }
}

/// A count shared between threads.
private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0

  var value: Int {
    lock.lock()
    defer { lock.unlock() }
    return count
  }

  func add(_ delta: Int) {
    lock.lock()
    defer { lock.unlock() }
    count += delta
  }
}
