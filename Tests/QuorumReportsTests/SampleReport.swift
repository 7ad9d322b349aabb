import QuorumAnalytics
import QuorumReports

/// A plausible report page using every block and chart kind, shared by the page tests and
/// the browser check.
enum SampleReport {
  static let asOf = Timestamp(year: 2025, month: 4, day: 1)

  static let metadata = ReportPageMetadata(
    title: "Conversion by score",
    summary: "Do leads with higher scores at creation convert and win more often?",
    window: ReportWindow(
      start: Timestamp(year: 2024, month: 1, day: 1), end: Timestamp(year: 2025, month: 3, day: 31)),
    asOf: asOf, modelVersion: "2025-Q1 (v3)")

  static let winRates: [(band: String, deals: Int, won: Int, low: Double, high: Double)] = [
    ("1 (top)", 96, 41, 0.3318, 0.5272), ("2", 104, 33, 0.2309, 0.4110),
    ("3", 98, 24, 0.1718, 0.3364), ("4", 101, 19, 0.1240, 0.2751),
    ("5", 99, 15, 0.0939, 0.2364), ("6", 97, 11, 0.0645, 0.1917),
    ("7", 100, 9, 0.0481, 0.1621), ("8", 103, 6, 0.0270, 0.1212),
    ("9", 95, 4, 0.0165, 0.1033), ("10", 102, 2, 0.0054, 0.0686),
  ]

  static var table: ReportTable {
    var table = ReportTable(
      title: "Win rate by score decile",
      columns: [
        ReportColumn("Score decile"), ReportColumn("Deals", .integer),
        ReportColumn("Won", .integer), ReportColumn("Win rate", .percent(places: 1)),
        ReportColumn("95% CI low", .percent(places: 1)),
        ReportColumn("95% CI high", .percent(places: 1)), ReportColumn("Lift", .decimal(places: 2)),
        ReportColumn("Won revenue", .currency(places: 0)), ReportColumn("First deal", .date),
      ],
      note: "Wilson score intervals; lift is the decile's win rate over the overall win rate.")
    let overall = 164.0 / 995.0
    for (index, row) in winRates.enumerated() {
      let rate = Double(row.won) / Double(row.deals)
      table.append([
        .text(row.band), .integer(row.deals), .integer(row.won), .number(rate), .number(row.low),
        .number(row.high), .number(rate / overall), .number(Double(row.won) * 48_250.5),
        .date(Timestamp(year: 2024, month: 1, day: 3 + index)),
      ])
    }
    table.append([
      "<script>alert(1)</script>", 0, 0, .missing, .missing, .missing, .number(Double.nan), 0,
      .missing,
    ])
    return table
  }

  static var winRateChart: BarChart {
    BarChart(
      title: "Win rate by score decile", caption: "Whiskers: 95% Wilson score intervals.",
      bars: winRates.map {
        .init($0.band, Double($0.won) / Double($0.deals), interval: $0.low...$0.high)
      },
      valueKind: .percent(places: 1), valueAxisLabel: "Win rate",
      categoryAxisLabel: "Score decile at lead creation",
      reference: ChartReference(164.0 / 995.0, label: "All deals 16.5%"))
  }

  static var channelChart: BarChart {
    BarChart(
      title: "Cost per SQL by channel", orientation: .horizontal,
      bars: [
        .init("Paid search", 812.4), .init("Events & trade shows", 2_410),
        .init("Content syndication", 1_190.75), .init("Webinars", 640),
        .init("\"><img src=x onerror=alert(1)>", 95), .init("Outbound SDR", Double.nan),
      ],
      valueKind: .currency(places: 0), valueAxisLabel: "Cost per SQL")
  }

  static var segmentChart: BarChart {
    BarChart(
      title: "Median days to close by industry",
      bars: [
        .init("Manufacturing & industrial", 96), .init("Financial services", 121),
        .init("Software", 64), .init("Healthcare providers", 143), .init("Retail", 58),
        .init("Public sector & education", 187),
      ],
      valueKind: .integer, valueAxisLabel: "Median days", categoryAxisLabel: "Industry",
      reference: ChartReference(88, label: "All won deals: 88 days"))
  }

