/// The RFC 4180 state machine behind `CSVReader`: it consumes chunks of bytes and builds one
/// record at a time, carrying its state across chunk boundaries (a chunk may end anywhere,
/// even between the CR and LF of a line break or the two quotes of an escaped quote).
///
/// Offsets: a *record offset* counts bytes from the start of the current record (field
/// spans use them); an *absolute offset* counts bytes from the start of the input (only the
/// unterminated-quote recovery needs them). While scanning a chunk, the record offset of
/// chunk index `i` is `base + i`.
///
/// Unterminated quotes. A quoted field that spans a line break and then ends badly — the
/// input ends inside it, or its closing quote is followed by text — is taken to be a stray
/// quote that swallowed the rows after it. The record is cut at the end of the line where
/// the quote opened (reported as `CSVProblem.unterminatedQuote` with the lines consumed) and
/// scanning resumes at the start of the next line, so the swallowed rows are read as rows.
/// The text between the quote and the point of failure never holds another opening quote
/// (it would have closed this one), so re-scanning it reads each byte at most twice more.
/// A quoted field that spans lines and closes properly is legal RFC 4180 and kept as is.
struct CSVScanner: ~Copyable, @unchecked Sendable {
  // Sendable: the scanner is not copyable and owns `building` alone.
  /// What a call to `scan` or `finish` produced.
  enum Event: Hashable, Sendable {
    /// The chunk is consumed; more input is needed.
    case needMore
    /// A record is complete: take it with `takeRecord()`.
    case record
    /// A record is complete (cut at an unterminated quote): take it with `takeRecord()`,
    /// and resume reading at this absolute offset.
    case resume(at: Int)
    /// The input ended with no record pending.
    case endOfInput
  }

  private enum State: Hashable, Sendable {
    /// Before the first byte of a record (blank lines are skipped here).
    case recordStart
    /// Before the first byte of a field.
    case fieldStart
    /// Inside a field that did not start with a quote.
    case unquoted
    /// Inside a quoted field.
    case quoted
    /// Just after a quote inside a quoted field: an escaped quote or the closing one.
    case quoteInQuoted
  }

  /// A line break inside a quoted field.
  private struct LineBreak: Hashable, Sendable {
    /// Record offset of the break's first byte.
    var recordOffset: Int
    /// Absolute offset just after the break.
    var resumeOffset: Int
    /// Whether the break is a CR whose possible LF had not been seen yet.
    var resumeAfterCR: Bool
  }

  /// The quoted field being read.
  private struct QuotedField: Hashable, Sendable {
    /// Record offset of the opening quote.
    var quoteOffset = 0
    /// Physical line of the opening quote.
    var line = 0
    /// The first line break inside the quotes.
    var firstBreak: LineBreak?
    /// Absolute offset just after the latest line break inside the quotes.
    var lastBreakEnd = -1
  }

  let options: CSVReaderOptions
  /// The header's field count, once the header is read.
  var expectedFieldCount: Int?
  /// The buffers of the record being built.
  private var building = RecordBuffers()
  /// The storage of the last record taken, reused when no record refers to it any more.
  private var published: CSVRecordStorage?
  private var recordLine = 0
  private var recordLineCount = 0
  private var problems: [CSVProblem] = []
  private var foundFieldCount = 0

  private var state = State.recordStart
  private var line = 1
  private var pendingCR = false
  private var base = 0
  private var rawSegmentStart = 0
  private var rawTruncated = false
  private var fieldStart = 0
  private var fieldNeedsCheck = false
  private var fieldHasEscapes = false
  private var fieldQuoteReported = false
  private var quoted = QuotedField()

  init(options: CSVReaderOptions) {
    self.options = options
  }

  deinit { building.deallocate() }

  /// The record completed by the last `.record` or `.resume` event. Its buffers are handed
  /// over to the record; the scanner goes on with the previous record's buffers when that
  /// record is gone, or with new ones.
  mutating func takeRecord() -> CSVRecord {
    let storage: CSVRecordStorage
    if isKnownUniquelyReferenced(&published), let previous = published {
      storage = previous
      swap(&storage.buffers, &building)
    } else {
      storage = CSVRecordStorage(buffers: building)
      building = RecordBuffers()
      published = storage
    }
    building.removeAll()
    let record = CSVRecord(
      line: recordLine, lineCount: recordLineCount, problems: problems,
      foundFieldCount: foundFieldCount, storage: storage)
    if !problems.isEmpty { problems = [] }
    return record
  }

