/// The rectangle of a chart where data is drawn, inside the margins for axes and legends.
struct PlotRect: Sendable {
  /// Left edge.
  let x: Double
  /// Top edge.
  let y: Double
  /// Width.
  let width: Double
  /// Height.
  let height: Double

  /// Right edge.
  var maxX: Double { x + width }
  /// Bottom edge.
  var maxY: Double { y + height }
  /// Horizontal centre.
  var midX: Double { x + width / 2 }
  /// Vertical centre.
  var midY: Double { y + height / 2 }
}