  static var survivalChart: StepLineChart {
    StepLineChart(
      title: "Time to close (Kaplan–Meier)",
      caption: "Open deals are censored at the as-of date (tick marks).",
      series: [
        .init(
          name: "Top 3 deciles",
          points: [
            ChartPoint(x: 0, y: 1), ChartPoint(x: 21, y: 0.91), ChartPoint(x: 38, y: 0.78),
            ChartPoint(x: 52, y: 0.62), ChartPoint(x: 67, y: 0.49), ChartPoint(x: 88, y: 0.33),
            ChartPoint(x: 120, y: 0.2), ChartPoint(x: 161, y: 0.12),
          ], censored: [45, 95, 140, 190]),
        .init(
          name: "Deciles 4–7",
          points: [
            ChartPoint(x: 0, y: 1), ChartPoint(x: 30, y: 0.94), ChartPoint(x: 60, y: 0.8),
            ChartPoint(x: 91, y: 0.66), ChartPoint(x: 118, y: 0.51), ChartPoint(x: 150, y: 0.43),
            ChartPoint(x: 210, y: 0.3),
          ], censored: [70, 130, 230]),
        .init(
          name: "Bottom 3 deciles & <unknown>",
          points: [
            ChartPoint(x: 0, y: 1), ChartPoint(x: 44, y: 0.95), ChartPoint(x: 97, y: 0.85),
            ChartPoint(x: 160, y: 0.72), ChartPoint(x: 240, y: 0.6),
          ], censored: [120, 260]),
      ],
      xAxisLabel: "Days since opportunity created", yAxisLabel: "Share of deals still open",
      reference: ChartReference(0.5, label: "Median"))
  }

  static var reliability: ReliabilityDiagram {
    ReliabilityDiagram(
      title: "Calibration on the out-of-time holdout",
      bins: [
        .init(predicted: 0.021, observed: 0.015, count: 412),
        .init(predicted: 0.048, observed: 0.052, count: 288),
        .init(predicted: 0.083, observed: 0.071, count: 190),
        .init(predicted: 0.124, observed: 0.149, count: 121, interval: 0.096...0.223),
        .init(predicted: 0.182, observed: 0.165, count: 85, interval: 0.101...0.258),
        .init(predicted: 0.251, observed: 0.302, count: 43, interval: 0.186...0.451),
        .init(predicted: 0.347, observed: 0.294, count: 17, interval: 0.133...0.531),
      ])
  }

  static var funnel: FunnelChart {
    FunnelChart(
      title: "Lead funnel, all sources",
      stages: [
        .init("Leads", 4_210), .init("MQL", 1_184), .init("SQL", 402), .init("Opportunity", 233),
        .init("Won", 61),
      ])
  }

  static var lift: LiftChart {
    LiftChart(
      title: "Lift by score decile",
      lifts: [2.6, 1.93, 1.49, 1.14, 0.92, 0.69, 0.55, 0.35, 0.26, 0.12])
  }

  static var trend: LineChart {
    LineChart(
      title: "Win rate and lead-to-opportunity rate by quarter",
      categories: ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"],
      series: [
        .init(name: "Win rate", values: [0.18, 0.21, nil, 0.19, 0.24]),
        .init(name: "Lead → opportunity", values: [0.051, 0.058, 0.055, 0.062, 0.066]),
      ],
      yKind: .percent(places: 1), yAxisLabel: "Rate", xAxisLabel: "Quarter created")
  }

  static var page: ReportPage {
    var page = ReportPage(metadata, dataFiles: ["conversion-by-score.csv"])
    page.addSection("Headline") { section in
      section.figures([
        ReportFigure(
          "Win rate", .number(164.0 / 995.0), .percent(places: 1),
          detail: "95% CI 14.3–18.9%"),
        ReportFigure("Deals closed", 995, .integer),
        ReportFigure("Won revenue", .number(7_913_082), .currency(places: 0)),
        ReportFigure("Top-decile lift", 2.6, .decimal(places: 1), detail: "× the overall rate"),
      ])
      section.callout(
        .warning, title: "Bands are not monotone",
        "Decile 6 wins less often than decile 7 within the intervals; treat the middle deciles "
          + "as one group.")
    }
    page.addSection("Win rate by score band") { section in
      section.paragraph(
        "Deals grouped by the score their lead had when it was created, never today's score.")
      section.table(table)
      section.chart(.bar(winRateChart))
      section.chart(.lift(lift))
    }
    page.addSection("Time to close") { section in
      section.chart(.stepLine(survivalChart))
      section.chart(.bar(segmentChart))
      section.callout(.note, "Censored deals count as open until the as-of date.")
    }
    page.addSection("Model calibration") { section in
      section.chart(.reliability(reliability))
    }
    page.addSection("Funnel, cost and trends") { section in
      section.chart(.funnel(funnel))
      section.subheading("Cost")
      section.chart(.bar(channelChart))
      section.subheading("Trend")
      section.chart(.line(trend))
    }
    return page
  }
}
