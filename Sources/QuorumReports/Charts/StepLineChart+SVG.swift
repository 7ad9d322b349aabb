extension StepLineChart {
  /// The chart as SVG.
  func render() -> Markup {
    let width = 720.0
    let height = 380.0
    let yScale = NiceScale(covering: yDomainValues)
    let xScale = NiceScale(covering: [0] + series.flatMap { $0.points.map(\.x) + $0.censored })
    let left = 26 + ChartAxis.labelWidth(yScale, kind: yKind) + ChartAxis.tickGap
    let legend = ChartLegend(
      legendEntries(series.map(\.name), reference: reference), x: left,
      maxWidth: width - left - 16)
    let top = 14 + legend.height
    let plot = PlotRect(x: left, y: top, width: width - left - 20, height: height - top - 52)
    var canvas = SVGCanvas(width: width, height: height)
    legend.draw(top: 4, on: &canvas)
    let xMap = LinearMap(domain: (xScale.lower, xScale.upper), range: (plot.x, plot.maxX))
    let yMap = LinearMap(domain: (yScale.lower, yScale.upper), range: (plot.maxY, plot.y))
    ChartAxis.drawBottom(xScale, map: xMap, plot: plot, kind: .decimal(places: 0), on: &canvas)
    ChartAxis.drawLeft(yScale, map: yMap, plot: plot, kind: yKind, on: &canvas)
    if series.allSatisfy(\.points.isEmpty) { canvas.noData(x: plot.midX, y: plot.midY) }
    reference?.drawHorizontal(map: yMap, plot: plot, on: &canvas)
    for (index, curve) in series.enumerated() {
      draw(curve, color: ChartPalette.color(index), xMap: xMap, yMap: yMap, on: &canvas)
    }
    ChartAxis.drawLeftTitle(yAxisLabel, x: 14, plot: plot, on: &canvas)
    ChartAxis.drawBottomTitle(xAxisLabel, y: height - 8, plot: plot, on: &canvas)
    return canvas.svg(title: title, description: summary)
  }

  private var yDomainValues: [Double] {
    if let yRange { return [yRange.lowerBound, yRange.upperBound] }
    return series.flatMap { $0.points.map(\.y) } + (reference.map { [$0.value] } ?? [])
  }

  private func draw(
    _ curve: Series, color: String, xMap: LinearMap, yMap: LinearMap, on canvas: inout SVGCanvas
  ) {
    guard let first = curve.points.first, let last = curve.points.last else { return }
    var d = "M\(SVGCanvas.number(xMap(first.x))) \(SVGCanvas.number(yMap(first.y)))"
    for point in curve.points.dropFirst() {
      d += " H\(SVGCanvas.number(xMap(point.x))) V\(SVGCanvas.number(yMap(point.y)))"
    }
    if let end = curve.censored.last, end > last.x { d += " H\(SVGCanvas.number(xMap(end)))" }
    canvas.path(d, stroke: color, width: 2.2, tooltip: curve.name)
    for x in curve.censored {
      guard let y = curve.value(at: x) else { continue }
      let (px, py) = (xMap(x), yMap(y))
      canvas.line(x1: px, y1: py - 5, x2: px, y2: py + 5, stroke: color, width: 1.5)
    }
  }

  private var summary: String {
    let parts = series.map { curve -> String in
      guard let first = curve.points.first, let last = curve.points.last else {
        return "\(curve.name): no data"
      }
      let start = CellText.displayNumber(first.y, kind: yKind)
      let end = CellText.displayNumber(last.y, kind: yKind)
      let x = NumberText.trimmed(last.x, maxPlaces: 1)
      return "\(curve.name): from \(start) to \(end) at \(x); \(curve.censored.count) censored"
    }
    guard !parts.isEmpty else { return "\(yAxisLabel): no data." }
    return "\(yAxisLabel) against \(xAxisLabel). " + parts.joined(separator: ". ") + "."
  }
}
