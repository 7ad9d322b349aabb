/// One record of a CSV file: its fields, where it starts, its original text and any problems.
///
/// A record is a collection of its fields as `String`s, decoded only when asked for (invalid
/// UTF-8 decodes with U+FFFD substitutions and is reported in `problems`). For speed,
/// `withFieldBytes(at:_:)` lends a field's bytes without creating a `String`.
///
/// ```swift
/// // line 7 of the file: 42,"Acme, Inc.",""
/// record.line          // 7
/// Array(record)        // ["42", "Acme, Inc.", ""]
/// record.rawText       // "42,\"Acme, Inc.\",\"\""
/// record.problems      // [] (well-formed)
/// ```
///
/// Records returned by a `CSVReader` share their storage with the reader until one of them
/// changes; a record dropped before the next `next()` call lets the reader reuse its buffers,
/// so a streaming loop allocates nothing per record.
public struct CSVRecord: RandomAccessCollection, Sendable {
  /// The physical line (1-based, the header being line 1 in a file without blank lines
  /// before it) on which the record starts. Lines end at LF, CR or CRLF, also inside quoted
  /// fields, and blank lines count.
  public internal(set) var line: Int = 0
  /// The number of physical lines the record spans (1 unless a quoted field holds a line
  /// break).
  public internal(set) var lineCount: Int = 0
  /// What is wrong with the record, in the order found; empty when it is well-formed.
  public internal(set) var problems: [CSVProblem] = []

  /// The record's original bytes, without the line break that ends it (at most
  /// `CSVReaderOptions.maximumRecordLength`).
  public internal(set) var rawBytes: [UInt8] = []

  /// Unescaped content of quoted fields that held doubled quotes.
  var unescaped: [UInt8] = []
  /// Where each kept field's bytes are.
  var spans: [FieldSpan] = []
  /// How many fields the input had (more than `spans.count` past the field-count limit).
  var foundFieldCount = 0

  /// Creates an empty record (for the reader to fill).
  init() {}

  /// The position of the first field (0).
  public var startIndex: Int { 0 }
  /// One past the last kept field.
  public var endIndex: Int { spans.count }

  /// The field at `position`, decoded as UTF-8.
  ///
  /// - Complexity: O(length of the field); allocates a `String` unless it is short.
  public subscript(position: Int) -> String {
    withFieldBytes(at: position) { String(decoding: $0, as: UTF8.self) }
  }

  /// Calls `body` with the bytes of the field at `index` (quotes removed, doubled quotes
  /// undoubled), without copying or decoding them. The buffer is valid only inside `body`.
  ///
  /// ```swift
  /// let isEmpty = record.withFieldBytes(at: 2) { $0.isEmpty }
  /// ```
  public func withFieldBytes<Result>(
    at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    precondition(indices.contains(index), "CSV field index out of range")
    return try withBytes(of: spans[index], body)
  }

  /// Calls `body` with the bytes `span` locates (clamped to the bytes kept).
  func withBytes<Result>(
    of span: FieldSpan, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    let storage = span.isUnescaped ? unescaped : rawBytes
    let end = Swift.min(span.end, storage.count)
    let start = Swift.min(span.start, end)
    return try storage.withUnsafeBufferPointer { buffer in
      try body(UnsafeBufferPointer(rebasing: buffer[start..<end]))
    }
  }

  /// The record's original text (invalid UTF-8 decoded with U+FFFD), for reject reports.
  public var rawText: String { String(decoding: rawBytes, as: UTF8.self) }

  /// Whether the record has no problems.
  public var isWellFormed: Bool { problems.isEmpty }

  /// Empties the record for reuse, keeping small buffers' capacity.
  mutating func reset(line: Int) {
    self.line = line
    lineCount = 1
    if !problems.isEmpty { problems.removeAll() }
    rawBytes.removeAll(keepingCapacity: rawBytes.capacity <= Self.keptCapacity)
    unescaped.removeAll(keepingCapacity: unescaped.capacity <= Self.keptCapacity)
    spans.removeAll(keepingCapacity: spans.capacity <= Self.keptCapacity / 16)
    foundFieldCount = 0
  }

  /// Buffers up to this many bytes are reused from record to record; larger ones (left by an
  /// unusually long record) are released.
  private static let keptCapacity = 1 << 16
}

/// Where a field's bytes are: a range of the record's raw bytes, or of its unescaped bytes.
struct FieldSpan: Hashable, Sendable {
  /// Offset of the first byte.
  var start: Int
  /// Offset one past the last byte.
  var end: Int
  /// Whether the offsets are into `CSVRecord.unescaped` (else `rawBytes`).
  var isUnescaped: Bool
}
