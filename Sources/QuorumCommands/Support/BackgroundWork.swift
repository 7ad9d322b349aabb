import Dispatch

/// Work started on another thread now and awaited later: how a command overlaps two
/// independent pieces of work (for example reading the activities on a second database
/// connection while the contacts load) on the machine's cores.
///
/// ```swift
/// let activities = BackgroundWork { try readActivities() }
/// let contacts = try readContacts()
/// let log = try activities.value()
/// ```
///
/// Sendable by construction: the result is written once by the worker before the
/// semaphore is signalled, and read only after waiting on it.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
  private let finished = DispatchSemaphore(value: 0)
  private var result: Result<Value, any Error> = .failure(CancellationError())

  /// Starts `work` on a global dispatch queue.
  init(_ work: @escaping @Sendable () throws -> Value) {
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      result = Result(catching: work)
      finished.signal()
    }
  }

  /// Waits for the work to finish; returns its value or rethrows its error.
  func value() throws -> Value {
    finished.wait()
    defer { finished.signal() }
    return try result.get()
  }
}

/// Thrown by a ``BackgroundWork`` whose result was read before it ran (cannot happen: the
/// result is only read after the worker signals).
private struct CancellationError: Error {}
