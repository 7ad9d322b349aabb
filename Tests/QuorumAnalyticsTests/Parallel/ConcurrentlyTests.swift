import Foundation
import Testing

@testable import QuorumAnalytics

@Suite struct ConcurrentlyTests {
  private struct Failure: Error, Equatable {}

  /// Both results come back, each from its own closure: 0 + … + 999 = 499,500 in the
  /// background, 2¹⁰ in the foreground.
  @Test func bothResultsComeBack() {
    let (sum, power) = concurrently {
      (0..<1_000).reduce(0, +)
    } and: {
      1 << 10
    }
    #expect(sum == 499_500 && power == 1_024)
  }

  /// The background runs while the foreground waits for it: a foreground that blocks until
  /// the background has signalled returns (run serially, it would never finish).
  @Test(.timeLimit(.minutes(1))) func theBackgroundRunsWhileTheForegroundDoes() {
    let started = DispatchSemaphore(value: 0)
    let (background, foreground) = concurrently {
      started.signal()
      return "background"
    } and: {
      started.wait()
      return "foreground"
    }
    #expect(background == "background" && foreground == "foreground")
  }

  /// Called from every thread of the pool at once (each pool thread busy with a caller),
  /// each call still returns both results: a background no thread has started runs in
  /// its caller.
  @Test(.timeLimit(.minutes(1))) func callsFromEveryPoolThreadAllReturn() {
    let sums = ChunkedWork(count: 64, chunks: 64).map(each: { item in
      let (background, foreground) = concurrently {
        item * 2
      } and: {
        item + 1
      }
      return background + foreground
    })
    #expect(sums == (0..<64).map { $0 * 3 + 1 })
  }

  /// A foreground error is rethrown, after the background has finished.
  @Test func aForegroundErrorIsRethrownAfterTheBackgroundFinishes() {
    let finished = Flag()
    #expect(throws: Failure()) {
      _ = try concurrently {
        Thread.sleep(forTimeInterval: 0.05)
        finished.set()
      } and: { () throws(Failure) -> Int in
        throw Failure()
      }
    }
    #expect(finished.isSet)
  }

  /// Work no pool thread has claimed runs in the caller that asks for its value, once.
  @Test func unclaimedWorkRunsInTheCallerOnce() {
    let runs = Counter()
    let work = ClaimableWork {
      runs.add()
      return ObjectIdentifier(Thread.current)
    }
    let caller = ObjectIdentifier(Thread.current)
    #expect(work.value() == caller)
    work.runUnlessClaimed()  // too late: claimed already, does nothing
    #expect(work.value() == caller)  // asked again: the same value, not run again
    #expect(runs.value == 1)
  }

  /// Work a pool thread has claimed and run gives that run's value to the caller, and is
  /// not run again.
  @Test(.timeLimit(.minutes(1))) func claimedWorkGivesItsValueAndRunsOnce() {
    let runs = Counter()
    let work = ClaimableWork {
      runs.add()
      return 42
    }
    let ran = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      work.runUnlessClaimed()
      ran.signal()
    }
    ran.wait()
    #expect(work.value() == 42)
    #expect(work.value() == 42)
    #expect(runs.value == 1)
  }
}

/// A flag set from another thread.
private final class Flag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false
  var isSet: Bool { lock.withLock { value } }
  func set() { lock.withLock { value = true } }
}

/// A count shared between threads.
private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  var value: Int { lock.withLock { count } }
  func add() { lock.withLock { count += 1 } }
}