  /// Scans `buffer` from `position` until a record is complete or the buffer is consumed.
  ///
  /// - Parameter chunkOffset: the absolute offset of `buffer[0]`.
  mutating func scan(
    _ buffer: UnsafeBufferPointer<UInt8>, at position: inout Int, chunkOffset: Int
  ) -> Event {
    var index = position
    defer { position = index }
    let end = buffer.count
    if pendingCR, index < end {
      pendingCR = false
      if buffer[index] == CSVByte.lf {
        if state == .recordStart {
          index += 1
        } else if state == .quoted {
          index += 1
          quoted.lastBreakEnd = chunkOffset + index
        }
      }
    }
    while index < end {
      switch state {
      case .recordStart:
        let byte = buffer[index]
        if byte == CSVByte.lf || byte == CSVByte.cr {
          line += 1
          index = skipLineBreak(buffer, at: index)
        } else {
          beginRecord(at: index)
        }
      case .fieldStart:
        let byte = buffer[index]
        switch byte {
        case CSVByte.quote:
          beginQuotedField(at: index)
          index += 1
        case CSVByte.comma:
          endField(from: base + index, to: base + index, buffer, index)
          index += 1
        case CSVByte.cr, CSVByte.lf:
          endField(from: base + index, to: base + index, buffer, index)
          return endRecord(buffer, at: &index)
        default:
          // Fast path: a field of plain bytes ended by a comma or line break.
          let stop = CSVByte.plainRun(buffer, from: index)
          if stop < end {
            let next = buffer[stop]
            if next == CSVByte.comma {
              endField(from: base + index, to: base + stop, buffer, stop)
              index = stop + 1
              continue
            }
            if next == CSVByte.lf || next == CSVByte.cr {
              endField(from: base + index, to: base + stop, buffer, stop)
              index = stop
              return endRecord(buffer, at: &index)
            }
          }
          fieldStart = base + index
          index = stop
          state = .unquoted
        }
      case .unquoted:
        index = scanUnquoted(buffer, from: index)
        guard index < end else { break }
        endField(from: fieldStart, to: base + index, buffer, index)
        if buffer[index] == CSVByte.comma {
          index += 1
          state = .fieldStart
        } else {
          return endRecord(buffer, at: &index)
        }
      case .quoted:
        index = scanQuoted(buffer, from: index, chunkOffset: chunkOffset)
        guard index < end else { break }
        index += 1
        state = .quoteInQuoted
      case .quoteInQuoted:
        let byte = buffer[index]
        switch byte {
        case CSVByte.quote:
          fieldHasEscapes = true
          state = .quoted
          index += 1
        case CSVByte.comma, CSVByte.cr, CSVByte.lf:
          endField(from: quoted.quoteOffset + 1, to: base + index - 1, buffer, index)
          if byte != CSVByte.comma { return endRecord(buffer, at: &index) }
          index += 1
          state = .fieldStart
        default:
          if quoted.firstBreak != nil {
            return recover(buffer, at: index, linesConsumed: line - quoted.line + 1)
          }
          problems.append(.textAfterClosingQuote(fieldIndex: foundFieldCount))
          fieldStart = quoted.quoteOffset
          fieldHasEscapes = false
          fieldQuoteReported = true
          state = .unquoted
        }
      }
    }
    if state != .recordStart {
      flushRaw(buffer, upTo: end)
      base += end
      rawSegmentStart = 0
    }
    return .needMore
  }

  /// Ends the input at absolute offset `endOffset`: completes a pending record, if any.
  mutating func finish(endOffset: Int) -> Event {
    switch state {
    case .recordStart:
      return .endOfInput
    case .fieldStart:
      endField(from: base, to: base, nil, 0)
    case .unquoted:
      endField(from: fieldStart, to: base, nil, 0)
    case .quoteInQuoted:
      endField(from: quoted.quoteOffset + 1, to: base - 1, nil, 0)
    case .quoted:
      if quoted.firstBreak != nil {
        let lastLine = quoted.lastBreakEnd == endOffset ? line - 1 : line
        return recover(nil, at: 0, linesConsumed: lastLine - quoted.line + 1)
      }
      problems.append(
        .unterminatedQuote(
          fieldIndex: foundFieldCount, openedAtLine: quoted.line, linesConsumed: 1))
      fieldHasEscapes = false
      endField(from: quoted.quoteOffset, to: base, nil, 0)
    }
    finishRecord(lastLine: line)
    state = .recordStart
    return .record
  }

