import Foundation

/// Values handed from one producing thread to one consuming thread, in order, each
/// available as soon as it is produced: how the import hands the activity timelines it
/// encodes in the background over to its writer.
///
/// At most `capacity` values wait to be taken, and a value taken is no longer held: a
/// producer faster than its consumer waits instead of holding everything it made. A
/// consumer that stops early calls ``cancel()``: the producer's sends then return `false`,
/// so it can stop.
///
/// ```swift
/// let handoff = OrderedHandoff<[Int]>(capacity: 4)
/// DispatchQueue.global().async {
///   for chunk in chunks where !handoff.send(prepare(chunk)) { break }
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
  private var isFinished = false
  private var isCancelled = false
  /// The most values ever waiting at once (at most `capacity`).
  private(set) var peakWaiting = 0

  /// A handoff holding at most `capacity` values not yet taken.
  ///
  /// - Precondition: `capacity` is positive.
  init(capacity: Int = .max) {
    precondition(capacity > 0, "no room for a value")
    self.capacity = capacity
  }

  /// Hands `value` over, after the values sent before it; waits while `capacity` values
  /// are waiting to be taken. Returns `false`, dropping `value`, once the consumer has
  /// cancelled: the producer can stop.
  ///
  /// - Precondition: ``finish()`` has not been called.
  @discardableResult
  func send(_ value: Value) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    precondition(!isFinished, "a value sent after finish()")
    while pending.count >= capacity && !isCancelled { condition.wait() }
    guard !isCancelled else { return false }
    pending.append(value)
    peakWaiting = max(peakWaiting, pending.count)
    condition.broadcast()
    return true
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
    condition.broadcast()
  }

  /// The next value, waiting until it is sent; `nil` after the last one once the producer
  /// has finished, or after ``cancel()``.
  func next() -> Value? {
    condition.lock()
    defer { condition.unlock() }
    while pending.isEmpty && !isFinished && !isCancelled { condition.wait() }
    guard !pending.isEmpty else { return nil }
    // A few values at most wait: removing the first is cheap, and the queue keeps no value
    // it has handed over.
    let value = pending.removeFirst()
    condition.broadcast()
    return value
  }
}
