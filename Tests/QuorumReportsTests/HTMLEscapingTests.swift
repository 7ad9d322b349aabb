import Foundation
import QuorumAnalytics
import QuorumReports
import Testing

@Suite struct HTMLEscapingTests {
  @Test func escapesTheFiveMarkupCharacters() {
    #expect(HTMLEscaping.escape("&<>\"'") == "&amp;&lt;&gt;&quot;&#39;")
  }

  @Test func leavesOtherTextAlone() {
    #expect(HTMLEscaping.escape("Zoë → 42% (Q1)") == "Zoë → 42% (Q1)")
    #expect(HTMLEscaping.escape("") == "")
  }

  @Test func escapesAlreadyEscapedTextAgainSoItShowsLiterally() {
    #expect(HTMLEscaping.escape("&amp;") == "&amp;amp;")
  }

  @Test func escapesQuoteFollowedByCombiningMark() {
    #expect(HTMLEscaping.escape("\"\u{301}") == "&quot;\u{301}")
  }

  @Test(arguments: Hostile.all)
  func hostileTextRendersAsTextEverywhereInAPage(_ hostile: String) throws {
    let html = HTMLDocument(Self.page(with: hostile)).html
    #expect(try Hostile.onlyEscaped(hostile, in: html))
    let escaped = try #require(Hostile.escaped[hostile])
    // <title>, h1, lede, model version ×2 (header, footer), h2, table of contents? (no: one
    // section), h3, paragraph, callout title and text, figure label, value and detail,
    // table region label, caption, header, cell, note, and the chart figcaptions.
    #expect(html.components(separatedBy: escaped).count - 1 >= 19 + 7)
  }

  @Test(arguments: Hostile.all)
  func hostileTextRendersAsTextInEveryChartKind(_ hostile: String) throws {
    for chart in Self.charts(labelled: hostile) {
      #expect(try Hostile.onlyEscaped(hostile, in: chart.svg), "\(chart.title)")
    }
  }

  static func charts(labelled label: String) -> [ReportChart] {
    [
      .bar(
        BarChart(
          title: label, bars: [.init(label, 0.3, interval: 0.2...0.4)], valueAxisLabel: label)),
      .bar(
        BarChart(
          title: label, orientation: .horizontal,
          bars: [.init(label, 3), .init("b", 2), .init("c", 1), .init("d", 0)],
          valueAxisLabel: label,
          categoryAxisLabel: label, reference: ChartReference(1, label: label))),
      .lift(
        LiftChart(title: label, lifts: [1.5, 0.5], labels: [label, "2"], groupAxisLabel: label)),
      .stepLine(
        StepLineChart(
          title: label,
          series: [.init(name: label, points: [ChartPoint(x: 0, y: 1), ChartPoint(x: 5, y: 0.5)])],
          xAxisLabel: label, yAxisLabel: label, reference: ChartReference(0.5, label: label))),
      .reliability(
        ReliabilityDiagram(
          title: label, bins: [.init(predicted: 0.1, observed: 0.2, count: 3)], outcome: label)),
      .funnel(FunnelChart(title: label, stages: [.init(label, 10), .init("Won", 2)])),
      .line(
        LineChart(
          title: label, categories: [label, "Q2"], series: [.init(name: label, values: [1, 2])],
          yAxisLabel: label, xAxisLabel: label, reference: ChartReference(1.5, label: label))),
    ]
  }

  static func page(with hostile: String) -> ReportPage {
    var page = ReportPage(
      ReportPageMetadata(
        title: hostile, summary: hostile, asOf: Timestamp(year: 2025, month: 4, day: 1),
        modelVersion: hostile))
    page.addSection(hostile) { section in
      section.subheading(hostile)
      section.paragraph(hostile)
      section.callout(.warning, title: hostile, hostile)
      section.figures([ReportFigure(hostile, .text(hostile), detail: hostile)])
      section.table(
        ReportTable(
          title: hostile, columns: [ReportColumn(hostile), ReportColumn("n", .integer)],
          rows: [[.text(hostile), 1]], note: hostile))
      for chart in charts(labelled: hostile) { section.chart(chart) }
    }
    return page
  }
}
