extension ReliabilityDiagram {
  private static let kind = ReportColumn.Kind.percent(places: 1)

  /// The chart as SVG: a square plot with the diagonal, points sized by bin count and
  /// joined in order of prediction, optional whiskers, a count histogram underneath and a
  /// legend on the right.
  func render() -> Markup {
    let sorted = bins.filter { $0.predicted.isFinite && $0.observed.isFinite }
      .sorted { $0.predicted < $1.predicted }
    let scale = axisScale(sorted)
    let plot = PlotRect(x: 84, y: 16, width: 300, height: 300)
    var canvas = SVGCanvas(width: 720, height: 452)
    let xMap = LinearMap(domain: (0, scale.upper), range: (plot.x, plot.maxX))
    let yMap = LinearMap(domain: (0, scale.upper), range: (plot.maxY, plot.y))
    ChartAxis.drawBottom(scale, map: xMap, plot: plot, kind: Self.kind, on: &canvas)
    ChartAxis.drawLeft(scale, map: yMap, plot: plot, kind: Self.kind, on: &canvas)
    canvas.line(
      x1: xMap(0), y1: yMap(0), x2: xMap(scale.upper), y2: yMap(scale.upper),
      stroke: ChartPalette.muted, width: 1.2, dash: "5 4")
    drawPoints(sorted, xMap: xMap, yMap: yMap, on: &canvas)
    if sorted.isEmpty { canvas.noData(x: plot.midX, y: plot.midY) }
    ChartAxis.drawLeftTitle("Observed \(outcome) rate", x: 14, plot: plot, on: &canvas)
    ChartAxis.drawBottomTitle("Predicted \(outcome) probability", y: 368, plot: plot, on: &canvas)
    drawHistogram(sorted, xMap: xMap, top: 384, on: &canvas)
    drawLegend(sorted, x: plot.maxX + 44, on: &canvas)
    return canvas.svg(title: title, description: summary(sorted))
  }

  private func axisScale(_ bins: [Bin]) -> NiceScale {
    let values = bins.flatMap { bin in
      [bin.predicted, bin.observed] + (bin.interval.map { [$0.upperBound] } ?? [])
    }
    let largest = min(1, values.filter(\.isFinite).max() ?? 1)
    let scale = NiceScale(covering: [0, largest > 0 ? largest : 1], targetTicks: 5)
    return scale.upper > 1 ? NiceScale(covering: [0, 1], targetTicks: 5) : scale
  }

  private func drawPoints(
    _ bins: [Bin], xMap: LinearMap, yMap: LinearMap, on canvas: inout SVGCanvas
  ) {
    let color = ChartPalette.primary
    if bins.count > 1 {
      let d = bins.enumerated().map { index, bin in
        "\(index == 0 ? "M" : "L")\(SVGCanvas.number(xMap(bin.predicted))) "
          + SVGCanvas.number(yMap(bin.observed))
      }
      canvas.path(d.joined(separator: " "), stroke: color, width: 1.5, opacity: 0.55)
    }
    let largest = Double(bins.map(\.count).max() ?? 1)
    for bin in bins {
      let x = xMap(bin.predicted)
      if let interval = bin.interval, interval.lowerBound.isFinite, interval.upperBound.isFinite {
        canvas.line(
          x1: x, y1: yMap(interval.lowerBound), x2: x, y2: yMap(interval.upperBound),
          stroke: color, width: 1.2)
      }
      let radius = 3.5 + 6 * (Double(max(0, bin.count)) / max(1, largest)).squareRoot()
      canvas.circle(
        x: x, y: yMap(bin.observed), radius: radius, fill: color, tooltip: describe(bin))
    }
  }

