extension BarChart {
  private static let width = 720.0

  /// The chart as SVG. `barColor` and `valueText` let wrappers such as ``LiftChart`` restyle
  /// bars and their labels; by default bars are the primary colour and labels are formatted
  /// like table cells of ``valueKind``.
  func render(
    barColor: (Bar) -> String = { _ in ChartPalette.primary },
    valueText: ((Double) -> String)? = nil
  ) -> Markup {
    let custom = valueText ?? { CellText.displayNumber($0, kind: valueKind) }
    let format: (Double) -> String = { $0.isFinite ? custom($0) : "n/a" }
    let scale = NiceScale(covering: domainValues, integerSteps: valueKind == .integer)
    let canvas =
      switch orientation {
      case .vertical: renderVertical(scale: scale, barColor: barColor, format: format)
      case .horizontal: renderHorizontal(scale: scale, barColor: barColor, format: format)
      }
    return canvas.svg(title: title, description: summary(format: format))
  }

  private var domainValues: [Double] {
    var values = [0.0]
    for bar in bars {
      values.append(bar.value)
      if let interval = bar.interval { values += [interval.lowerBound, interval.upperBound] }
    }
    if let reference { values.append(reference.value) }
    return values
  }

  private func renderVertical(
    scale: NiceScale, barColor: (Bar) -> String, format: (Double) -> String
  ) -> SVGCanvas {
    let (left, band, categories) = CategoryLabels.settledLeft(
      bars.map(\.label),
      left: 26 + ChartAxis.labelWidth(scale, kind: valueKind) + ChartAxis.tickGap,
      right: Self.width - 16)
    let legend = ChartLegend(
      reference.map { [$0.legendEntry] } ?? [], x: left, maxWidth: Self.width - left - 16)
    let top = 22 + legend.height
    let bottom = categories.height + (categoryAxisLabel == nil ? 4 : 24)
    let height = top + 250 + bottom
    let plot = PlotRect(x: left, y: top, width: Self.width - 16 - left, height: 250)
    var canvas = SVGCanvas(width: Self.width, height: height)
    legend.draw(top: 4, on: &canvas)
    let map = LinearMap(domain: (scale.lower, scale.upper), range: (plot.maxY, plot.y))
    ChartAxis.drawLeft(scale, map: map, plot: plot, kind: valueKind, on: &canvas)
    if bars.isEmpty { canvas.noData(x: plot.midX, y: plot.midY) }
    let centers = bars.indices.map { plot.x + band * (Double($0) + 0.5) }
    let thickness = min(band * 0.64, 72)
    let showValues = bars.allSatisfy { TextWidth.of(format($0.value)) <= band - 2 }
    for (bar, center) in zip(bars, centers) {
      let geometry = BarGeometry(bar: bar, map: map, zero: clampedZero(scale))
      geometry.drawVertical(
        center: center, thickness: thickness, color: barColor(bar), tooltip: tooltip(bar, format),
        on: &canvas)
      if showValues || !bar.value.isFinite {
        geometry.labelVertical(
          format(bar.value), center: center, on: &canvas)
      }
    }
    reference?.drawHorizontal(map: map, plot: plot, on: &canvas)
    categories.draw(centers: centers, plotBottom: plot.maxY, on: &canvas)
    ChartAxis.drawLeftTitle(valueAxisLabel, x: 14, plot: plot, on: &canvas)
    if let categoryAxisLabel {
      ChartAxis.drawBottomTitle(categoryAxisLabel, y: height - 8, plot: plot, on: &canvas)
    }
    return canvas
  }

  private func renderHorizontal(
    scale: NiceScale, barColor: (Bar) -> String, format: (Double) -> String
  ) -> SVGCanvas {
    let rowHeight = 30.0
    let labelArea = min(bars.map { TextWidth.of($0.label) }.max() ?? 0, 220)
    let left = labelArea + 14 + (categoryAxisLabel == nil ? 0 : 22)
    let valueWidth = bars.map { TextWidth.of(format($0.value)) }.max() ?? 0
    let top = reference == nil ? 10.0 : 26
    let bottom = 52.0
    let height = top + rowHeight * Double(max(1, bars.count)) + bottom
    let plot = PlotRect(
      x: left, y: top, width: Self.width - left - max(24, valueWidth + 14),
      height: height - top - bottom)
    var canvas = SVGCanvas(width: Self.width, height: height)
    let map = LinearMap(domain: (scale.lower, scale.upper), range: (plot.x, plot.maxX))
    ChartAxis.drawBottom(scale, map: map, plot: plot, kind: valueKind, on: &canvas)
    if bars.isEmpty { canvas.noData(x: plot.midX, y: plot.midY) }
    for (index, bar) in bars.enumerated() {
      let center = plot.y + rowHeight * (Double(index) + 0.5)
      let geometry = BarGeometry(bar: bar, map: map, zero: clampedZero(scale))
      geometry.drawHorizontal(
        center: center, thickness: min(rowHeight * 0.62, 20), color: barColor(bar),
        tooltip: tooltip(bar, format), on: &canvas)
      geometry.labelHorizontal(
        format(bar.value), center: center, on: &canvas)
      canvas.text(
        TextWidth.truncated(bar.label, toFit: labelArea), x: plot.x - 8, y: center + 4,
        anchor: .end, fill: ChartPalette.ink)
    }
    if let reference {
      let x = map(reference.value)
      canvas.line(
        x1: x, y1: plot.y - 4, x2: x, y2: plot.maxY, stroke: ChartPalette.ink, width: 1.2,
        dash: ChartReference.dash)
      canvas.text(
        reference.label, x: x, y: plot.y - 8, anchor: .middle, size: 11, fill: ChartPalette.ink)
    }
    ChartAxis.drawBottomTitle(valueAxisLabel, y: height - 8, plot: plot, on: &canvas)
    if let categoryAxisLabel {
      ChartAxis.drawLeftTitle(categoryAxisLabel, x: 14, plot: plot, on: &canvas)
    }
    return canvas
  }

