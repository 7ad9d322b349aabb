/// A growable buffer of plain values, without Array's uniqueness checks: the owner (a
/// `CSVRecordStorage` or the `CSVScanner` building a record) frees it with `deallocate()`.
struct GrowableBuffer<Element: BitwiseCopyable> {
  private(set) var base: UnsafeMutablePointer<Element>
  private(set) var count = 0
  private(set) var capacity: Int

  /// Allocates room for `capacity` elements.
  init(capacity: Int) {
    self.capacity = max(1, capacity)
    base = .allocate(capacity: self.capacity)
  }

  /// The elements, valid until the buffer grows or is freed.
  var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

  /// Frees the memory; the buffer must not be used afterwards.
  func deallocate() { base.deallocate() }

  @inline(__always)
  mutating func append(_ element: Element) {
    if count == capacity { grow(to: count + 1) }
    (base + count).initialize(to: element)
    count += 1
  }

  mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
    guard let source = elements.baseAddress, !elements.isEmpty else { return }
    if count + elements.count > capacity { grow(to: count + elements.count) }
    (base + count).initialize(from: source, count: elements.count)
    count += elements.count
  }

  /// Keeps the first `newCount` elements.
  mutating func truncate(to newCount: Int) {
    count = min(count, max(0, newCount))
  }

  /// Empties the buffer, releasing its memory if it grew past `keptCapacity`.
  mutating func removeAll(keepingAtMost keptCapacity: Int) {
    count = 0
    if capacity > keptCapacity {
      base.deallocate()
      capacity = keptCapacity
      base = .allocate(capacity: capacity)
    }
  }

  private mutating func grow(to minimum: Int) {
    let newCapacity = max(minimum, capacity * 2)
    let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
    newBase.initialize(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }
}

/// The bytes and field spans of one record.
struct RecordBuffers {
  /// The record's original bytes.
  var raw = GrowableBuffer<UInt8>(capacity: 256)
  /// Unescaped content of quoted fields that held doubled quotes.
  var unescaped = GrowableBuffer<UInt8>(capacity: 64)
  /// Where each kept field's bytes are.
  var spans = GrowableBuffer<FieldSpan>(capacity: 16)

  /// Empties the buffers for the next record, releasing any that grew unusually large.
  mutating func removeAll() {
    raw.removeAll(keepingAtMost: 1 << 16)
    unescaped.removeAll(keepingAtMost: 1 << 16)
    spans.removeAll(keepingAtMost: 1 << 12)
  }

  /// Frees the memory; the buffers must not be used afterwards.
  func deallocate() {
    raw.deallocate()
    unescaped.deallocate()
    spans.deallocate()
  }
}

/// Owns the buffers of published records. Once a `CSVRecord` refers to it, it is not
/// changed until no record does (the scanner reuses it only when it holds the only
/// reference), so records can read it without synchronisation.
final class CSVRecordStorage: @unchecked Sendable {
  /// The buffers.
  @exclusivity(unchecked) var buffers: RecordBuffers

  /// Takes ownership of `buffers`.
  init(buffers: RecordBuffers) {
    self.buffers = buffers
  }

  deinit { buffers.deallocate() }
}

/// Where a field's bytes are: a range of the record's raw bytes, or of its unescaped bytes.
struct FieldSpan: Hashable, Sendable {
  /// Offset of the first byte.
  var start: Int
  /// Offset one past the last byte.
  var end: Int
  /// Whether the offsets are into the unescaped bytes (else the raw bytes).
  var isUnescaped: Bool
}
