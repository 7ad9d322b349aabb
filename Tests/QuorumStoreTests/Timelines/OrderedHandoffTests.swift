import Dispatch
import Foundation
import Testing

@testable import QuorumStore

@Suite struct OrderedHandoffTests {
  /// Values sent from another thread arrive in order, then the handoff ends.
  @Test func valuesArriveInOrderThenTheHandoffEnds() {
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

  /// Many values waiting at once (a producer far ahead) are taken in order, the queue
  /// dropping the taken ones as it goes, with values sent in between.
  @Test func manyWaitingValuesAreTakenInOrder() {
    let handoff = OrderedHandoff<Int>()
    for value in 0..<1_000 { handoff.send(value) }
    var received: [Int] = []
    for _ in 0..<700 { received.append(handoff.next() ?? -1) }
    for value in 1_000..<1_500 { handoff.send(value) }
    handoff.finish()
    while let value = handoff.next() { received.append(value) }
    #expect(received == Array(0..<1_500))
    #expect(handoff.peakWaiting == 1_000)
  }

  /// A producer never has more than `capacity` values waiting, however far ahead it is,
  /// and a value taken is no longer held; after `cancel()`, sends return false and the
  /// producer stops.
  @Test func aProducerHoldsAtMostTheCapacityAndStopsOnCancel() {
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
