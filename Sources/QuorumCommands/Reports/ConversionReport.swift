import QuorumAnalytics
import QuorumReports

/// `conversion-by-score`: deals by the account score they had when they were opened (win
/// rates with Wilson intervals, lift, monotonicity), leads by the score they had when they
/// were created (funnel and lead-to-opportunity rate), and — for a calibrated model — the
/// reliability of the win probabilities at opening.
enum ConversionReport {
  static func build(_ analysis: ReportAnalysis) throws -> ReportDocument {
    let inputs = try analysis.inputs()
    let asOf = analysis.asOf
    let deals = ConversionByScore(
      leads: [], opportunities: inputs.opportunities,
      bands: try analysis.bands(of: inputs.opportunities.map(\.score)), asOf: asOf)
    let leadBands = try analysis.bands(of: inputs.leads.map(\.score))
    let leads = ConversionByScore(
      leads: inputs.leads, opportunities: inputs.opportunities, bands: leadBands, asOf: asOf)
    let leadRates = BandRates(
      successes: leads.rows.map(\.convertedLeads), trials: leads.rows.map(\.leads))
    let dealTable = dealTable(deals)
    let leadTable = leadTable(leads, rates: leadRates)
    var page = ReportPage(analysis.metadata(.conversion, windowed: true))
    page.addSection("Headline") { section in
      section.figures(headline(deals: deals, leads: leads, leadRates: leadRates))
      monotonicity(deals: deals, leadRates: leadRates, leads: leads, into: &section)
      if !inputs.unscoredOpportunities.isEmpty {
        section.callout(
          .note,
          "\(ProseNumber.count(inputs.unscoredOpportunities.count, "deal")) of accounts missing "
            + "from accounts.csv had no score and are left out of the bands.")
      }
    }
    page.addSection("Win rate by account score when the deal opened") { section in
      section.paragraph(
        "Each deal is placed in a band by the score its account had just before the deal was "
          + "opened — recomputed from the rows known then, never today's score. Win rate is "
          + "won ÷ (won + lost) among deals closed by the as-of date; open deals are counted "
          + "but not in the rate.")
      section.table(
        dealTable.forPage([
          PageColumn("band", "Band"), PageColumn("score_range", "Score at opening"),
          PageColumn("deals", "Deals"), PageColumn("open", "Open"), PageColumn("won", "Won"),
          PageColumn("lost", "Lost"), PageColumn("win_rate", "Win rate"),
          PageColumn("win_rate_low", "95% CI low"), PageColumn("win_rate_high", "95% CI high"),
          PageColumn("lift", "Lift"),
        ]))
      guard deals.total.opportunities > 0 else {
        section.callout(
          .note, "No deal was opened in the window: opportunities.csv unlocks win rates.")
        return
      }
      section.chart(.bar(winRateChart(deals)))
      if let lift = liftChart(deals) { section.chart(.lift(lift)) }
    }
    page.addSection("Lead conversion by lead score at creation") { section in
      section.paragraph(
        "Each lead (contact) is placed in a band by its contact score at the moment it was "
          + "created. MQL and SQL count leads whose score history reached the stage by the "
          + "as-of date; converted counts leads linked to a deal opened after them (listed on "
          + "the deal, or at its account when the deal lists nobody).")
      section.table(
        leadTable.forPage([
          PageColumn("band", "Band"), PageColumn("score_range", "Score at creation"),
          PageColumn("leads", "Leads"), PageColumn("mqls", "MQLs"), PageColumn("sqls", "SQLs"),
          PageColumn("converted", "Converted"), PageColumn("lead_to_deal_rate", "Lead → deal"),
          PageColumn("rate_low", "95% CI low"), PageColumn("rate_high", "95% CI high"),
          PageColumn("lift", "Lift"),
        ]))
      guard leads.total.leads > 0 else {
        section.callout(.note, "No lead was created in the window.")
        return
      }
      section.chart(.bar(leadRateChart(leads, rates: leadRates)))
      section.chart(.funnel(funnel(leads)))
    }
    var more: [(String, ReportTable)] = [("leads", leadTable)]
    page.addSection("Calibration of the win probabilities") { section in
      guard analysis.model.calibration != nil else {
        section.callout(
          .note, title: "No calibrated model yet",
          "Run 'quorum calibrate' to fit the points to won and lost deals; this section then "
            + "shows the reliability diagram of the win probability each deal had when it "
            + "opened.")
        return
      }
      let forecasts = inputs.closedDealForecasts
      guard !forecasts.probabilities.isEmpty else {
        section.callout(.note, "No deal in the window has closed yet: nothing to compare with.")
        return
      }
      let table = ReliabilityTable(probabilities: forecasts.probabilities, labels: forecasts.won)
      section.paragraph(
        "The win probability each closed deal had when it opened, grouped into ten bins, "
          + "against the share that was won. Points on the diagonal are well calibrated. "
          + "Deals the model was trained on are in-sample here; the model report has the "
          + "out-of-time holdout.")
      section.chart(
        .reliability(
          ReliabilityReport.diagram(table, title: "Win probability at opening against outcome")))
      let reliability = ReliabilityReport.table(table)
      section.table(ReliabilityReport.pageTable(reliability))
      more.append(("reliability", reliability))
    }
    return ReportDocument(kind: .conversion, page: page, main: dealTable, more: more)
  }

