import Foundation
import QuorumReports
import Testing

@Suite struct ChartTests {
  static let charts: [ReportChart] = [
    .bar(SampleReport.winRateChart), .bar(SampleReport.channelChart), .lift(SampleReport.lift),
    .stepLine(SampleReport.survivalChart), .reliability(SampleReport.reliability),
    .funnel(SampleReport.funnel), .line(SampleReport.trend),
  ]

  static let emptyCharts: [ReportChart] = [
    .bar(BarChart(title: "e", bars: [], valueAxisLabel: "v")),
    .bar(BarChart(title: "e", orientation: .horizontal, bars: [], valueAxisLabel: "v")),
    .lift(LiftChart(title: "e", lifts: [])),
    .stepLine(StepLineChart(title: "e", series: [], xAxisLabel: "x", yAxisLabel: "y")),
    .stepLine(
      StepLineChart(
        title: "e", series: [.init(name: "none", points: [])], xAxisLabel: "x", yAxisLabel: "y",
        yRange: nil)),
    .reliability(ReliabilityDiagram(title: "e", bins: [])),
    .funnel(FunnelChart(title: "e", stages: [])),
    .line(LineChart(title: "e", categories: [], series: [], yAxisLabel: "y")),
    .line(
      LineChart(
        title: "e", categories: ["a"], series: [.init(name: "s", values: [nil])], yAxisLabel: "y")),
  ]

  /// Charts with data that is all zero; they draw their zeros rather than "No data".
  static let zeroCharts: [ReportChart] = [
    .funnel(FunnelChart(title: "z", stages: [.init("a", 0), .init("b", 0)])),
    .bar(BarChart(title: "z", bars: [.init("a", 0)], valueAxisLabel: "v")),
  ]

  @Test(arguments: charts + emptyCharts + zeroCharts)
  func everyChartIsAnAccessibleSelfContainedSVG(_ chart: ReportChart) {
    let svg = chart.svg
    #expect(svg.hasPrefix("<svg viewBox=\"0 0 720 "))
    #expect(svg.hasSuffix("</svg>"))
    #expect(svg.contains(" role=\"img\" aria-label=\"\(HTMLEscaping.escape(chart.title))\""))
    #expect(svg.contains("<title>\(HTMLEscaping.escape(chart.title))</title>"))
    #expect(svg.contains("<desc>"))
    let lowered = svg.lowercased()
    for bad in ["nan", "inf", "http", "url(", "<script", "xlink", "href"] {
      #expect(!lowered.contains(bad), "\(chart.title) contains \(bad)")
    }
  }

  @Test(arguments: emptyCharts)
  func chartsWithoutDataSaySo(_ chart: ReportChart) {
    #expect(chart.svg.contains(">No data</text>"))
  }

  @Test(arguments: charts)
  func renderingIsDeterministic(_ chart: ReportChart) {
    #expect(Array(chart.svg.utf8) == Array(chart.svg.utf8))
  }

  @Test func coordinatesHaveAtMostTwoDecimals() {
    let svg = ReportChart.stepLine(SampleReport.survivalChart).svg
    let longDecimals = try? Regex("[0-9]\\.[0-9]{3}")
    #expect(longDecimals.map { svg.contains($0) } == false)
  }

  @Test func barChartDrawsBarsWhiskersValueLabelsAndReference() {
    let svg = ReportChart.bar(SampleReport.winRateChart).svg
    #expect(svg.components(separatedBy: "<rect ").count - 1 == 10)
    #expect(svg.contains("<title>1 (top): 42.7% (interval 33.2% to 52.7%)</title>"))
    #expect(svg.contains(">42.7%</text>"))
    #expect(svg.contains(">All deals 16.5%</text>"))
    #expect(svg.contains("stroke-dasharray=\"5 4\""))
    // 10 whiskers with two caps each.
    #expect(svg.components(separatedBy: "stroke=\"#1f2933\" stroke-width=\"1.4\"").count - 1 == 30)
  }

  @Test func nonFiniteBarIsLabelledNotDrawn() {
    let chart = BarChart(
      title: "t", orientation: .horizontal, bars: [.init("ok", 2), .init("bad", .nan)],
      valueKind: .integer, valueAxisLabel: "v")
    let svg = ReportChart.bar(chart).svg
    #expect(svg.components(separatedBy: "<rect ").count - 1 == 1)
    #expect(svg.contains(">n/a</text>"))
  }

  @Test func longCategoryLabelsAreShortenedWithEllipsis() {
    let long = String(repeating: "Enterprise software ", count: 10)
    let chart = BarChart(
      title: "t", orientation: .horizontal, bars: [.init(long, 1)], valueAxisLabel: "v")
    let svg = ReportChart.bar(chart).svg
    #expect(svg.contains("…</text>"))
    #expect(svg.contains("<title>\(long): 1.0</title>"))
  }

