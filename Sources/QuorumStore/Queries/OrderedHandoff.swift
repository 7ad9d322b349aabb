import Foundation

/// Values handed from one producing thread to one consuming thread, in order, each
/// available as soon as it is produced: how a snapshot's rows are prepared on one core
/// while the other writes the rows already prepared.
///
/// ```swift
/// let handoff = OrderedHandoff<[Int]>()
/// DispatchQueue.global().async {
///   for chunk in chunks { handoff.send(prepare(chunk)) }
///   handoff.finish()
/// }
/// while let prepared = handoff.next() { write(prepared) }
/// ```
///
/// Sendable by construction: every access to the queue is under the condition's lock.
final class OrderedHandoff<Value: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var pending: [Value] = []
  private var head = 0
  private var isFinished = false

  /// Hands `value` over, after the values sent before it.
  ///
  /// - Precondition: ``finish()`` has not been called.
  func send(_ value: Value) {
    condition.lock()
    defer { condition.unlock() }
    precondition(!isFinished, "a value sent after finish()")
    pending.append(value)
    condition.signal()
  }

  /// Marks the end: ``next()`` returns `nil` once the values sent are taken.
  func finish() {
    condition.lock()
    defer { condition.unlock() }
    isFinished = true
    condition.signal()
  }

  /// The next value, waiting until it is sent; `nil` after the last one once the producer
  /// has finished.
  func next() -> Value? {
    condition.lock()
    defer { condition.unlock() }
    while head == pending.count && !isFinished { condition.wait() }
    guard head < pending.count else { return nil }
    let value = pending[head]
    head += 1
    if head == pending.count {
      // Taken values are let go as the queue empties.
      pending.removeAll(keepingCapacity: true)
      head = 0
    }
    return value
  }
}
