/// Value axes with grid lines and tick labels, and axis titles, drawn the same way in every
/// chart.
enum ChartAxis {
  /// Gap between an axis and its tick labels.
  static let tickGap = 8.0

  /// The label of tick `value` on an axis of `scale`, formatted like a `kind` table cell but
  /// with just enough decimals for the tick step: `20%`, `2.5%`, `1,000`, `0.25`.
  static func tickLabel(_ value: Double, kind: ReportColumn.Kind, scale: NiceScale) -> String {
    switch kind {
    case .percent:
      let places = NiceScale.decimals(of: scale.step * 100)
      return NumberText.fixed(value * 100, places: places) + "%"
    case .integer, .decimal, .currency, .text, .date:
      return NumberText.grouped(NumberText.fixed(value, places: scale.decimals))
    }
  }

  /// The widest tick label of `scale`.
  static func labelWidth(_ scale: NiceScale, kind: ReportColumn.Kind) -> Double {
    scale.ticks.map { TextWidth.of(tickLabel($0, kind: kind, scale: scale)) }.max() ?? 0
  }

  /// Draws horizontal grid lines at the ticks of a vertical value axis, labels to the left
  /// of the plot, and a solid line at zero when zero is inside the range.
  static func drawLeft(
    _ scale: NiceScale, map: LinearMap, plot: PlotRect, kind: ReportColumn.Kind,
    on canvas: inout SVGCanvas
  ) {
    for tick in scale.ticks {
      let y = map(tick)
      canvas.line(x1: plot.x, y1: y, x2: plot.maxX, y2: y, stroke: ChartPalette.grid)
      canvas.text(
        tickLabel(tick, kind: kind, scale: scale), x: plot.x - tickGap, y: y + 4, anchor: .end)
    }
    let zero = scale.lower <= 0 && scale.upper >= 0 ? map(0) : plot.maxY
    canvas.line(x1: plot.x, y1: zero, x2: plot.maxX, y2: zero, stroke: ChartPalette.axis)
  }

  /// Draws vertical grid lines at the ticks of a horizontal value axis, labels below the
  /// plot, and a solid line at zero when zero is inside the range.
  static func drawBottom(
    _ scale: NiceScale, map: LinearMap, plot: PlotRect, kind: ReportColumn.Kind,
    on canvas: inout SVGCanvas
  ) {
    for tick in scale.ticks {
      let x = map(tick)
      canvas.line(x1: x, y1: plot.y, x2: x, y2: plot.maxY, stroke: ChartPalette.grid)
      canvas.text(
        tickLabel(tick, kind: kind, scale: scale), x: x, y: plot.maxY + tickGap + 10,
        anchor: .middle)
    }
    let zero = scale.lower <= 0 && scale.upper >= 0 ? map(0) : plot.x
    canvas.line(x1: zero, y1: plot.y, x2: zero, y2: plot.maxY, stroke: ChartPalette.axis)
  }

  /// Draws a vertical axis title, rotated, centred on the plot's left side at `x`.
  static func drawLeftTitle(_ title: String, x: Double, plot: PlotRect, on canvas: inout SVGCanvas)
  {
    let text = TextWidth.truncated(title, toFit: plot.height)
    canvas.text(text, x: x, y: plot.midY, anchor: .middle, fill: ChartPalette.ink, rotation: -90)
  }

  /// Draws a horizontal axis title centred under the plot with its baseline at `y`.
  static func drawBottomTitle(
    _ title: String, y: Double, plot: PlotRect, on canvas: inout SVGCanvas
  ) {
    let text = TextWidth.truncated(title, toFit: plot.width)
    canvas.text(text, x: plot.midX, y: y, anchor: .middle, fill: ChartPalette.ink)
  }
}