  private func clampedZero(_ scale: NiceScale) -> Double {
    min(max(0, scale.lower), scale.upper)
  }

  private func tooltip(_ bar: Bar, _ format: (Double) -> String) -> String {
    var text = "\(bar.label): \(format(bar.value))"
    if let interval = bar.interval, interval.lowerBound.isFinite, interval.upperBound.isFinite {
      text += " (interval \(format(interval.lowerBound)) to \(format(interval.upperBound)))"
    }
    return text
  }

  private func summary(format: (Double) -> String) -> String {
    let items = bars.prefix(40).map { bar in
      "\(bar.label) \(format(bar.value))"
    }
    guard !items.isEmpty else { return "\(valueAxisLabel): no data." }
    let more = bars.count > 40 ? "; and \(bars.count - 40) more" : ""
    return "\(valueAxisLabel) by category: " + items.joined(separator: "; ") + more + "."
  }
}

/// Where one bar, its whisker and its value label go along the value axis.
private struct BarGeometry {
  let bar: BarChart.Bar
  let map: LinearMap
  let zero: Double

  /// The value at the outer end of the bar or its whisker.
  private var outerValue: Double {
    guard let interval = bar.interval, interval.lowerBound.isFinite, interval.upperBound.isFinite
    else { return bar.value }
    return bar.value >= 0
      ? max(bar.value, interval.upperBound) : min(bar.value, interval.lowerBound)
  }

  func drawVertical(
    center: Double, thickness: Double, color: String, tooltip: String,
    on canvas: inout SVGCanvas
  ) {
    guard bar.value.isFinite else { return }
    let (base, end) = (map(zero), map(bar.value))
    canvas.rect(
      x: center - thickness / 2, y: min(base, end), width: thickness, height: abs(end - base),
      fill: color, tooltip: tooltip)
    guard let interval = bar.interval, interval.lowerBound.isFinite, interval.upperBound.isFinite
    else { return }
    let (low, high) = (map(interval.lowerBound), map(interval.upperBound))
    let cap = min(thickness * 0.35, 8)
    canvas.line(x1: center, y1: low, x2: center, y2: high, stroke: ChartPalette.ink, width: 1.4)
    for y in [low, high] {
      canvas.line(
        x1: center - cap, y1: y, x2: center + cap, y2: y, stroke: ChartPalette.ink, width: 1.4)
    }
  }

  func labelVertical(_ text: String, center: Double, on canvas: inout SVGCanvas) {
    let value = bar.value.isFinite ? outerValue : zero
    let y = value >= 0 ? map(value) - 6 : map(value) + 15
    canvas.text(
      text, x: center, y: y, anchor: .middle, size: 11, fill: ChartPalette.ink, halo: true)
  }

  func drawHorizontal(
    center: Double, thickness: Double, color: String, tooltip: String,
    on canvas: inout SVGCanvas
  ) {
    guard bar.value.isFinite else { return }
    let (base, end) = (map(zero), map(bar.value))
    canvas.rect(
      x: min(base, end), y: center - thickness / 2, width: abs(end - base), height: thickness,
      fill: color, tooltip: tooltip)
    guard let interval = bar.interval, interval.lowerBound.isFinite, interval.upperBound.isFinite
    else { return }
    let (low, high) = (map(interval.lowerBound), map(interval.upperBound))
    let cap = min(thickness * 0.35, 7)
    canvas.line(x1: low, y1: center, x2: high, y2: center, stroke: ChartPalette.ink, width: 1.4)
    for x in [low, high] {
      canvas.line(
        x1: x, y1: center - cap, x2: x, y2: center + cap, stroke: ChartPalette.ink, width: 1.4)
    }
  }

  func labelHorizontal(_ text: String, center: Double, on canvas: inout SVGCanvas) {
    let value = bar.value.isFinite ? outerValue : zero
    let negative = value < 0
    canvas.text(
      text, x: map(value) + (negative ? -6 : 6), y: center + 4, anchor: negative ? .end : .start,
      size: 11, fill: ChartPalette.ink, halo: true)
  }
}
