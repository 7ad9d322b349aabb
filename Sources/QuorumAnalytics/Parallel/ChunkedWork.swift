import Dispatch

/// Independent work over `0..<count` split into contiguous chunks that run on all cores,
/// the results kept in item (or chunk) order.
///
/// Each result depends only on its item (or its chunk's range), and results keep their
/// order, so the output is the same on one core or many: scoring stays deterministic while
/// it uses the machine.
///
/// ```swift
/// let squares = ChunkedWork(count: 1_000).map(each: { $0 * $0 })
/// ```
///
/// - Complexity: the work's own, divided by the cores available (plus one concatenation
///   for ``flatMap(_:)``).
package struct ChunkedWork: Sendable {
  /// The number of items.
  package let count: Int
  /// The number of chunks (at most `count`, at least 1).
  package let chunkCount: Int
  /// Whether the chunks shrink from first to last (``init(count:chunks:tapering:)``).
  package let isTapering: Bool

  /// Splits `count` items into `chunks` chunks (a few per core, for balance; capped at
  /// `count`): of equal size, or, `tapering`, shrinking from first to last, the k-th of n
  /// holding n − k shares of the items (16 chunks: the first an eighth, the last a 136th).
  ///
  /// The cores take the chunks in order, so that the last to start is the smallest: the
  /// time a core waits at the end for the others is then a fraction of a small chunk.
  package init(count: Int, chunks: Int = 16, tapering: Bool = false) {
    precondition(count >= 0 && chunks > 0, "a negative count or no chunks")
    self.count = count
    chunkCount = max(1, min(chunks, count))
    isTapering = tapering
  }

  /// The items of chunk `index`.
  package func range(ofChunk index: Int) -> Range<Int> {
    start(ofChunk: index)..<start(ofChunk: index + 1)
  }

  /// Where chunk `index` starts (`count` for `index == chunkCount`).
  private func start(ofChunk index: Int) -> Int {
    guard isTapering else { return count * index / chunkCount }
    // Shares before chunk i: n + (n − 1) + … + (n − i + 1), of n(n + 1)/2 in all.
    let n = chunkCount
    let before = index * n - index * (index - 1) / 2
    return count * before / (n * (n + 1) / 2)
  }

  /// Runs `body` on every chunk concurrently and returns the results in chunk order.
  package func map<Result: Sendable>(_ body: @Sendable (Range<Int>) -> Result) -> [Result] {
    var results = [Result?](repeating: nil, count: chunkCount)
    results.withUnsafeMutableBufferPointer { slots in
      let slots = SendableSlots(base: slots)
      DispatchQueue.concurrentPerform(iterations: chunkCount) { index in
        slots.base[index] = body(range(ofChunk: index))
      }
    }
    return results.map { result in
      guard let result else { preconditionFailure("a chunk did not run") }
      return result
    }
  }

  /// Transforms every item, the chunks concurrently, each result written straight into its
  /// place in one array: no per-chunk arrays to join, so large elements are never copied.
  ///
  /// `makeState` gives each chunk its own scratch state (a tally, a buffer, a cache), which
  /// every call of `transform` in that chunk may use. The state must never change a
  /// result — the chunks, and so what each state has seen, depend on the split — or the
  /// output would depend on the number of chunks.
  ///
  /// ```swift
  /// let squares = ChunkedWork(count: 1_000).map(state: {}) { _, item in item * item }
  /// ```
  package func map<State, Element: Sendable>(
    state makeState: @Sendable () -> State,
    _ transform: @Sendable (inout State, Int) -> Element
  ) -> [Element] {
    [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
      let slots = SendableSlots(base: buffer)
      DispatchQueue.concurrentPerform(iterations: chunkCount) { index in
        var state = makeState()
        for item in range(ofChunk: index) {
          slots.base.initializeElement(at: item, to: transform(&state, item))
        }
      }
      initialized = count
    }
  }

  /// Transforms every item, the chunks concurrently, into one array in item order:
  /// ``map(state:_:)`` without a state.
  package func map<Element: Sendable>(each transform: @Sendable (Int) -> Element) -> [Element] {
    map(state: {}) { _, item in transform(item) }
  }

  /// Runs `body` on every chunk concurrently and concatenates the arrays in chunk order.
  package func flatMap<Element: Sendable>(_ body: @Sendable (Range<Int>) -> [Element])
    -> [Element]
  {
    let parts = map(body)
    // Sized once: appending the parts to a growing array copied large elements repeatedly.
    var joined: [Element] = []
    joined.reserveCapacity(parts.reduce(0) { $0 + $1.count })
    for part in parts { joined.append(contentsOf: part) }
    return joined
  }
}
