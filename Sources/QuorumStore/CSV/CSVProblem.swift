/// Something wrong with one CSV record, found while reading it.
///
/// Problems never stop the reader: it reports them on the record (`CSVRecord.problems`) and
/// goes on with the next one, so an importer can reject exactly that row, with its line and
/// original text, and keep the rest. Field indexes are 0-based positions in the record;
/// descriptions name the 1-based column, as a spreadsheet would.
public enum CSVProblem: Hashable, Sendable, CustomStringConvertible {
  /// The record has `found` fields where the header has `expected` (a ragged row).
  case fieldCountMismatch(expected: Int, found: Int)
  /// The field's bytes are not valid UTF-8; the field reads with U+FFFD substitutions.
  case invalidUTF8(fieldIndex: Int)
  /// The field contains a NUL byte (`0x00`), which text columns cannot hold.
  case nulByte(fieldIndex: Int)
  /// The field is `length` bytes long (as written, quotes included), over `limit`.
  case fieldTooLong(fieldIndex: Int, length: Int, limit: Int)
  /// The record is longer than `limit` bytes; its raw text is kept only up to the limit.
  case recordTooLong(limit: Int)
  /// The record has more than `limit` fields; only the first `limit` are kept.
  case tooManyFields(limit: Int)
  /// A `"` inside a field that does not start with a quote (RFC 4180 forbids it); the quote
  /// is kept as data.
  case bareQuote(fieldIndex: Int)
  /// A quoted field's closing quote is followed by text instead of a comma or line end
  /// (`"abc"def`); the field keeps its raw text, quotes included.
  case textAfterClosingQuote(fieldIndex: Int)
  /// The quote that opened field `fieldIndex` at line `openedAtLine` was never properly
  /// closed: it ran to the end of the input, or to a quote followed by text, after spanning
  /// `linesConsumed` physical lines. The record ends at the end of the opening line (the
  /// field keeps its raw text from the quote on) and reading resumes on the next line, so
  /// the rows the quote swallowed are read again as rows.
  case unterminatedQuote(fieldIndex: Int, openedAtLine: Int, linesConsumed: Int)

  /// The field the problem is about, when it is about one field.
  public var fieldIndex: Int? {
    switch self {
    case .invalidUTF8(let index), .nulByte(let index), .bareQuote(let index),
      .textAfterClosingQuote(let index):
      index
    case .fieldTooLong(let index, _, _), .unterminatedQuote(let index, _, _): index
    case .fieldCountMismatch, .recordTooLong, .tooManyFields: nil
    }
  }

  /// A stable snake_case identifier of the kind of problem, for reject tables and files
  /// (e.g. `ragged_row`, `invalid_utf8`, `unterminated_quote`).
  public var code: String {
    switch self {
    case .fieldCountMismatch: "ragged_row"
    case .invalidUTF8: "invalid_utf8"
    case .nulByte: "nul_byte"
    case .fieldTooLong: "field_too_long"
    case .recordTooLong: "record_too_long"
    case .tooManyFields: "too_many_fields"
    case .bareQuote: "bare_quote"
    case .textAfterClosingQuote: "text_after_closing_quote"
    case .unterminatedQuote: "unterminated_quote"
    }
  }

  /// A human-readable description, naming 1-based columns, e.g.
  /// `"expected 3 fields (as in the header), found 4"`.
  public var description: String {
    switch self {
    case .fieldCountMismatch(let expected, let found):
      "expected \(expected) fields (as in the header), found \(found)"
    case .invalidUTF8(let index): "column \(index + 1) is not valid UTF-8"
    case .nulByte(let index): "column \(index + 1) contains a NUL byte"
    case .fieldTooLong(let index, let length, let limit):
      "column \(index + 1) is \(length) bytes long, over the limit of \(limit)"
    case .recordTooLong(let limit):
      "record is longer than \(limit) bytes (raw text truncated)"
    case .tooManyFields(let limit): "record has more than \(limit) fields"
    case .bareQuote(let index):
      "column \(index + 1) contains a quote but is not quoted (write it as \"...\"\"...\")"
    case .textAfterClosingQuote(let index):
      "column \(index + 1) has text after its closing quote"
    case .unterminatedQuote(let index, let line, let count):
      "quote opened in column \(index + 1) at line \(line) is not closed properly "
        + "(it consumed \(count) line\(count == 1 ? "" : "s")); reading resumed at line \(line + 1)"
    }
  }
}