  private func drawHistogram(
    _ bins: [Bin], xMap: LinearMap, top: Double, on canvas: inout SVGCanvas
  ) {
    let barHeight = 40.0
    let base = top + barHeight
    let largest = Double(bins.map(\.count).max() ?? 0)
    canvas.line(
      x1: xMap.range.0, y1: base, x2: xMap.range.1, y2: base, stroke: ChartPalette.axis)
    canvas.text(
      "Cases per bin", x: xMap.range.0 - ChartAxis.tickGap, y: base - 4, anchor: .end, size: 11)
    guard largest > 0 else { return }
    let centers = bins.map { xMap($0.predicted) }
    let gaps = zip(centers, centers.dropFirst()).map { $1 - $0 }
    let width = max(3, min(16, (gaps.min() ?? 16) - 2))
    for (index, bin) in bins.enumerated() {
      let height = barHeight * Double(max(0, bin.count)) / largest
      canvas.rect(
        x: centers[index] - width / 2, y: base - height, width: width, height: height,
        fill: ChartPalette.neutralFill, tooltip: describe(bin))
      let label = NumberText.grouped(String(bin.count))
      let room = min(
        index > 0 ? gaps[index - 1] : .infinity, index < gaps.count ? gaps[index] : .infinity)
      if TextWidth.of(label, size: 10) + 4 <= room {
        canvas.text(
          label, x: centers[index], y: base + 12, anchor: .middle, size: 10,
          fill: ChartPalette.muted)
      }
    }
  }

  private func drawLegend(_ bins: [Bin], x: Double, on canvas: inout SVGCanvas) {
    canvas.circle(x: x + 6, y: 30, radius: 6, fill: ChartPalette.primary)
    canvas.text("Observed \(outcome) rate per bin", x: x + 20, y: 34, fill: ChartPalette.ink)
    canvas.text("(larger point = more cases)", x: x + 20, y: 50, size: 11)
    canvas.line(
      x1: x, y1: 74, x2: x + 14, y2: 74, stroke: ChartPalette.muted, width: 1.2, dash: "5 4")
    canvas.text("Perfect calibration", x: x + 20, y: 78, fill: ChartPalette.ink)
    canvas.text("Above the line: model under-predicts", x: x, y: 110, size: 11)
    canvas.text("Below the line: model over-predicts", x: x, y: 126, size: 11)
    let total = bins.reduce(0) { $0 + max(0, $1.count) }
    canvas.text(
      "\(bins.count) bins · \(NumberText.grouped(String(total))) cases", x: x, y: 152, size: 11)
    drawBinTable(bins, x: x, top: 184, on: &canvas)
  }

  /// The bins as a small table: predicted, observed and count per bin.
  private func drawBinTable(_ bins: [Bin], x: Double, top: Double, on canvas: inout SVGCanvas) {
    guard !bins.isEmpty else { return }
    let columns = [(x + 62, "Predicted"), (x + 142, "Observed"), (x + 212, "Cases")]
    for (right, header) in columns {
      canvas.text(
        header, x: right, y: top, anchor: .end, size: 11, fill: ChartPalette.ink, bold: true)
    }
    canvas.line(x1: x, y1: top + 5, x2: x + 216, y2: top + 5, stroke: ChartPalette.axis)
    let shown = bins.count > 14 ? Array(bins.prefix(13)) : bins
    for (row, bin) in shown.enumerated() {
      let y = top + 21 + 16 * Double(row)
      let cells = [
        CellText.displayNumber(bin.predicted, kind: Self.kind),
        CellText.displayNumber(bin.observed, kind: Self.kind),
        NumberText.grouped(String(bin.count)),
      ]
      for ((right, _), cell) in zip(columns, cells) {
        canvas.text(cell, x: right, y: y, anchor: .end, size: 11)
      }
    }
    if shown.count < bins.count {
      canvas.text(
        "… \(bins.count - shown.count) more bins", x: x, y: top + 21 + 16 * 13, size: 11)
    }
  }

  private func describe(_ bin: Bin) -> String {
    "predicted \(CellText.displayNumber(bin.predicted, kind: Self.kind)), observed "
      + "\(CellText.displayNumber(bin.observed, kind: Self.kind)), "
      + "\(NumberText.grouped(String(bin.count))) cases"
  }

  private func summary(_ bins: [Bin]) -> String {
    guard !bins.isEmpty else { return "Reliability diagram: no data." }
    return "Reliability diagram, one entry per bin: "
      + bins.map(describe).joined(separator: "; ") + "."
  }
}
