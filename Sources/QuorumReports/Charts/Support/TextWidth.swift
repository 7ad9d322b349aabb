/// Rough text measurement for layout without a font engine: average glyph widths of common
/// sans-serif system fonts, erring on the wide side.
enum TextWidth {
  /// The estimated width of `text` at `size` pixels.
  static func of(_ text: String, size: Double = 12) -> Double {
    text.unicodeScalars.reduce(0) { width, scalar in
      width + factor(scalar) * size
    }
  }

  /// `text`, shortened with `…` to fit `maxWidth` pixels at `size`.
  static func truncated(_ text: String, toFit maxWidth: Double, size: Double = 12) -> String {
    guard of(text, size: size) > maxWidth else { return text }
    var kept = ""
    var width = of("…", size: size)
    for character in text {
      let next = of(String(character), size: size)
      if width + next > maxWidth { break }
      kept.append(character)
      width += next
    }
    return kept + "…"
  }

  private static func factor(_ scalar: Unicode.Scalar) -> Double {
    switch scalar {
    case "i", "l", "j", "t", "f", "r", "I", ".", ",", ":", ";", "'", "|", "!", " ": 0.36
    case "m", "w", "M", "W", "%", "@": 0.94
    case "A"..."Z": 0.72
    case "0"..."9": 0.64
    default: scalar.value > 0x2E7F ? 1.0 : 0.62
    }
  }
}
