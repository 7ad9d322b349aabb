/// Minimal, deterministic JSON text for the `attributes` column.
enum JSONText {
  /// A JSON object of string values, keys in the given order.
  static func object(_ pairs: [(String, String)]) -> String {
    "{" + pairs.map { "\(string($0.0)):\(string($0.1))" }.joined(separator: ",") + "}"
  }

  /// A JSON string literal.
  static func string(_ text: String) -> String {
    let needsEscaping = text.utf8.contains { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }
    guard needsEscaping else { return "\"" + text + "\"" }
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case let s where s.value < 0x20:
        let hex = String(s.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
