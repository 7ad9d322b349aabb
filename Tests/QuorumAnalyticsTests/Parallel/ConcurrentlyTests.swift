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
  @Test func theBackgroundRunsWhileTheForegroundDoes() {
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
}

/// A flag set from another thread.
private final class Flag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false
  var isSet: Bool { lock.withLock { value } }
  func set() { lock.withLock { value = true } }
}
