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
/// Records are immutable values. A record dropped before the next `CSVReader.next()` call
/// lets the reader reuse its buffers, so a streaming loop allocates nothing per record; a
/// record kept longer keeps its own buffers.
public struct CSVRecord: RandomAccessCollection, @unchecked Sendable {
  // Sendable: the buffers below belong to `storage`, which is never changed while a record
  // refers to it (see `CSVRecordStorage`).

  /// The physical line (1-based, the header being line 1 in a file without blank lines
  /// before it) on which the record starts. Lines end at LF, CR or CRLF, also inside quoted
  /// fields, and blank lines count.
  public let line: Int
  /// The number of physical lines the record spans (1 unless a quoted field holds a line
  /// break).
  public let lineCount: Int
  /// What is wrong with the record, in the order found; empty when it is well-formed.
  public let problems: [CSVProblem]

  /// How many fields the input had (more than `count` past the field-count limit).
  let foundFieldCount: Int
  private let storage: CSVRecordStorage
  private let raw: UnsafeBufferPointer<UInt8>
  private let unescaped: UnsafeBufferPointer<UInt8>
  private let spans: UnsafeBufferPointer<FieldSpan>

  /// Wraps the buffers of `storage`, which must not change while the record exists.
  init(
    line: Int, lineCount: Int, problems: [CSVProblem], foundFieldCount: Int,
    storage: CSVRecordStorage
  ) {
    self.line = line
    self.lineCount = lineCount
    self.problems = problems
    self.foundFieldCount = foundFieldCount
    self.storage = storage
    raw = storage.buffers.raw.elements
    unescaped = storage.buffers.unescaped.elements
    spans = storage.buffers.spans.elements
  }

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
    precondition(index >= 0 && index < spans.count, "CSV field index out of range")
    return try withExtendedLifetime(storage) {
      try body(Self.bytes(of: spans[index], raw: raw, unescaped: unescaped))
    }
  }

  /// Calls `body` with the record's original bytes, without the line break that ends it (at
  /// most `CSVReaderOptions.maximumRecordLength`). The buffer is valid only inside `body`.
  public func withRawBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result)
    rethrows -> Result
  {
    try withExtendedLifetime(storage) { try body(raw) }
  }

  /// The record's original bytes (a copy; see `withRawBytes(_:)`).
  public var rawBytes: [UInt8] { withRawBytes { Array($0) } }

  /// The record's original text (invalid UTF-8 decoded with U+FFFD), for reject reports.
  public var rawText: String { withRawBytes { String(decoding: $0, as: UTF8.self) } }

  /// Whether the record has no problems.
  public var isWellFormed: Bool { problems.isEmpty }

  /// The bytes `span` locates in `raw` or `unescaped`, clamped to the bytes kept.
  static func bytes(
    of span: FieldSpan, raw: UnsafeBufferPointer<UInt8>, unescaped: UnsafeBufferPointer<UInt8>
  ) -> UnsafeBufferPointer<UInt8> {
    let storage = span.isUnescaped ? unescaped : raw
    let end = Swift.min(span.end, storage.count)
    let start = Swift.min(span.start, end)
    return UnsafeBufferPointer(rebasing: storage[start..<end])
  }
}
