import Foundation

/// Decodes the `attributes` column: a JSON object of strings, as the importer writes it.
///
/// Half a million contacts carry one, so the flat `{"key":"value",…}` form the importer
/// writes is read by a small byte parser; anything else (numbers, nesting, a hand-edited
/// value) goes through `JSONSerialization`, keeping only string values.
enum AttributesJSON {
  static func decode(_ text: String) -> [String: String] {
    var parser = FlatObjectParser(text)
    if let flat = parser.parse() { return flat }
    guard let data = text.data(using: .utf8),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return [:] }
    return object.compactMapValues { $0 as? String }
  }
}

/// Parses a JSON object whose values are all strings; `nil` for anything else.
private struct FlatObjectParser {
  private let bytes: [UInt8]
  private var position = 0

  init(_ text: String) { bytes = Array(text.utf8) }

  mutating func parse() -> [String: String]? {
    var object: [String: String] = [:]
    guard consume(UInt8(ascii: "{")) else { return nil }
    if consume(UInt8(ascii: "}")) { return atEnd ? object : nil }
    repeat {
      guard let key = string(), consume(UInt8(ascii: ":")), let value = string() else {
        return nil
      }
      object[key] = value
    } while consume(UInt8(ascii: ","))
    return consume(UInt8(ascii: "}")) && atEnd ? object : nil
  }

  private var atEnd: Bool {
    mutating get {
      skipWhitespace()
      return position == bytes.count
    }
  }

  private mutating func skipWhitespace() {
    while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) {
      position += 1
    }
  }

  private mutating func consume(_ byte: UInt8) -> Bool {
    skipWhitespace()
    guard position < bytes.count, bytes[position] == byte else { return false }
    position += 1
    return true
  }

  /// A JSON string with its escapes resolved.
  private mutating func string() -> String? {
    guard consume(UInt8(ascii: "\"")) else { return nil }
    var utf8: [UInt8] = []
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      switch byte {
      case UInt8(ascii: "\""): return String(decoding: utf8, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard let scalar = escape() else { return nil }
        utf8.append(contentsOf: String(Character(scalar)).utf8)
      case ..<0x20: return nil
      default: utf8.append(byte)
      }
    }
    return nil
  }

  /// The character after a backslash (`\n`, `\u00e9`, a surrogate pair, …).
  private mutating func escape() -> Unicode.Scalar? {
    guard position < bytes.count else { return nil }
    let byte = bytes[position]
    position += 1
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(byte)
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      guard let high = hex4() else { return nil }
      guard (0xD800..<0xDC00).contains(high) else { return Unicode.Scalar(high) }
      guard consume(UInt8(ascii: "\\")), position < bytes.count,
        bytes[position] == UInt8(ascii: "u")
      else { return nil }
      position += 1
      guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
      return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    default: return nil
    }
  }

  private mutating func hex4() -> UInt32? {
    guard position + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for byte in bytes[position..<position + 4] {
      guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
      value = value << 4 | UInt32(digit)
    }
    position += 4
    return value
  }
}
