/// Copies of the texts bound in one execution of a statement, kept at fixed addresses until
/// it has run, so that SQLite takes them without copying them itself.
///
/// Binding a Swift `String` with `SQLITE_TRANSIENT` makes SQLite allocate, copy and later
/// free every value — under its allocator's mutex — which was a sixth of a score
/// snapshot's insert thread (seven texts a row, half a million rows). Here a text is
/// copied into a chunk of 64 KiB that is reused from one execution to the next; a chunk is
/// never moved or grown, so an address handed out stays valid until ``reset()``.
///
/// ```swift
/// let arena = BindingArena()
/// let stable = arena.copy(bytes)   // bind with SQLITE_STATIC
/// // … step the statement, clear its bindings …
/// arena.reset()
/// ```
///
/// Not `Sendable`: it belongs to its statement, which one thread uses at a time.
final class BindingArena {
  /// The size of a chunk; a longer text gets a block of its own.
  static let chunkSize = 1 << 16

  private var chunks: [UnsafeMutableRawPointer] = []
  /// Blocks of texts longer than a chunk, freed at the next reset.
  private var blocks: [UnsafeMutableRawPointer] = []
  /// The chunk being filled, and how many of its bytes are taken.
  private var current = 0
  private var used = 0

  /// A copy of `bytes` that stays where it is until ``reset()``; an empty text gets a valid
  /// address too (SQLite reads a NULL pointer as NULL).
  func copy(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawPointer {
    copy(bytes, then: UnsafeRawBufferPointer(start: nil, count: 0))
  }

  /// A copy of `head` followed by `tail`, one run of bytes that stays where it is until
  /// ``reset()``.
  func copy(_ head: UnsafeRawBufferPointer, then tail: UnsafeRawBufferPointer)
    -> UnsafeRawPointer
  {
    let target = reserve(head.count + tail.count)
    if let source = head.baseAddress { target.copyMemory(from: source, byteCount: head.count) }
    if let source = tail.baseAddress {
      (target + head.count).copyMemory(from: source, byteCount: tail.count)
    }
    return UnsafeRawPointer(target)
  }

  /// `count` bytes of room that stay where they are until ``reset()``.
  private func reserve(_ count: Int) -> UnsafeMutableRawPointer {
    guard count <= Self.chunkSize else {
      let block = UnsafeMutableRawPointer.allocate(byteCount: count, alignment: 1)
      blocks.append(block)
      return block
    }
    if chunks.isEmpty || used + count > Self.chunkSize {
      if !chunks.isEmpty { current += 1 }
      if current == chunks.count {
        chunks.append(UnsafeMutableRawPointer.allocate(byteCount: Self.chunkSize, alignment: 1))
      }
      used = 0
    }
    let target = chunks[current] + used
    used += count
    return target
  }

  /// Takes every chunk back for the next execution (the addresses handed out are then
  /// invalid) and frees the blocks of long texts.
  func reset() {
    current = 0
    used = 0
    for block in blocks { block.deallocate() }
    blocks.removeAll(keepingCapacity: true)
  }

  deinit {
    reset()
    for chunk in chunks { chunk.deallocate() }
  }
}