  // MARK: Records

  private mutating func beginRecord(at index: Int) {
    recordLine = line
    foundFieldCount = 0
    base = -index
    rawSegmentStart = index
    rawTruncated = false
    state = .fieldStart
  }

  /// Ends the record at the line break at `index` and steps over the break.
  private mutating func endRecord(_ buffer: UnsafeBufferPointer<UInt8>, at index: inout Int)
    -> Event
  {
    flushRaw(buffer, upTo: index)
    finishRecord(lastLine: line)
    line += 1
    index = skipLineBreak(buffer, at: index)
    state = .recordStart
    return .record
  }

  private mutating func finishRecord(lastLine: Int) {
    recordLineCount = lastLine - recordLine + 1
    if rawTruncated { problems.append(.recordTooLong(limit: options.maximumRecordLength)) }
    if let expected = expectedFieldCount, foundFieldCount != expected {
      problems.append(
        .fieldCountMismatch(expected: expected, found: foundFieldCount))
    }
  }

  /// Cuts the record at the end of the line where the current quoted field opened, and
  /// arranges for scanning to resume on the next line (see the type's documentation).
  private mutating func recover(
    _ buffer: UnsafeBufferPointer<UInt8>?, at index: Int, linesConsumed: Int
  ) -> Event {
    guard let cut = quoted.firstBreak else {
      preconditionFailure("recovery needs a line break inside the quoted field")
    }
    flushRaw(buffer, upTo: index)
    building.raw.truncate(to: cut.recordOffset)
    rawTruncated = cut.recordOffset > options.maximumRecordLength
    problems.append(
      .unterminatedQuote(
        fieldIndex: foundFieldCount, openedAtLine: quoted.line,
        linesConsumed: linesConsumed))
    fieldHasEscapes = false
    fieldNeedsCheck = true
    endField(from: quoted.quoteOffset, to: cut.recordOffset, nil, 0)
    finishRecord(lastLine: quoted.line)
    line = quoted.line + 1
    pendingCR = cut.resumeAfterCR
    state = .recordStart
    return .resume(at: cut.resumeOffset)
  }

