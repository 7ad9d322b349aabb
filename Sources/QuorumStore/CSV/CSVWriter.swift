import Foundation

/// Writes RFC 4180 CSV: fields separated by commas, records ended by CRLF-free `\n`, and a
/// field quoted (with doubled quotes) exactly when it holds a comma, quote, CR or LF, or
/// starts or ends with a space.
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

  /// One record as a line of CSV, ending in `\n`.
  public static func encode(_ fields: [String]) -> String {
    fields.map(encodeField).joined(separator: ",") + "\n"
  }

  /// One field, quoted when needed.
  public static func encodeField(_ field: String) -> String {
    let needsQuotes =
      field.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
      || field.first == " " || field.last == " "
    guard needsQuotes else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
