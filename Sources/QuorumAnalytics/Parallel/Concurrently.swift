import Dispatch
import Foundation

/// Runs `background`, usually on another thread, while `foreground` runs on this one, and
/// returns both results once both have finished: how an analysis overlaps a serial stretch
/// of work with another that does not depend on it, so that neither leaves a core idle.
///
/// ```swift
/// let (departments, matches) = concurrently {
///   departmentCodes(contacts)
/// } and: {
///   match(contacts)
/// }
/// ```
///
/// The background work always finishes before this returns, also when `foreground` throws.
/// When no thread has started it by the time `foreground` is done (every pool thread busy,
/// e.g. when called from one), it runs here instead: the call never waits for a thread, so
/// it cannot deadlock, provided `foreground` never waits for `background`. Either closure
/// may itself run on all cores (``ChunkedWork``); the results do not depend on the threads.
package func concurrently<Background: Sendable, Foreground, Failure: Error>(
  _ background: @escaping @Sendable () -> Background,
  and foreground: () throws(Failure) -> Foreground
) throws(Failure) -> (Background, Foreground) {
  let work = ClaimableWork(background)
  DispatchQueue.global(qos: .userInitiated).async { work.runUnlessClaimed() }
  let outcome: Result<Foreground, Failure>
  do {
    outcome = .success(try foreground())
  } catch {
    outcome = .failure(error)
  }
  // The background's value first: an error is rethrown only once the background is done.
  let backgroundValue = work.value()
  return (backgroundValue, try outcome.get())
}

/// Work that whichever thread claims it first runs, once: a pool thread, or the caller
/// when no pool thread has started it yet.
///
/// `@unchecked Sendable`: the work and the result are read and written under the lock; the
/// semaphore orders the result's one write before the waiting caller's read.
final class ClaimableWork<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private let finished = DispatchSemaphore(value: 0)
  private var work: (@Sendable () -> Value)?
  private var result: Value?

  /// Work to be claimed by ``runUnlessClaimed()`` or ``value()``.
  init(_ work: @escaping @Sendable () -> Value) { self.work = work }

  /// Runs the work on this (pool) thread, unless the caller has claimed it.
  func runUnlessClaimed() {
    guard let work = claim() else { return }
    let value = work()
    lock.withLock { result = value }
    finished.signal()
  }

  /// The work's value: computed here when no thread has started it, else awaited.
  func value() -> Value {
    if let work = claim() { return work() }
    finished.wait()
    guard let value = lock.withLock({ result }) else {
      preconditionFailure("the work finished without a value")
    }
    return value
  }

  /// The work, taken by the first caller (then `nil` for every later one).
  private func claim() -> (@Sendable () -> Value)? {
    lock.withLock {
      defer { work = nil }
      return work
    }
  }
}
