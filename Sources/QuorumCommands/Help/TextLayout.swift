/// Word wrapping and the two-column layout of help text.
enum TextLayout {
  /// The width help and usage are wrapped to.
  static let width = 80
  /// The column where the help text of an argument or subcommand starts.
  static let textColumn = 26
  /// The indentation of entries under a section heading.
  static let entryIndent = 2

  /// Lays words into lines of at most `width` columns: the first line starts with
  /// `firstPrefix`, later ones with `continuationIndent` spaces. A word too long for any
  /// line gets a line of its own, unbroken.
  ///
  /// - Complexity: O(total length).
  static func fill(
    _ words: [String], width: Int = width, firstPrefix: String, continuationIndent: Int
  ) -> [String] {
    var lines: [String] = []
    var line = firstPrefix
    var lineHasWord = false
    for word in words {
      if !lineHasWord {
        line += word
        lineHasWord = true
      } else if line.count + 1 + word.count <= width {
        line += " " + word
      } else {
        lines.append(line)
        line = String(repeating: " ", count: continuationIndent) + word
      }
    }
    lines.append(line)
    return lines
  }

  /// Wraps text to `width`, indenting every line by `indent` spaces. Explicit line breaks
  /// and blank lines are kept; a line's own leading spaces are kept on its continuation
  /// lines (so indented lists stay indented).
  static func wrap(_ text: String, width: Int = width, indent: Int = 0) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      let leading = line.prefix(while: { $0 == " " }).count
      let words = line.split(separator: " ").map(String.init)
      guard !words.isEmpty else { return "" }
      let margin = String(repeating: " ", count: indent + leading)
      return fill(words, width: width, firstPrefix: margin, continuationIndent: indent + leading)
        .joined(separator: "\n")
    }.joined(separator: "\n")
  }

  /// A help entry: `label` indented by 2, `text` wrapped from column 26 — on the same line
  /// when the label leaves at least two spaces before that column, else on the next line.
  static func entry(label: String, text: String, width: Int = width) -> String {
    let paddedLabel = String(repeating: " ", count: entryIndent) + label
    let words = text.split(separator: " ").map(String.init)
    guard !words.isEmpty else { return paddedLabel }
    if paddedLabel.count + 2 <= textColumn {
      let prefix = paddedLabel + String(repeating: " ", count: textColumn - paddedLabel.count)
      return fill(words, width: width, firstPrefix: prefix, continuationIndent: textColumn)
        .joined(separator: "\n")
    }
    let margin = String(repeating: " ", count: textColumn)
    let lines = fill(words, width: width, firstPrefix: margin, continuationIndent: textColumn)
    return ([paddedLabel] + lines).joined(separator: "\n")
  }
}
