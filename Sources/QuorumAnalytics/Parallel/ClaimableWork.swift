import Dispatch
import Foundation

/// Work that whichever thread claims it first runs, once: a pool thread it was queued on,
/// or the caller asking for its value when no pool thread has started it yet — so a
/// caller never waits for a thread to become free, and cannot deadlock on a busy pool.
///
/// What ``concurrently(_:and:)`` runs in the background, and what a command's background
/// reads run on.
///
/// ```swift
/// let work = ClaimableWork.started { readActivities() }
/// let contacts = readContacts()
/// let activities = work.value()  // read meanwhile, or now
/// ```
///
/// `@unchecked Sendable`: the work and the result are read and written under the lock; the
/// semaphore orders the result's one write before a waiting caller's read.
package final class ClaimableWork<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private let finished = DispatchSemaphore(value: 0)
  private var work: (@Sendable () -> Value)?
  private var result: Value?

  /// Work to be claimed by ``runUnlessClaimed()`` or ``value()``.
  package init(_ work: @escaping @Sendable () -> Value) { self.work = work }

  /// `work`, queued now on a global dispatch queue.
  package static func started(_ work: @escaping @Sendable () -> Value) -> ClaimableWork {
    let claimable = ClaimableWork(work)
    DispatchQueue.global(qos: .userInitiated).async { claimable.runUnlessClaimed() }
    return claimable
  }

  /// Runs the work on this (pool) thread, unless the caller has claimed it.
  package func runUnlessClaimed() {
    guard let work = claim() else { return }
    finish(work())
  }

  /// The work's value: computed here when no thread has started it, else awaited. Any
  /// number of calls give the same value.
  package func value() -> Value {
    if let work = claim() { finish(work()) }
    finished.wait()
    finished.signal()  // left signalled for a later call
    guard let value = lock.withLock({ result }) else {
      preconditionFailure("the work finished without a value")
    }
    return value
  }

  private func finish(_ value: Value) {
    lock.withLock { result = value }
    finished.signal()
  }

  /// The work, taken by the first caller (then `nil` for every later one).
  private func claim() -> (@Sendable () -> Value)? {
    lock.withLock {
      defer { work = nil }
      return work
    }
  }
}
