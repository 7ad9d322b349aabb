import QuorumAnalytics

/// Work started on another thread now and awaited later: how a command overlaps two
/// independent pieces of work (for example reading the activities on a second database
/// connection while the contacts load) on the machine's cores. A throwing
/// ``ClaimableWork``: when no thread has started it by the time its value is asked for,
/// the caller runs it.
///
/// ```swift
/// let activities = BackgroundWork { try readActivities() }
/// let contacts = try readContacts()
/// let log = try activities.value()
/// ```
struct BackgroundWork<Value: Sendable>: Sendable {
  private let work: ClaimableWork<Result<Value, any Error>>

  /// Starts `work` on a global dispatch queue.
  init(_ work: @escaping @Sendable () throws -> Value) {
    self.work = .started { Result(catching: work) }
  }

  /// Waits for the work to finish (or runs it, when no thread has); returns its value or
  /// rethrows its error.
  func value() throws -> Value { try work.value().get() }
}
