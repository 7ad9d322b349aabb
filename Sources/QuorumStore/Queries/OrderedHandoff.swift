import Foundation

/// Values handed from one producing thread to one consuming thread, in order, each
/// available as soon as it is produced: how a snapshot's rows are prepared on one core
/// while the other writes the rows already prepared.
///
/// At most `capacity` values wait to be taken: a producer faster than its consumer waits
/// instead of holding everything it made. A consumer that stops early calls ``cancel()``,
/// so the producer's remaining values are dropped rather than waited for.
///
/// ```swift
/// let handoff = OrderedHandoff<[Int]>(capacity: 4)
/// DispatchQueue.global().async {
///   for chunk in chunks { handoff.send(prepare(chunk)) }
///   handoff.finish()
/// }
/// defer { handoff.cancel() }
/// while let prepared = handoff.next() { try write(prepared) }
/// ```
///
/// Sendable by construction: every access to the queue is under the condition's lock.
final class OrderedHandoff<Value: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private let capacity: Int
  private var pending: [Value] = []
  private var head = 0
  private var isFinished = false
  private var isCancelled = false

  /// A handoff holding at most `capacity` values not yet taken.
  ///
  /// - Precondition: `capacity` is positive.
  init(capacity: Int = .max) {
    precondition(capacity > 0, "no room for a value")
    self.capacity = capacity
  }

  /// Hands `value` over, after the values sent before it; waits while `capacity` values
  /// are waiting to be taken. After ``cancel()``, drops it.
  ///
  /// - Precondition: ``finish()`` has not been called.
  func send(_ value: Value) {
    condition.lock()
    defer { condition.unlock() }
    precondition(!isFinished, "a value sent after finish()")
    while pending.count - head >= capacity && !isCancelled { condition.wait() }
    guard !isCancelled else { return }
    pending.append(value)
    condition.broadcast()
  }

  /// Marks the end: ``next()`` returns `nil` once the values sent are taken.
  func finish() {
    condition.lock()
    defer { condition.unlock() }
    isFinished = true
    condition.broadcast()
  }

  /// Stops taking values: those waiting and those still to be sent are dropped, and a
  /// producer waiting for room goes on.
  func cancel() {
    condition.lock()
    defer { condition.unlock() }
    isCancelled = true
    pending.removeAll()
    head = 0
    condition.broadcast()
  }

  /// The next value, waiting until it is sent; `nil` after the last one once the producer
  /// has finished, or after ``cancel()``.
  func next() -> Value? {
    condition.lock()
    defer { condition.unlock() }
    while head == pending.count && !isFinished && !isCancelled { condition.wait() }
    guard head < pending.count else { return nil }
    let value = pending[head]
    head += 1
    if head == pending.count {
      // Taken values are let go as the queue empties.
      pending.removeAll(keepingCapacity: true)
      head = 0
    }
    condition.broadcast()
    return value
  }
}
