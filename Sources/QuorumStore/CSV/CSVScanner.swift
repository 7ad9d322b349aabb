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
struct CSVScanner: Sendable {
  /// What a call to `scan` or `finish` produced.
  enum Event: Hashable, Sendable {
    /// The chunk is consumed; more input is needed.
    case needMore
    /// `record` is complete.
    case record
    /// `record` is complete (cut at an unterminated quote); resume at this absolute offset.
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
  /// The record being built (complete after `.record` or `.resume`).
  private(set) var record = CSVRecord()

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
          fieldStart = base + index
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
          record.problems.append(.textAfterClosingQuote(fieldIndex: record.foundFieldCount))
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
      record.problems.append(
        .unterminatedQuote(
          fieldIndex: record.foundFieldCount, openedAtLine: quoted.line, linesConsumed: 1))
      fieldHasEscapes = false
      endField(from: quoted.quoteOffset, to: base, nil, 0)
    }
    finishRecord(lastLine: line)
    state = .recordStart
    return .record
  }

  // MARK: Records

  private mutating func beginRecord(at index: Int) {
    record.reset(line: line)
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
    record.lineCount = lastLine - record.line + 1
    if let expected = expectedFieldCount, record.foundFieldCount != expected {
      record.problems.append(
        .fieldCountMismatch(expected: expected, found: record.foundFieldCount))
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
    if cut.recordOffset < record.rawBytes.count {
      record.rawBytes.removeSubrange(cut.recordOffset...)
    }
    if cut.recordOffset <= options.maximumRecordLength {
      record.problems.removeAll { $0 == .recordTooLong(limit: options.maximumRecordLength) }
    }
    record.problems.append(
      .unterminatedQuote(
        fieldIndex: record.foundFieldCount, openedAtLine: quoted.line,
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
    let room = max(0, options.maximumRecordLength - record.rawBytes.count)
    let end = min(index, rawSegmentStart + room)
    record.rawBytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[rawSegmentStart..<end]))
    if end < index, !rawTruncated {
      rawTruncated = true
      record.problems.append(.recordTooLong(limit: options.maximumRecordLength))
    }
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
    while index < end {
      let byte = buffer[index]
      if CSVByte.isPlain(byte) {
        index += 1
        continue
      }
      switch byte {
      case CSVByte.comma, CSVByte.cr, CSVByte.lf:
        return index
      case CSVByte.quote:
        if !fieldQuoteReported {
          fieldQuoteReported = true
          record.problems.append(.bareQuote(fieldIndex: record.foundFieldCount))
        }
      case 0, 0x80...0xFF:
        fieldNeedsCheck = true
      default:
        break
      }
      index += 1
    }
    return index
  }

  /// Scans a quoted field's bytes up to the next quote (or the buffer's end), counting the
  /// line breaks inside.
  private mutating func scanQuoted(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, chunkOffset: Int
  ) -> Int {
    var index = start
    let end = buffer.count
    while index < end {
      let byte = buffer[index]
      if CSVByte.isPlain(byte) {
        index += 1
        continue
      }
      switch byte {
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
    return index
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
    let fieldIndex = record.foundFieldCount
    record.foundFieldCount += 1
    defer {
      fieldNeedsCheck = false
      fieldHasEscapes = false
      fieldQuoteReported = false
    }
    guard fieldIndex < options.maximumFieldCount else {
      if fieldIndex == options.maximumFieldCount {
        record.problems.append(.tooManyFields(limit: options.maximumFieldCount))
      }
      return
    }
    let length = end - start
    if length > options.maximumFieldLength {
      record.problems.append(
        .fieldTooLong(fieldIndex: fieldIndex, length: length, limit: options.maximumFieldLength))
    }
    var span = FieldSpan(start: start, end: end, isUnescaped: false)
    if fieldHasEscapes || fieldNeedsCheck {
      flushRaw(buffer, upTo: index)
      if fieldHasEscapes { span = unescape(span) }
      if fieldNeedsCheck { check(span, fieldIndex: fieldIndex) }
    }
    record.spans.append(span)
  }

  /// Copies a quoted field's content into the record's unescaped bytes, undoubling quotes.
  private mutating func unescape(_ span: FieldSpan) -> FieldSpan {
    let start = record.unescaped.count
    let end = min(span.end, record.rawBytes.count)
    var index = min(span.start, end)
    while index < end {
      let byte = record.rawBytes[index]
      record.unescaped.append(byte)
      index += byte == CSVByte.quote ? 2 : 1
    }
    return FieldSpan(start: start, end: record.unescaped.count, isUnescaped: true)
  }

  private mutating func check(_ span: FieldSpan, fieldIndex: Int) {
    let result = record.withBytes(of: span) { UTF8Check($0) }
    if result.containsNUL { record.problems.append(.nulByte(fieldIndex: fieldIndex)) }
    if !result.isValidUTF8 { record.problems.append(.invalidUTF8(fieldIndex: fieldIndex)) }
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
}
