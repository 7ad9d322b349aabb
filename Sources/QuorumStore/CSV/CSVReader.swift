import Foundation

/// Reads RFC 4180 CSV, streaming: a header record, then data records, each with the
/// physical line where it starts, its original text and the problems found in it.
///
/// The reader works on bytes, in chunks (1 MiB by default), so memory stays bounded however
/// large the file. It accepts quoted fields with commas, doubled quotes and line breaks,
/// LF, CRLF and CR line endings (mixed, also inside quotes), a UTF-8 byte-order mark, a
/// missing final line break, and skips blank lines (which still count as lines). Bad data
/// never stops it: ragged rows, invalid UTF-8, NUL bytes, over-long fields, stray quotes
/// and unterminated quotes are `CSVProblem`s on the record concerned, and reading goes on.
/// An unterminated quote that swallowed later lines is reported at the line where it
/// opened, and the swallowed lines are read again as rows (see `CSVProblem.unterminatedQuote`).
///
/// ```swift
/// var reader = try CSVReader(path: "accounts.csv")
/// guard let header = try reader.readHeader() else { return }  // empty file
/// while let record = try reader.next() {
///   if record.isWellFormed { store(Array(record)) } else { reject(record) }
/// }
/// ```
///
/// Only input/output failures are thrown. The reader owns its file and buffers, so it is
/// not copyable: pass it `inout` or `consuming`.
///
/// - Complexity: O(n) in the input's bytes; no allocation per record in a streaming loop
///   that drops each record before asking for the next.
public struct CSVReader: ~Copyable, @unchecked Sendable {
  // Sendable: the reader is not copyable and owns its chunk buffer and file descriptor
  // alone, so sending it hands them over.
  /// The header record (the first record of the input), once read; `nil` before
  /// `readHeader()` or `next()`, and for an empty input.
  public private(set) var header: CSVRecord?

  private let source: CSVByteSource
  private var scanner: CSVScanner
  private var headerWasRead = false
  private let chunk: UnsafeMutableBufferPointer<UInt8>
  private var chunkLength = 0
  private var chunkOffset: Int
  private var position = 0

  /// Opens the file at `path` for reading.
  ///
  /// - Throws: `CSVReadError` when the file cannot be opened or read.
  public init(path: String, options: CSVReaderOptions = CSVReaderOptions()) throws(CSVReadError) {
    let source = try CSVByteSource.open(path: path)
    var prefix = [UInt8](repeating: 0, count: 3)
    do {
      let count = try prefix.withUnsafeMutableBufferPointer { buffer throws(CSVReadError) in
        try source.read(into: buffer, at: 0)
      }
      prefix.removeSubrange(count...)
    } catch {
      source.close()
      throw error
    }
    self.init(source: source, prefix: prefix[...], options: options)
  }

  /// Reads CSV from bytes in memory.
  public init(bytes: [UInt8], options: CSVReaderOptions = CSVReaderOptions()) {
    var options = options
    options.chunkSize = max(1, min(options.chunkSize, bytes.count))
    self.init(source: .memory(bytes), prefix: bytes.prefix(3), options: options)
  }

  /// Reads CSV from data in memory.
  public init(data: Data, options: CSVReaderOptions = CSVReaderOptions()) {
    self.init(bytes: [UInt8](data), options: options)
  }

  private init(source: CSVByteSource, prefix: ArraySlice<UInt8>, options: CSVReaderOptions) {
    self.source = source
    scanner = CSVScanner(options: options)
    chunk = .allocate(capacity: options.chunkSize)
    chunkOffset = prefix.elementsEqual([0xEF, 0xBB, 0xBF]) ? 3 : 0
  }

  deinit {
    chunk.deallocate()
    source.close()
  }

  /// Reads the header record if it has not been read yet, and returns it; `nil` for an
  /// input with no records. Data records are checked against its field count.
  public mutating func readHeader() throws(CSVReadError) -> CSVRecord? {
    if !headerWasRead {
      header = try readRecord()
      headerWasRead = true
      scanner.expectedFieldCount = header?.foundFieldCount
    }
    return header
  }

  /// The next data record (reading the header first if needed), or `nil` at the end.
  public mutating func next() throws(CSVReadError) -> CSVRecord? {
    if !headerWasRead { _ = try readHeader() }
    return try readRecord()
  }

  private mutating func readRecord() throws(CSVReadError) -> CSVRecord? {
    while true {
      if position == chunkLength {
        chunkOffset += chunkLength
        position = 0
        chunkLength = try source.read(into: chunk, at: chunkOffset)
        if chunkLength == 0 { return event(scanner.finish(endOffset: chunkOffset)) }
      }
      let event = scanner.scan(
        UnsafeBufferPointer(rebasing: chunk[..<chunkLength]), at: &position,
        chunkOffset: chunkOffset)
      if event != .needMore { return self.event(event) }
    }
  }

  /// The record an event completes, after repositioning for a `.resume`.
  private mutating func event(_ event: CSVScanner.Event) -> CSVRecord? {
    switch event {
    case .needMore, .endOfInput:
      return nil
    case .record:
      return scanner.takeRecord()
    case .resume(let offset):
      if offset >= chunkOffset, offset <= chunkOffset + chunkLength {
        position = offset - chunkOffset
      } else {
        chunkOffset = offset
        chunkLength = 0
        position = 0
      }
      return scanner.takeRecord()
    }
  }
}
