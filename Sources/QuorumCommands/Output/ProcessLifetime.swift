import Foundation

/// Values kept alive until the process exits, so that the exit releases their memory at
/// once instead of their deinitializers freeing it value by value.
///
/// A scoring command ends holding millions of small allocations (half a million contact
/// scores, each with its reasons and strings); freeing them one by one took about 0.8 s of
/// `quorum score` at 50,000 accounts, on one core, after the work was done. Compilers do
/// the same at exit (clang's `-disable-free`). Only the command-line tool's own context
/// has a lifetime (``CommandContext/current()``); in-process runs (tests, the demo's steps)
/// free everything as usual.
///
/// Keep only plain values: nothing holding a database connection, which must close (and
/// checkpoint its write-ahead log) normally. Values must be `Sendable`, which a connection
/// (`Database`, a non-`Sendable` class) is not, so the compiler refuses one.
public final class ProcessLifetime: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [any Sendable] = []

  /// The process's own lifetime: a global, never released, so what it keeps is released
  /// only by the exit.
  public static let process = ProcessLifetime()

  /// Creates an empty lifetime (what it keeps is freed with it).
  public init() {}

  /// Keeps `value` until the process exits.
  func keep(_ value: any Sendable) {
    lock.withLock { values.append(value) }
  }
}
