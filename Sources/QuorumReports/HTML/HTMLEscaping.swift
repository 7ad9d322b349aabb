/// The one escaping function every value goes through on its way into HTML or SVG.
///
/// Replaces the five characters that can change the meaning of markup — `&`, `<`, `>`, `"`
/// and `'` — with character references, so the result is safe both as element text and as
/// a quoted attribute value. Nothing else is altered.
///
/// ```swift
/// HTMLEscaping.escape("<b>Acme & \"Co\"</b>")
/// // "&lt;b&gt;Acme &amp; &quot;Co&quot;&lt;/b&gt;"
/// ```
public enum HTMLEscaping {
  /// Returns `text` with `&`, `<`, `>`, `"` and `'` replaced by `&amp;`, `&lt;`, `&gt;`,
  /// `&quot;` and `&#39;`.
  ///
  /// - Complexity: O(n) in the UTF-8 length of `text`; no allocation when nothing needs
  ///   escaping.
  public static func escape(_ text: String) -> String {
    guard text.utf8.contains(where: needsEscaping) else { return text }
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  private static func needsEscaping(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
      UInt8(ascii: "'"):
      true
    default: false
    }
  }
}
