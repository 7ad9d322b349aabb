extension ChartReference {
  /// The legend entry naming the dashed reference line (used where an in-plot label could
  /// collide with the data).
  var legendEntry: ChartLegend.Entry {
    ChartLegend.Entry(label: label, color: ChartPalette.ink, mark: .dashed)
  }

  /// Draws the dashed line across the plot at the value's height.
  func drawHorizontal(map: LinearMap, plot: PlotRect, on canvas: inout SVGCanvas) {
    let y = map(value)
    canvas.line(
      x1: plot.x, y1: y, x2: plot.maxX, y2: y, stroke: ChartPalette.ink, width: 1.2,
      dash: ChartReference.dash)
  }

  /// The dash pattern of reference lines and their legend marks.
  static let dash = "5 4"
}