  @Test func wideLabelsWrapOntoTwoLinesWhenBandsAllowIt() {
    let svg = ReportChart.bar(SampleReport.segmentChart).svg
    #expect(svg.contains(">Manufacturing &amp;</text>"))
    #expect(svg.contains(">industrial</text>"))
    #expect(!svg.contains("rotate(-40"))
  }

  @Test func crowdedVerticalLabelsAreRotated() {
    let bars = (1...12).map { BarChart.Bar("Segment number \($0)", Double($0)) }
    let svg = ReportChart.bar(BarChart(title: "t", bars: bars, valueAxisLabel: "v")).svg
    #expect(svg.contains("transform=\"rotate(-40 "))
  }

  @Test func liftChartColoursBarsBelowBaselineLighter() {
    let svg = ReportChart.lift(LiftChart(title: "t", lifts: [2.5, 0.5])).svg
    #expect(svg.contains("fill=\"#3b6ea8\"><title>1: 2.50×</title>"))
    #expect(svg.contains("fill=\"#a9c1dc\"><title>2: 0.50×</title>"))
    #expect(svg.contains(">No lift (1×)</text>"))
  }

  @Test func stepChartDrawsStepsToLastCensoringAndCensorTicks() {
    let chart = StepLineChart(
      title: "t",
      series: [
        .init(
          name: "s", points: [ChartPoint(x: 0, y: 1), ChartPoint(x: 10, y: 0.5)],
          censored: [5, 20])
      ], xAxisLabel: "x", yAxisLabel: "y")
    let svg = ReportChart.stepLine(chart).svg
    let d =
      svg.components(separatedBy: "<path d=\"").dropFirst().first
      .map { String($0.prefix { $0 != "\"" }) } ?? ""
    // M(0,1) H(10) V(0.5) H(20): one step down, then the run-out to the last censored deal.
    #expect(d.filter { $0 == "H" }.count == 2)
    #expect(d.filter { $0 == "V" }.count == 1)
    #expect(d.hasPrefix("M"))
    // Two censoring ticks in the series colour.
    #expect(svg.components(separatedBy: "stroke=\"#3b6ea8\" stroke-width=\"1.5\"").count - 1 == 2)
  }

  @Test func stepChartShowsLegendOnlyForSeveralSeries() {
    let svg = ReportChart.stepLine(SampleReport.survivalChart).svg
    #expect(svg.contains(">Deciles 4–7</text>"))
    let single = StepLineChart(
      title: "t", series: [.init(name: "only", points: [ChartPoint(x: 0, y: 1)])],
      xAxisLabel: "x", yAxisLabel: "y")
    #expect(!ReportChart.stepLine(single).svg.contains(">only</text>"))
  }

  @Test func reliabilityDiagramPlotsEveryFiniteBinWithCounts() {
    let chart = ReliabilityDiagram(
      title: "t",
      bins: [
        .init(predicted: 0.3, observed: 0.25, count: 40),
        .init(predicted: 0.1, observed: 0.12, count: 200),
        .init(predicted: .nan, observed: 0.5, count: 3),
      ])
    let svg = ReportChart.reliability(chart).svg
    // Two bins plus the legend dot.
    #expect(svg.components(separatedBy: "<circle ").count - 1 == 3)
    #expect(svg.contains("<title>predicted 10.0%, observed 12.0%, 200 cases</title>"))
    #expect(svg.contains(">2 bins · 240 cases</text>"))
    // Bins are joined in order of prediction: the 10% bin comes first in the path.
    let first = svg.range(of: "10.0%</text>")
    let second = svg.range(of: "30.0%</text>")
    #expect(first != nil && second != nil)
    if let first, let second { #expect(first.lowerBound < second.lowerBound) }
  }

  @Test func funnelShowsConversionFromPreviousAndFirstStage() {
    let svg = ReportChart.funnel(SampleReport.funnel).svg
    #expect(svg.contains(">4,210</text>"))
    #expect(svg.contains(">28.1% of previous</text>"))
    #expect(svg.contains(">1.4% of Leads</text>"))
    let empty = FunnelChart(title: "t", stages: [.init("a", 0), .init("b", 0)])
    #expect(ReportChart.funnel(empty).svg.contains(">n/a of previous</text>"))
  }

  @Test func lineChartBreaksAtMissingValues() {
    let svg = ReportChart.line(SampleReport.trend).svg
    let paths = svg.components(separatedBy: "<path d=\"").dropFirst().map {
      $0.prefix { $0 != "\"" }
    }
    #expect(paths.count == 2)
    #expect(paths.first.map { $0.filter { $0 == "M" }.count } == 2)
    #expect(paths.last.map { $0.filter { $0 == "M" }.count } == 1)
    #expect(svg.contains("<title>Win rate, 2024-Q1: 18.0%</title>"))
    #expect(!svg.contains("Win rate, 2024-Q3"))
  }
}
