import QuorumAnalytics
import QuorumReports

/// `cycle-length`: days from opened to closed for won and lost deals by score band,
/// industry, size band, source and quarter opened; Kaplan–Meier time to close with open
/// deals censored; lead velocity.
enum CycleLengthReport {
  static func build(_ analysis: ReportAnalysis) throws -> ReportDocument {
    let inputs = try analysis.inputs()
    let deals = inputs.opportunities
    let bands = try analysis.bands(of: deals.map(\.score))
    let report = CycleLength(
      opportunities: deals, leads: inputs.leads, bands: bands, asOf: analysis.asOf)
    let thirds = CycleLength(
      opportunities: deals, bands: ScoreBands(quantilesOf: deals.map(\.score), count: 3),
      asOf: analysis.asOf)
    let table = cycleTable(report)
    let velocity = velocityTable(report.velocity)
    var page = ReportPage(analysis.metadata(.cycle, windowed: true))
    let overall = report.rows.first { $0.dimension == .overall }
    page.addSection("Headline") { section in
      section.figures(headline(overall))
      section.callout(
        .note,
        "Durations are days from the deal's created_at to its closed_at. Deals still open at the "
          + "as-of date are not dropped: the Kaplan–Meier estimate counts them as censored "
          + "(open for at least their age so far), so the median time to close is not biased "
          + "towards quick deals.")
    }
    page.addSection("Time to close") { section in
      guard !deals.isEmpty else {
        section.callout(
          .note, "No deal was opened in the window: opportunities.csv unlocks this report.")
        return
      }
      section.chart(.stepLine(survivalChart(overall: overall, thirds: thirds)))
      section.chart(.bar(medianChart(report)))
    }
    for dimension in CycleDimension.allCases where dimension != .overall {
      page.addSection("By \(title(dimension))") { section in
        section.table(dimensionTable(report, dimension))
      }
    }
    page.addSection("Lead velocity") { section in
      section.paragraph(
        "Days leads take through the funnel, over the leads whose history dates both ends: "
          + "created → first MQL → first SQL (from the score history) → first deal opened "
          + "after them.")
      section.table(
        velocity.forPage([
          PageColumn("description", "Step"), PageColumn("leads", "Leads"),
          PageColumn("median_days", "Median days"), PageColumn("p25_days", "P25"),
          PageColumn("p75_days", "P75"), PageColumn("mean_days", "Mean"),
        ]))
    }
    return ReportDocument(
      kind: .cycle, page: page, main: table, more: [("velocity", velocity)])
  }

  private static func headline(_ overall: CycleLengthRow?) -> [ReportFigure] {
    [
      ReportFigure(
        "Median days to close", .number(overall?.medianDaysToClose), .decimal(places: 0),
        detail: "Kaplan–Meier, open deals censored"),
      ReportFigure(
        "Won: median days", .number(overall?.won.median), .decimal(places: 0),
        detail: overall.map { ProseNumber.count($0.won.count, "won deal") }),
      ReportFigure(
        "Lost: median days", .number(overall?.lost.median), .decimal(places: 0),
        detail: overall.map { ProseNumber.count($0.lost.count, "lost deal") }),
      ReportFigure("Open (censored)", .integer(overall?.open), .integer),
    ]
  }

  private static func title(_ dimension: CycleDimension) -> String {
    switch dimension {
    case .overall: "all deals"
    case .scoreBand: "account score band at opening"
    case .industry: "industry"
    case .sizeBand: "employee-size band"
    case .source: "source"
    case .createdQuarter: "quarter opened"
    }
  }

  private static let summaryColumns = [
    ReportColumn("won", .integer), ReportColumn("won_median_days", .decimal(places: 1)),
    ReportColumn("won_p25_days", .decimal(places: 1)),
    ReportColumn("won_p75_days", .decimal(places: 1)),
    ReportColumn("won_mean_days", .decimal(places: 1)), ReportColumn("lost", .integer),
    ReportColumn("lost_median_days", .decimal(places: 1)),
    ReportColumn("lost_p25_days", .decimal(places: 1)),
    ReportColumn("lost_p75_days", .decimal(places: 1)),
    ReportColumn("lost_mean_days", .decimal(places: 1)), ReportColumn("open", .integer),
    ReportColumn("km_median_days", .decimal(places: 1)),
  ]

  private static let tableNote =
    "Days from opened to closed; quartiles are type 7 (Hyndman & Fan 1996). km_median_days: "
    + "the Kaplan–Meier median time to close, won or lost, with open deals censored at the "
    + "as-of date (empty when fewer than half are estimated to close within the time observed)."

  private static func cells(_ row: CycleLengthRow) -> [ReportValue] {
    [
      .integer(row.won.count), .number(row.won.median), .number(row.won.p25),
      .number(row.won.p75), .number(row.won.mean), .integer(row.lost.count),
      .number(row.lost.median), .number(row.lost.p25), .number(row.lost.p75),
      .number(row.lost.mean), .integer(row.open), .number(row.medianDaysToClose),
    ]
  }

  private static func cycleTable(_ report: CycleLength) -> ReportTable {
    var table = ReportTable(
      title: "Cycle length by group",
      columns: [ReportColumn("dimension"), ReportColumn("group")] + summaryColumns,
      note: tableNote)
    for row in report.rows {
      table.append([.text(row.dimension.rawValue), .text(row.key)] + cells(row))
    }
    return table
  }