  private static func headline(
    deals: ConversionByScore, leads: ConversionByScore, leadRates: BandRates
  ) -> [ReportFigure] {
    let total = deals.total
    let topLift = deals.rows.last { $0.lift != nil }?.lift
    return [
      ReportFigure("Leads created", .integer(leads.total.leads), .integer),
      ReportFigure(
        "Lead → deal rate", .number(leadRates.overall?.proportion), .percent(places: 1),
        detail: interval(leadRates.overall)),
      ReportFigure(
        "Deals opened", .integer(total.opportunities), .integer,
        detail: "\(total.won) won · \(total.lost) lost · \(total.open) open"),
      ReportFigure(
        "Win rate", .number(total.winRate?.proportion), .percent(places: 1),
        detail: interval(total.winRate)),
      ReportFigure(
        "Top-band lift", .number(topLift), .decimal(places: 2),
        detail: "× the overall win rate"),
    ]
  }

  private static func monotonicity(
    deals: ConversionByScore, leadRates: BandRates, leads: ConversionByScore,
    into section: inout ReportSection
  ) {
    let anyClosed = deals.total.winRate != nil
    if anyClosed, deals.isMonotone {
      section.callout(
        .note, title: "Win rates rise with the score",
        "No band with closed deals wins less often than the band below it.")
    } else if anyClosed {
      section.callout(
        .warning, title: "Win rates are not monotone",
        "Band\(deals.nonMonotoneBands.count == 1 ? "" : "s") "
          + bandList(deals.nonMonotoneBands)
          + " win less often than the band below. Check the Wilson intervals in the table "
          + "before reading it as a real reversal; with few deals per band, wider bands "
          + "(--bands EDGES) are steadier.")
    }
    if !leadRates.nonMonotoneBands.isEmpty {
      section.callout(
        .warning, title: "Lead conversion is not monotone",
        "Lead band\(leadRates.nonMonotoneBands.count == 1 ? "" : "s") "
          + bandList(leadRates.nonMonotoneBands)
          + " convert to deals less often than the band below.")
    }
  }

  /// `2`, `2 and 5`, `2, 5 and 7` (bands numbered from 1 = lowest scores).
  private static func bandList(_ indices: [Int]) -> String {
    let numbers = indices.map { "\($0 + 1)" }
    guard let last = numbers.last else { return "" }
    return numbers.count == 1 ? last : numbers.dropLast().joined(separator: ", ") + " and " + last
  }

  private static func interval(_ interval: WilsonInterval?) -> String? {
    interval.map {
      "95% CI \(ProseNumber.percent($0.lower))–\(ProseNumber.percent($0.upper))"
    }
  }

  static func bandCells(_ band: ScoreBand?) -> [ReportValue] {
    guard let band else { return [.missing, .text("all"), .missing, .missing] }
    return [.integer(band.index + 1), .text(band.label), .number(band.lower), .number(band.upper)]
  }

  static let bandColumns = [
    ReportColumn("band", .integer), ReportColumn("score_range"),
    ReportColumn("score_from", .decimal(places: 2)), ReportColumn("score_to", .decimal(places: 2)),
  ]

  private static func dealTable(_ report: ConversionByScore) -> ReportTable {
    var table = ReportTable(
      title: "Deals by account score at opening (band 1 = lowest scores)",
      columns: bandColumns + [
        ReportColumn("deals", .integer), ReportColumn("open", .integer),
        ReportColumn("won", .integer), ReportColumn("lost", .integer),
        ReportColumn("win_rate", .percent(places: 1)),
        ReportColumn("win_rate_low", .percent(places: 1)),
        ReportColumn("win_rate_high", .percent(places: 1)),
        ReportColumn("lift", .decimal(places: 2)), ReportColumn("below_previous_band"),
      ],
      note: "Win rate: won ÷ closed, with the 95% Wilson score interval (Wilson 1927). Lift: "
        + "the band's win rate ÷ the overall win rate. A score on a band edge belongs to the "
        + "higher band.")
    for row in report.rows + [report.total] {
      let flagged = row.band.map { report.nonMonotoneBands.contains($0.index) }
      table.append(
        bandCells(row.band) + [
          .integer(row.opportunities), .integer(row.open), .integer(row.won), .integer(row.lost),
          .number(row.winRate?.proportion), .number(row.winRate?.lower),
          .number(row.winRate?.upper), .number(row.lift),
          .text(flagged.map { $0 ? "true" : "false" }),
        ])
    }
    return table
  }

