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
  let work = ClaimableWork.started(background)
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
