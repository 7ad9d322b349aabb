/// A fragment of HTML or SVG that is safe by construction.
///
/// Tag and attribute names can only be string literals (`StaticString`); every run-time
/// value — element text and attribute values alike — enters through
/// ``HTMLEscaping/escape(_:)``. The only way to add unescaped text is ``raw(_:)``, which also
/// takes a literal. Elements are written in one pass into a single string.
struct Markup: Sendable {
  /// One attribute: a literal name and a value that will be escaped.
  typealias Attribute = (name: StaticString, value: String)

  /// The markup written so far.
  private(set) var html = ""

  /// Creates an empty fragment.
  init() {}

  /// Appends escaped text.
  mutating func text(_ value: String) {
    html += HTMLEscaping.escape(value)
  }

  /// Appends trusted literal markup (CSS, doctype, the CSP meta tag).
  mutating func raw(_ literal: StaticString) {
    html += "\(literal)"
  }

  /// Appends another safe fragment.
  mutating func append(_ other: Markup) {
    html += other.html
  }

  /// Appends a line break (for readable output; insignificant to the browser).
  mutating func newline() {
    html += "\n"
  }

  /// Appends `<name attributes>content</name>`.
  mutating func element(
    _ name: StaticString, _ attributes: [Attribute] = [], _ content: (inout Markup) -> Void
  ) {
    openTag(name, attributes)
    html += ">"
    content(&self)
    html += "</\(name)>"
  }

  /// Appends `<name attributes>text</name>` with `text` escaped.
  mutating func element(_ name: StaticString, _ attributes: [Attribute] = [], text: String) {
    element(name, attributes) { $0.text(text) }
  }

  /// Appends an HTML void element such as `<meta …>`.
  mutating func void(_ name: StaticString, _ attributes: [Attribute]) {
    openTag(name, attributes)
    html += ">"
  }

  /// Appends a self-closed SVG element such as `<rect …/>`.
  mutating func empty(_ name: StaticString, _ attributes: [Attribute]) {
    openTag(name, attributes)
    html += "/>"
  }

  private mutating func openTag(_ name: StaticString, _ attributes: [Attribute]) {
    html += "<\(name)"
    for attribute in attributes {
      html += " \(attribute.name)=\"\(HTMLEscaping.escape(attribute.value))\""
    }
  }
}
