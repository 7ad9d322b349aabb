import Dispatch

/// Runs `background` on another thread while `foreground` runs on this one, and returns
/// both results once both have finished: how an analysis overlaps a serial stretch of work
/// with another that does not depend on it, so that neither leaves a core idle.
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
/// Either may itself run on all cores (``ChunkedWork``); the results do not depend on the
/// threads.
package func concurrently<Background: Sendable, Foreground, Failure: Error>(
  _ background: @escaping @Sendable () -> Background,
  and foreground: () throws(Failure) -> Foreground
) throws(Failure) -> (Background, Foreground) {
  let slot = BackgroundResult<Background>()
  DispatchQueue.global(qos: .userInitiated).async {
    slot.value = background()
    slot.finished.signal()
  }
  let outcome: Result<Foreground, Failure>
  do {
    outcome = .success(try foreground())
  } catch {
    outcome = .failure(error)
  }
  slot.finished.wait()
  guard let backgroundValue = slot.value else { preconditionFailure("no background result") }
  return (backgroundValue, try outcome.get())
}

/// The slot a background closure writes once before signalling, read only after the wait.
///
/// `@unchecked Sendable`: the semaphore orders the one write before the read.
private final class BackgroundResult<Value>: @unchecked Sendable {
  let finished = DispatchSemaphore(value: 0)
  var value: Value?
}
