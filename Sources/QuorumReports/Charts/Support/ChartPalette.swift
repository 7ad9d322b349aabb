/// The colours every chart uses, so that all pages look alike. The series colours are a
/// muted, colour-blind-aware set ordered for contrast between neighbours.
enum ChartPalette {
  /// Colours for data series, in order of use.
  static let series = [
    "#3b6ea8", "#e0873a", "#4a9a6a", "#c8553d", "#7d6bb3", "#3a9aa8", "#b8952a", "#7b8794",
  ]
  /// Main text.
  static let ink = "#1f2933"
  /// Secondary text (axis titles, tick labels).
  static let muted = "#52606d"
  /// Axis lines and de-emphasised marks.
  static let axis = "#9aa5b1"
  /// Grid lines.
  static let grid = "#e4e7eb"
  /// The main data colour.
  static let primary = series[0]
  /// A light tint of ``primary`` for de-emphasised bars.
  static let primaryLight = "#a9c1dc"
  /// Neutral fill for secondary marks such as count histograms.
  static let neutralFill = "#c9d1db"

  /// The colour of series number `index` (wrapping around).
  static func color(_ index: Int) -> String {
    series[index % series.count]
  }
}
