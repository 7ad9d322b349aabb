extension LineChart {
  /// The chart as SVG.
  func render() -> Markup {
    let width = 720.0
    let values = series.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite)
    let scale = NiceScale(
      covering: values + (includesZero ? [0] : []) + (reference.map { [$0.value] } ?? []),
      integerSteps: yKind == .integer)
    let left = 26 + ChartAxis.labelWidth(scale, kind: yKind) + ChartAxis.tickGap
    let (plotLeft, band, labels) = CategoryLabels.settledLeft(
      categories, left: left, right: width - 20)
    let legend = ChartLegend(
      legendEntries(series.map(\.name), reference: reference), x: plotLeft,
      maxWidth: width - plotLeft - 16)
    let top = 18 + legend.height
    let bottom = labels.height + (xAxisLabel == nil ? 4 : 24)
    let plot = PlotRect(x: plotLeft, y: top, width: width - 20 - plotLeft, height: 250)
    let height = top + plot.height + bottom
    var canvas = SVGCanvas(width: width, height: height)
    legend.draw(top: 4, on: &canvas)
    let yMap = LinearMap(domain: (scale.lower, scale.upper), range: (plot.maxY, plot.y))
    ChartAxis.drawLeft(scale, map: yMap, plot: plot, kind: yKind, on: &canvas)
    if values.isEmpty { canvas.noData(x: plot.midX, y: plot.midY) }
    let centers = categories.indices.map { plot.x + band * (Double($0) + 0.5) }
    reference?.drawHorizontal(map: yMap, plot: plot, on: &canvas)
    let labelsPoints = series.count == 1 && categories.count <= 12
    for (index, line) in series.enumerated() {
      draw(
        line, color: ChartPalette.color(index), centers: centers, yMap: yMap,
        labelled: labelsPoints, on: &canvas)
    }
    labels.draw(centers: centers, plotBottom: plot.maxY, on: &canvas)
    ChartAxis.drawLeftTitle(yAxisLabel, x: 14, plot: plot, on: &canvas)
    if let xAxisLabel {
      ChartAxis.drawBottomTitle(xAxisLabel, y: height - 8, plot: plot, on: &canvas)
    }
    return canvas.svg(title: title, description: summary)
  }

  private func draw(
    _ line: Series, color: String, centers: [Double], yMap: LinearMap, labelled: Bool,
    on canvas: inout SVGCanvas
  ) {
    var d = ""
    var penDown = false
    for (value, x) in zip(line.values, centers) {
      guard let value, value.isFinite else {
        penDown = false
        continue
      }
      d +=
        "\(d.isEmpty ? "" : " ")\(penDown ? "L" : "M")\(SVGCanvas.number(x)) "
        + SVGCanvas.number(yMap(value))
      penDown = true
    }
    if !d.isEmpty { canvas.path(d, stroke: color, width: 2.2, tooltip: line.name) }
    for ((value, x), category) in zip(zip(line.values, centers), categories) {
      guard let value, value.isFinite else { continue }
      let text = CellText.displayNumber(value, kind: yKind)
      canvas.circle(
        x: x, y: yMap(value), radius: 4, fill: color, tooltip: "\(line.name), \(category): \(text)")
      if labelled {
        canvas.text(
          text, x: x, y: yMap(value) - 10, anchor: .middle, size: 11, fill: ChartPalette.ink,
          halo: true)
      }
    }
  }

  private var summary: String {
    let parts = series.map { line in
      let points = zip(categories, line.values).map { category, value in
        let text = value.flatMap { $0.isFinite ? CellText.displayNumber($0, kind: yKind) : nil }
        return "\(category) \(text ?? "n/a")"
      }
      return "\(line.name): " + points.joined(separator: ", ")
    }
    guard !parts.isEmpty else { return "\(yAxisLabel): no data." }
    return parts.joined(separator: ". ") + "."
  }
}
