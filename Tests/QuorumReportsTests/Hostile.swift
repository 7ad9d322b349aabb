import Foundation
import Testing

/// Strings an attacker could put into CRM fields (account names, campaign names, titles).
enum Hostile {
  static let script = "<script>alert(1)</script>"
  static let attribute = "\"><img src=x onerror=alert(1)>"
  static let entity = "&amp;"
  static let quote = "O'Brien & \"Sons\""
  static let all = [script, attribute, entity, quote]

  /// What each hostile string must look like in HTML.
  static let escaped = [
    script: "&lt;script&gt;alert(1)&lt;/script&gt;",
    attribute: "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
    entity: "&amp;amp;",
    quote: "O&#39;Brien &amp; &quot;Sons&quot;",
  ]

  /// Markup that must never appear in a page built from hostile strings.
  static let forbiddenMarkup = ["<script", "<img", "onerror=alert(1)>"]

  /// Whether `html` holds `hostile` only in escaped form.
  static func onlyEscaped(_ hostile: String, in html: String) throws -> Bool {
    let escaped = try #require(Hostile.escaped[hostile])
    return html.contains(escaped)
      && !html.replacingOccurrences(of: escaped, with: "").contains(hostile)
      && forbiddenMarkup.allSatisfy { !html.contains($0) }
  }
}