  private static func leadTable(_ report: ConversionByScore, rates: BandRates) -> ReportTable {
    var table = ReportTable(
      title: "Leads by contact score at creation (band 1 = lowest scores)",
      columns: bandColumns + [
        ReportColumn("leads", .integer), ReportColumn("mqls", .integer),
        ReportColumn("sqls", .integer), ReportColumn("converted", .integer),
        ReportColumn("lead_to_deal_rate", .percent(places: 1)),
        ReportColumn("rate_low", .percent(places: 1)),
        ReportColumn("rate_high", .percent(places: 1)),
        ReportColumn("lift", .decimal(places: 2)), ReportColumn("below_previous_band"),
      ],
      note: "Converted: leads linked to a deal opened after them. Rate: converted ÷ leads, with "
        + "the 95% Wilson score interval; lift: ÷ the overall rate.")
    for (row, rate) in zip(report.rows, rates.rows) {
      let flagged = row.band.map { rates.nonMonotoneBands.contains($0.index) }
      table.append(
        bandCells(row.band) + [
          .integer(row.leads), .integer(row.mqls), .integer(row.sqls), .integer(row.convertedLeads),
          .number(rate.rate?.proportion), .number(rate.rate?.lower), .number(rate.rate?.upper),
          .number(rate.lift), .text(flagged.map { $0 ? "true" : "false" }),
        ])
    }
    let total = report.total
    table.append(
      bandCells(nil) + [
        .integer(total.leads), .integer(total.mqls), .integer(total.sqls),
        .integer(total.convertedLeads), .number(rates.overall?.proportion),
        .number(rates.overall?.lower), .number(rates.overall?.upper),
        .number((rates.overall?.proportion ?? 0) > 0 ? 1.0 : nil), .missing,
      ])
    return table
  }

  private static func winRateChart(_ report: ConversionByScore) -> BarChart {
    BarChart(
      title: "Win rate by account score band at opening",
      caption: "Whiskers: 95% Wilson score intervals. Bands without closed deals show n/a.",
      bars: report.rows.map { row in
        BarChart.Bar(
          bandLabel(row.band), row.winRate?.proportion ?? .nan,
          interval: row.winRate.map { $0.lower...$0.upper })
      },
      valueKind: .percent(places: 0), valueAxisLabel: "Win rate",
      categoryAxisLabel: "Score band (1 = lowest)",
      reference: report.total.winRate.map {
        ChartReference($0.proportion, label: "All deals \(ProseNumber.percent($0.proportion))")
      })
  }

  private static func liftChart(_ report: ConversionByScore) -> LiftChart? {
    let rows = report.rows.reversed().filter { $0.lift != nil }
    guard !rows.isEmpty else { return nil }
    return LiftChart(
      title: "Lift by account score band, highest scores first",
      lifts: rows.compactMap(\.lift), labels: rows.map { bandLabel($0.band) },
      groupAxisLabel: "Score band (highest first)")
  }

  private static func leadRateChart(_ report: ConversionByScore, rates: BandRates) -> BarChart {
    BarChart(
      title: "Lead-to-deal rate by lead score band at creation",
      caption: "Whiskers: 95% Wilson score intervals.",
      bars: zip(report.rows, rates.rows).map { row, rate in
        BarChart.Bar(
          bandLabel(row.band), rate.rate?.proportion ?? .nan,
          interval: rate.rate.map { $0.lower...$0.upper })
      },
      valueKind: .percent(places: 1), valueAxisLabel: "Lead → deal",
      categoryAxisLabel: "Score band (1 = lowest)",
      reference: rates.overall.map {
        ChartReference($0.proportion, label: "All leads \(ProseNumber.percent($0.proportion))")
      })
  }

  private static func funnel(_ leads: ConversionByScore) -> FunnelChart {
    FunnelChart(
      title: "Lead funnel of the window",
      caption: "Leads created in the window and those whose score history reached MQL and SQL "
        + "(an SQL needs framework answers, e.g. 3 of 4 BANT criteria met).",
      stages: [
        .init("Leads", leads.total.leads), .init("MQL", leads.total.mqls),
        .init("SQL", leads.total.sqls),
      ])
  }

  /// `1`, `2`, … for bands (1 = lowest scores).
  static func bandLabel(_ band: ScoreBand?) -> String {
    band.map { "\($0.index + 1)" } ?? "all"
  }
}
