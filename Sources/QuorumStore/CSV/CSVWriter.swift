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
    if fields == [""] { return "\"\"\n" }
    return fields.map(encodeField).joined(separator: ",") + "\n"
  }

  /// One field, quoted when needed.
  ///
  /// - Complexity: O(n) in the field's UTF-8 length.
  public static func encodeField(_ field: String) -> String {
    let utf8 = field.utf8
    let needsQuotes =
      utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
      || utf8.first == 0x20 || utf8.last == 0x20 || utf8.starts(with: [0xEF, 0xBB, 0xBF])
    guard needsQuotes else { return field }
    var bytes: [UInt8] = [0x22]
    bytes.reserveCapacity(utf8.count + 2)
    for byte in utf8 {
      bytes.append(byte)
      if byte == 0x22 { bytes.append(0x22) }
    }
    bytes.append(0x22)
    return String(decoding: bytes, as: UTF8.self)
  }
}