  private static let pageColumns: [PageColumn] = [
    PageColumn("won", "Won"), PageColumn("won_median_days", "Won med.", .decimal(places: 0)),
    PageColumn("won_p25_days", "Won p25", .decimal(places: 0)),
    PageColumn("won_p75_days", "Won p75", .decimal(places: 0)), PageColumn("lost", "Lost"),
    PageColumn("lost_median_days", "Lost med.", .decimal(places: 0)),
    PageColumn("lost_p25_days", "Lost p25", .decimal(places: 0)),
    PageColumn("lost_p75_days", "Lost p75", .decimal(places: 0)), PageColumn("open", "Open"),
    PageColumn("km_median_days", "KM med.", .decimal(places: 0)),
  ]

  private static func dimensionTable(_ report: CycleLength, _ dimension: CycleDimension)
    -> ReportTable
  {
    let heading = title(dimension).prefix(1).uppercased() + title(dimension).dropFirst()
    var table = ReportTable(
      title: "Days to close by \(title(dimension))",
      columns: [ReportColumn("group")] + summaryColumns,
      note:
        "Days from opened to closed (won and lost deals): median (med.) and quartiles, type 7 "
        + "(Hyndman & Fan 1996); means are in \(ReportKind.cycle.csvFile(suffix: nil)). KM "
        + "median: the Kaplan–Meier median time to close with open deals censored (— when fewer than half "
        + "are estimated to close within the time observed).")
    for row in report.rows where row.dimension == dimension || row.dimension == .overall {
      let group =
        switch row.dimension {
        case .overall: "all deals"
        case .scoreBand: "\(bandNumber(row.key, in: report.bands)) · \(row.key)"
        default: row.key
        }
      table.append([.text(group)] + cells(row))
    }
    return table.forPage([PageColumn("group", heading)] + pageColumns)
  }

  /// The number (1 = lowest scores) of the band labelled `label`.
  private static func bandNumber(_ label: String, in bands: ScoreBands) -> String {
    bands.bands.first { $0.label == label }.map { "\($0.index + 1)" } ?? label
  }

  private static func velocityTable(_ velocity: LeadVelocity) -> ReportTable {
    var table = ReportTable(
      title: "Lead velocity",
      columns: [
        ReportColumn("step"), ReportColumn("description"), ReportColumn("leads", .integer),
        ReportColumn("median_days", .decimal(places: 1)),
        ReportColumn("p25_days", .decimal(places: 1)),
        ReportColumn("p75_days", .decimal(places: 1)),
        ReportColumn("mean_days", .decimal(places: 1)),
      ])
    for row in velocity.rows {
      table.append([
        .text(row.transition.rawValue), .text(describe(row.transition)),
        .integer(row.days.count), .number(row.days.median),
        .number(row.days.p25), .number(row.days.p75), .number(row.days.mean),
      ])
    }
    return table
  }

  private static func describe(_ transition: LeadTransition) -> String {
    switch transition {
    case .createdToMQL: "created → MQL"
    case .mqlToSQL: "MQL → SQL"
    case .sqlToOpportunity: "SQL → first deal"
    case .createdToOpportunity: "created → first deal"
    }
  }

  private static func survivalChart(overall: CycleLengthRow?, thirds: CycleLength)
    -> StepLineChart
  {
    let names = ["Bottom third of scores", "Middle third", "Top third of scores"]
    let groups = thirds.rows.filter { $0.dimension == .scoreBand }
    var series = overall.map { [curve($0.timeToClose, name: "All deals")] } ?? []
    if groups.count == 3 {
      series += zip(names, groups).map { curve($1.timeToClose, name: $0) }
    }
    return StepLineChart(
      title: "Share of deals still open, by days since opened (Kaplan–Meier)",
      caption: "Tick marks: deals still open at the as-of date (censored). Score thirds are "
        + "cut on the account score at opening.",
      series: series, xAxisLabel: "Days since the deal was opened",
      yAxisLabel: "Still open", reference: ChartReference(0.5, label: "Median"))
  }

  private static func curve(_ estimate: KaplanMeier, name: String) -> StepLineChart.Series {
    let steps = estimate.steps
    return StepLineChart.Series(
      name: name,
      points: [ChartPoint(x: 0, y: 1)]
        + steps.filter { $0.events > 0 }.map { ChartPoint(x: $0.time, y: $0.survival) },
      censored: steps.filter { $0.censored > 0 }.map(\.time))
  }

  private static func medianChart(_ report: CycleLength) -> BarChart {
    let rows = report.rows.filter { $0.dimension == .scoreBand }
    let overall = report.rows.first { $0.dimension == .overall }
    return BarChart(
      title: "Median days to close a won deal, by account score band at opening",
      caption: "Band 1 holds the lowest scores; whiskers span the 25th to 75th percentile.",
      bars: rows.map { row in
        BarChart.Bar(
          bandNumber(row.key, in: report.bands), row.won.median ?? .nan,
          interval: row.won.p25.flatMap { low in row.won.p75.map { low...$0 } })
      },
      valueKind: .decimal(places: 0), valueAxisLabel: "Days", categoryAxisLabel: "Score band",
      reference: overall?.won.median.map {
        ChartReference($0, label: "All won deals: \(ProseNumber.fixed($0, 0)) days")
      })
  }
}