  /// Appends `buffer[rawSegmentStart..<index]` to the record's raw bytes, up to the limit.
  private mutating func flushRaw(_ buffer: UnsafeBufferPointer<UInt8>?, upTo index: Int) {
    guard let buffer, index > rawSegmentStart else { return }
    let room = max(0, options.maximumRecordLength - building.raw.count)
    let end = min(index, rawSegmentStart + room)
    building.raw.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[rawSegmentStart..<end]))
    if end < index { rawTruncated = true }
    rawSegmentStart = index
  }

  /// The index after the line break (CR, LF or CRLF) at `index`.
  private mutating func skipLineBreak(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    guard buffer[index] == CSVByte.cr else { return index + 1 }
    guard index + 1 < buffer.count else {
      pendingCR = true
      return index + 1
    }
    return buffer[index + 1] == CSVByte.lf ? index + 2 : index + 1
  }

  // MARK: Fields

  private mutating func beginQuotedField(at index: Int) {
    quoted = QuotedField(quoteOffset: base + index, line: line)
    state = .quoted
  }

  /// Scans an unquoted field's bytes up to the next comma, CR or LF (or the buffer's end).
  private mutating func scanUnquoted(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    let end = buffer.count
    while true {
      index = CSVByte.plainRun(buffer, from: index)
      guard index < end else { return index }
      switch buffer[index] {
      case CSVByte.comma, CSVByte.cr, CSVByte.lf:
        return index
      case CSVByte.quote:
        if !fieldQuoteReported {
          fieldQuoteReported = true
          problems.append(.bareQuote(fieldIndex: foundFieldCount))
        }
      case 0, 0x80...0xFF:
        fieldNeedsCheck = true
      default:
        break
      }
      index += 1
    }
  }

  /// Scans a quoted field's bytes up to the next quote (or the buffer's end), counting the
  /// line breaks inside.
  private mutating func scanQuoted(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, chunkOffset: Int
  ) -> Int {
    var index = start
    let end = buffer.count
    while true {
      index = CSVByte.plainRun(buffer, from: index)
      guard index < end else { return index }
      switch buffer[index] {
      case CSVByte.quote:
        return index
      case CSVByte.lf:
        noteLineBreak(
          LineBreak(
            recordOffset: base + index, resumeOffset: chunkOffset + index + 1,
            resumeAfterCR: false))
      case CSVByte.cr:
        let breakIndex = index
        let crEndsBuffer = index + 1 == end
        if crEndsBuffer {
          pendingCR = true
        } else if buffer[index + 1] == CSVByte.lf {
          index += 1
        }
        noteLineBreak(
          LineBreak(
            recordOffset: base + breakIndex, resumeOffset: chunkOffset + index + 1,
            resumeAfterCR: crEndsBuffer))
      case 0, 0x80...0xFF:
        fieldNeedsCheck = true
      default:
        break
      }
      index += 1
    }
  }

  private mutating func noteLineBreak(_ lineBreak: LineBreak) {
    line += 1
    if quoted.firstBreak == nil { quoted.firstBreak = lineBreak }
    quoted.lastBreakEnd = lineBreak.resumeOffset
  }

  /// Ends the current field, whose content is at record offsets `start..<end`; `buffer` and
  /// `index` locate the not yet flushed raw bytes (`nil` when all are flushed).
  private mutating func endField(
    from start: Int, to end: Int, _ buffer: UnsafeBufferPointer<UInt8>?, _ index: Int
  ) {
    let fieldIndex = foundFieldCount
    foundFieldCount += 1
    defer {
      fieldNeedsCheck = false
      fieldHasEscapes = false
      fieldQuoteReported = false
    }
    guard fieldIndex < options.maximumFieldCount else {
      if fieldIndex == options.maximumFieldCount {
        problems.append(.tooManyFields(limit: options.maximumFieldCount))
      }
      return
    }
    let length = end - start
    if length > options.maximumFieldLength {
      problems.append(
        .fieldTooLong(fieldIndex: fieldIndex, length: length, limit: options.maximumFieldLength))
    }
    var span = FieldSpan(start: start, end: end, isUnescaped: false)
    if fieldHasEscapes || fieldNeedsCheck {
      flushRaw(buffer, upTo: index)
      if fieldHasEscapes { span = unescape(span) }
      if fieldNeedsCheck { check(span, fieldIndex: fieldIndex) }
    }
    building.spans.append(span)
  }

  /// Copies a quoted field's content into the record's unescaped bytes, undoubling quotes.
  private mutating func unescape(_ span: FieldSpan) -> FieldSpan {
    let start = building.unescaped.count
    let raw = building.raw.elements
    let end = min(span.end, raw.count)
    var index = min(span.start, end)
    while index < end {
      let byte = raw[index]
      building.unescaped.append(byte)
      index += byte == CSVByte.quote ? 2 : 1
    }
    return FieldSpan(start: start, end: building.unescaped.count, isUnescaped: true)
  }

  private mutating func check(_ span: FieldSpan, fieldIndex: Int) {
    let result = UTF8Check(
      CSVRecord.bytes(
        of: span, raw: building.raw.elements, unescaped: building.unescaped.elements))
    if result.containsNUL { problems.append(.nulByte(fieldIndex: fieldIndex)) }
    if !result.isValidUTF8 { problems.append(.invalidUTF8(fieldIndex: fieldIndex)) }
  }
}

/// The bytes that matter to the CSV grammar.
enum CSVByte {
  /// `,`
  static let comma: UInt8 = 0x2C
  /// `"`
  static let quote: UInt8 = 0x22
  /// Carriage return.
  static let cr: UInt8 = 0x0D
  /// Line feed.
  static let lf: UInt8 = 0x0A

  /// Whether `byte` is ASCII in `-`...DEL: never structural, never needing a UTF-8 or NUL
  /// check. (Comma, quote, CR, LF and NUL all sort below `-`.) One comparison, for the hot
  /// loops.
  @inline(__always)
  static func isPlain(_ byte: UInt8) -> Bool { byte &- 0x2D < 0x53 }

  /// The index of the first byte at or after `start` that is not plain (or the end),
  /// testing eight bytes at a time: a word is all plain when no byte has its high bit set
  /// and every byte plus 0x53 does (no carry crosses bytes below 0x80).
  @inline(__always)
  static func plainRun(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    let end = buffer.count
    if let base = buffer.baseAddress {
      let bytes = UnsafeRawPointer(base)
      let high: UInt64 = 0x8080_8080_8080_8080
      while index + 8 <= end {
        let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        guard word & high == 0, (word &+ 0x5353_5353_5353_5353) & high == high else { break }
        index += 8
      }
    }
    while index < end, isPlain(buffer[index]) { index += 1 }
    return index
  }
}
