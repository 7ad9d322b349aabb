import Dispatch
import Foundation

/// Work over `0..<count` split into consecutive chunks that run on every core, the results
/// put back in chunk order: the output is the same as a sequential loop's, whatever the
/// scheduling, as long as each chunk's work reads only shared immutable values.
///
/// ```swift
/// let squares = ParallelChunks.flatMap(count: 10, chunkSize: 4) { range in
///   range.map { $0 * $0 }
/// }  // [0, 1, 4, …, 81]
/// ```
package enum ParallelChunks {
  /// `transform` applied to consecutive ranges of at most `chunkSize` indices covering
  /// `0..<count`, concatenated in order.
  ///
  /// - Precondition: `chunkSize > 0`.
  package static func flatMap<T: Sendable>(
    count: Int, chunkSize: Int, _ transform: @escaping @Sendable (Range<Int>) -> [T]
  ) -> [T] {
    precondition(chunkSize > 0, "chunks must hold at least one index")
    let chunks = (count + chunkSize - 1) / chunkSize
    guard chunks > 1 else { return count > 0 ? transform(0..<count) : [] }
    let results = Results<T>(chunks: chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      let start = chunk * chunkSize
      results.store(transform(start..<min(start + chunkSize, count)), at: chunk)
    }
    return results.joined()
  }

  /// The chunks' results, written under a lock as each chunk finishes.
  private final class Results<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [[T]]

    init(chunks: Int) { self.chunks = Array(repeating: [], count: chunks) }

    func store(_ result: [T], at chunk: Int) {
      lock.lock()
      defer { lock.unlock() }
      chunks[chunk] = result
    }

    func joined() -> [T] {
      lock.lock()
      defer { lock.unlock() }
      return Array(chunks.joined())
    }
  }
}
