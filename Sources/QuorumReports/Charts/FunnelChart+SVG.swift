extension FunnelChart {
  private static let percent = ReportColumn.Kind.percent(places: 1)

  /// The chart as SVG.
  func render() -> Markup {
    let rowHeight = 46.0
    let barHeight = 30.0
    let top = 10.0
    let (nameRight, center, maxBar, ratesX) = (178.0, 386.0, 380.0, 594.0)
    let height = top + rowHeight * Double(max(1, stages.count)) + 8
    var canvas = SVGCanvas(width: 720, height: height)
    let largest = Double(stages.map(\.count).max() ?? 0)
    let widths = stages.map {
      largest > 0 ? max(2, maxBar * Double(max(0, $0.count)) / largest) : 2
    }
    let colors = stages.indices.map { shade($0, of: stages.count) }
    if stages.isEmpty { canvas.noData(x: 360, y: height / 2) }
    for index in stages.indices.dropLast() {
      let (y0, y1) = (
        top + rowHeight * Double(index) + barHeight, top + rowHeight * Double(index + 1)
      )
      canvas.polygon(
        [
          (center - widths[index] / 2, y0), (center + widths[index] / 2, y0),
          (center + widths[index + 1] / 2, y1), (center - widths[index + 1] / 2, y1),
        ], fill: "#e3ebf5")
    }
    for (index, stage) in stages.enumerated() {
      let y = top + rowHeight * Double(index)
      let count = NumberText.grouped(String(stage.count))
      canvas.rect(
        x: center - widths[index] / 2, y: y, width: widths[index], height: barHeight,
        fill: colors[index], tooltip: "\(stage.name): \(count)")
      canvas.text(
        TextWidth.truncated(stage.name, toFit: nameRight - 4), x: nameRight, y: y + 20,
        anchor: .end, fill: ChartPalette.ink, bold: true)
      if TextWidth.of(count, size: 13) + 16 <= widths[index] {
        canvas.text(
          count, x: center, y: y + 20, anchor: .middle, size: 13, fill: "#ffffff", bold: true)
      } else {
        canvas.text(
          count, x: center + widths[index] / 2 + 6, y: y + 20, size: 13, fill: ChartPalette.ink,
          bold: true)
      }
      let (main, detail) = rates(index)
      canvas.text(main, x: ratesX, y: y + 13, fill: ChartPalette.ink)
      canvas.text(detail, x: ratesX, y: y + 28, size: 11)
    }
    return canvas.svg(title: title, description: summary)
  }

  /// The conversion texts beside stage `index`.
  private func rates(_ index: Int) -> (String, String) {
    guard index > 0, let first = stages.first else { return ("Start", "100% of this stage") }
    return (
      "\(ratio(stages[index].count, stages[index - 1].count)) of previous",
      "\(ratio(stages[index].count, first.count)) of \(first.name)"
    )
  }

  private func ratio(_ part: Int, _ whole: Int) -> String {
    guard whole > 0 else { return "n/a" }
    return CellText.displayNumber(Double(part) / Double(whole), kind: Self.percent)
  }

  /// A blue that lightens from the first stage to the last.
  private func shade(_ index: Int, of count: Int) -> String {
    let (dark, light) = ((0x2f, 0x5d, 0x8f), (0x79, 0xa3, 0xd2))
    let t = count > 1 ? Double(index) / Double(count - 1) : 0
    func mix(_ a: Int, _ b: Int) -> Int { Int((Double(a) + (Double(b - a)) * t).rounded()) }
    let channels = [mix(dark.0, light.0), mix(dark.1, light.1), mix(dark.2, light.2)]
    return "#"
      + channels.map { value in
        let hex = String(value, radix: 16)
        return hex.count == 1 ? "0" + hex : hex
      }.joined()
  }

  private var summary: String {
    guard !stages.isEmpty else { return "Funnel: no data." }
    return "Funnel: "
      + stages.enumerated().map { index, stage in
        let (main, _) = rates(index)
        return "\(stage.name) \(NumberText.grouped(String(stage.count))) (\(main))"
      }.joined(separator: "; ") + "."
  }
}
