/// Writes RFC 4180 CSV: fields separated by commas, records ended by `\n` (LF, not CRLF),
/// and a field quoted (with doubled quotes) exactly when it holds a comma, quote, CR or LF,
/// starts or ends with a space, or starts with a byte-order mark (U+FEFF) — and a record of
/// one empty field is written `""`, so it is not a blank line. What it writes, `CSVReader`
/// reads back field for field.
///
/// ```swift
/// var writer = CSVWriter()
/// writer.write(["id", "name"])
/// writer.write(["1", "Acme, Inc."])
/// writer.text  // "id,name\n1,\"Acme, Inc.\"\n"
/// ```
public struct CSVWriter: Sendable {
  /// The encoded text so far.
  public private(set) var text = ""

  /// Creates an empty writer.
  public init() {}

  /// Appends one record.
  public mutating func write(_ fields: [String]) {
    text += Self.encode(fields)
  }

  /// Removes and returns the text written so far (for streaming to a file).
  public mutating func flush() -> String {
    defer { text = "" }
    return text
  }

  /// One record as a line of CSV, ending in `\n`. A record of no fields is an empty line,
  /// which readers skip.
  public static func encode(_ fields: [String]) -> String {
    var bytes: [UInt8] = []
    append(fields, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// One field, quoted when needed.
  ///
  /// - Complexity: O(n) in the field's UTF-8 length.
  public static func encodeField(_ field: String) -> String {
    var bytes: [UInt8] = []
    appendField(field, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the UTF-8 bytes of `encode(fields)` to `bytes`, without creating a `String`:
  /// the fast path for writing millions of rows into a reusable buffer.
  ///
  /// - Complexity: O(n) in the fields' UTF-8 length.
  public static func append(_ fields: [String], to bytes: inout [UInt8]) {
    if fields.count == 1 && fields[0].isEmpty {
      bytes.append(contentsOf: [quote, quote, lineFeed])
      return
    }
    for (index, field) in fields.enumerated() {
      if index > 0 { bytes.append(comma) }
      appendField(field, to: &bytes)
    }
    bytes.append(lineFeed)
  }

  private static func appendField(_ field: String, to bytes: inout [UInt8]) {
    var field = field
    field.withUTF8 { utf8 in
      guard needsQuotes(utf8) else {
        bytes.append(contentsOf: utf8)
        return
      }
      bytes.append(quote)
      var start = 0
      for index in utf8.indices where utf8[index] == quote {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...index]))
        bytes.append(quote)
        start = index + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
      bytes.append(quote)
    }
  }

  /// Whether a field holds a comma, quote, CR or LF, starts or ends with a space, or starts
  /// with a byte-order mark.
  private static func needsQuotes(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = utf8.first, let last = utf8.last else { return false }
    if first == space || last == space { return true }
    if utf8.count >= 3, first == 0xEF, utf8[1] == 0xBB, utf8[2] == 0xBF { return true }
    for byte in utf8 where byte <= quote || byte == comma {
      if byte == comma || byte == quote || byte == lineFeed || byte == carriageReturn {
        return true
      }
    }
    return false
  }

  private static let comma: UInt8 = 0x2C
  private static let quote: UInt8 = 0x22
  private static let lineFeed: UInt8 = 0x0A
  private static let carriageReturn: UInt8 = 0x0D
  private static let space: UInt8 = 0x20
}
