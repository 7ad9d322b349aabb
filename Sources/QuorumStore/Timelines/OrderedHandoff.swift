import Foundation

/// Values handed from one producing thread to one consuming thread, in order, each
/// available as soon as it is produced: how the import hands the activity timelines it
/// encodes in the background over to its writer, and a snapshot its contacts' blocks.
///
/// At most `capacity` values wait to be taken, and a value taken is no longer held: with a
/// capacity, a producer faster than its consumer waits instead of holding everything it
/// made (without, the default, it runs ahead). A consumer that stops early calls
/// ``cancel()``: the producer's sends then return `false`, so it can stop.
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
  /// The values sent and not yet taken: `queue[head...]` (the taken ones before `head` are
  /// `nil`, dropped once they are half the queue).
  private var queue: [Value?] = []
  private var head = 0
  private var waiting: Int { queue.count - head }
  private var isFinished = false
  private var cancelled = false
  /// Whether the consumer has cancelled: a producer can stop before making its next value.
  var isCancelled: Bool {
    condition.lock()
    defer { condition.unlock() }
    return cancelled
  }

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
    while waiting >= capacity && !cancelled { condition.wait() }
    guard !cancelled else { return false }
    queue.append(value)
    peakWaiting = max(peakWaiting, waiting)
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
    cancelled = true
    queue.removeAll()
    head = 0
    condition.broadcast()
  }

  /// The next value, waiting until it is sent; `nil` after the last one once the producer
  /// has finished, or after ``cancel()``.
  func next() -> Value? {
    condition.lock()
    defer { condition.unlock() }
    while waiting == 0 && !isFinished && !cancelled { condition.wait() }
    guard waiting > 0, let value = queue[head] else { return nil }
    // The queue keeps no value it has handed over, and shifts the rest only now and then.
    queue[head] = nil
    head += 1
    if head * 2 >= queue.count {
      queue.removeFirst(head)
      head = 0
    }
    condition.broadcast()
    return value
  }
}
