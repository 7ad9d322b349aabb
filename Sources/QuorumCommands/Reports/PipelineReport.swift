import Foundation
import QuorumAnalytics
import QuorumReports

/// `pipeline-health`: open pipeline by stage and age, stale deals, win rate and cycle by
/// quarter, sales velocity, champion and economic-buyer coverage, framework completeness
/// and coverage of an optional target.
enum PipelineReport {
  static func build(_ analysis: ReportAnalysis) throws -> ReportDocument {
    let inputs = try analysis.inputs()
    let health: PipelineHealth
    do {
      health = try PipelineHealth(
        opportunities: inputs.pipeline, asOf: analysis.asOf, target: analysis.settings.target)
    } catch {
      throw CommandError.usage("--target: \(error)")
    }
    let openDeals = inputs.pipeline.filter { $0.status(asOf: analysis.asOf) == .open }
    let names = Dictionary(
      analysis.data.accounts.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    let stages = stageTable(health)
    let stale = staleTable(health, names: names)
    let quarters = quarterTable(health)
    let frameworks = frameworkTable(
      inputs.frameworks.rows(deals: openDeals.map { ($0.id, $0.accountID) }))
    var page = ReportPage(analysis.metadata(.pipeline, windowed: false))
    page.addSection("Headline") { section in
      section.figures(headline(health))
      section.paragraph(
        "The open pipeline is every deal opened by the as-of date and not closed by then, "
          + "whenever it was opened (--from and --to do not limit it).")
      coverage(health, into: &section)
    }
    page.addSection("Open pipeline by stage and age") { section in
      guard health.open.count > 0 else {
        section.callout(.note, "No deal is open at the as-of date.")
        return
      }
      section.table(
        stages.forPage(
          [
            PageColumn("stage", "Stage"), PageColumn("deals", "Deals"),
            PageColumn("amount", "Amount"),
          ]
            + PipelineAgeBucket.allCases.map {
              PageColumn("amount_\($0.csvName)", "\($0.rawValue) days")
            },
          title: "Open amount by stage and days open",
          note: "Deal counts per age bucket are in \(ReportKind.pipeline.csvFile(suffix: nil)). "
            + "A missing amount counts as 0."))
      section.chart(.bar(ageChart(health)))
    }
    page.addSection("Stale deals") { section in
      if let threshold = health.staleThresholdDays {
        section.paragraph(
          "A deal is stale when it has been open longer than the 75th percentile of the won "
            + "deals' cycle lengths: \(ProseNumber.days(threshold)). "
            + "\(ProseNumber.count(health.staleDeals.count, "open deal")) "
            + (health.staleDeals.count == 1 ? "is" : "are") + " older.")
      } else {
        section.callout(.note, "No won deal yet, so no stale threshold.")
      }
      section.table(
        stale.forPage([
          PageColumn("opportunity_id", "Deal"), PageColumn("account", "Account"),
          PageColumn("account_id", "Account ID"), PageColumn("stage", "Stage"),
          PageColumn("amount", "Amount"), PageColumn("days_open", "Days open"),
        ]))
    }
    page.addSection("Win rate and cycle by quarter closed") { section in
      section.table(
        quarters.forPage([
          PageColumn("quarter", "Quarter"), PageColumn("won", "Won"), PageColumn("lost", "Lost"),
          PageColumn("win_rate", "Win rate"), PageColumn("win_rate_low", "95% CI low"),
          PageColumn("win_rate_high", "95% CI high"),
          PageColumn("median_won_cycle_days", "Median won cycle (days)"),
          PageColumn("median_cycle_days", "Median cycle, all closed (days)"),
        ]))
      if !health.byCloseQuarter.isEmpty {
        section.chart(.line(winRateTrend(health)))
        section.chart(.line(cycleTrend(health)))
      }
    }
    page.addSection("Velocity") { section in
      velocity(health.velocity, into: &section)
    }
    page.addSection("Buying committee and framework coverage") { section in
      section.figures(committeeFigures(health))
      section.paragraph(
        "Champion and economic buyer come from each account's buying committee as of the "
          + "as-of date. Each deal is measured against the framework it was qualified with "
          + "(the one with the most criteria answered): the share of its criteria known — met, "
          + "partial or unmet — for the deal or its account.")
      section.table(
        frameworks.forPage([
          PageColumn("framework", "Framework"), PageColumn("criteria", "Criteria"),
          PageColumn("open_deals", "Open deals"), PageColumn("assessed_deals", "Qualified with it"),
          PageColumn("mean_share_known", "Criteria known (mean)"),
        ]))
    }
    return ReportDocument(
      kind: .pipeline, page: page, main: stages,
      more: [("stale", stale), ("quarters", quarters), ("frameworks", frameworks)])
  }

  private static func headline(_ health: PipelineHealth) -> [ReportFigure] {
    [
      ReportFigure("Open deals", .integer(health.open.count), .integer),
      ReportFigure("Open amount", .number(health.open.amount), .currency(places: 0)),
      ReportFigure(
        "Velocity per 30 days", .number(health.velocity.perDay.map { $0 * 30 }),
        .currency(places: 0), detail: "expected won amount"),
      ReportFigure(
        "Win rate", .number(health.velocity.winRate), .percent(places: 1),
        detail: "all deals closed by the as-of date"),
      ReportFigure(
        "Stale deals", .integer(health.staleDeals.count), .integer,
        detail: health.staleThresholdDays.map { "open > \(ProseNumber.fixed($0, 0)) days" }),
    ]
  }

  private static func coverage(_ health: PipelineHealth, into section: inout ReportSection) {
    guard let target = health.target, let coverage = health.coverage else {
      section.callout(
        .note, "Pass --target AMOUNT to measure the open pipeline against a target.")
      return
    }
    section.figures([
      ReportFigure("Target", .number(target), .currency(places: 0)),
      ReportFigure(
        "Coverage", .number(coverage), .decimal(places: 2),
        detail: "× target (open amount ÷ target)"),
    ])
  }

  private static func stageTable(_ health: PipelineHealth) -> ReportTable {
    let buckets = PipelineAgeBucket.allCases
    var table = ReportTable(
      title: "Open deals by stage and days open",
      columns: [
        ReportColumn("stage"), ReportColumn("deals", .integer),
        ReportColumn("amount", .currency(places: 0)),
      ]
        + buckets.map { ReportColumn("deals_\($0.csvName)", .integer) }
        + buckets.map { ReportColumn("amount_\($0.csvName)", .currency(places: 0)) },
      note: "Age buckets in whole days open at the as-of date: "
        + buckets.map(\.rawValue).joined(separator: ", ") + ". A missing amount counts as 0.")
    let rows =
      health.byStage.map { ($0.stage, $0.total, $0.byAge) }
      + [("all stages", health.open, health.byAge)]
    for (stage, total, byAge) in rows {
      table.append(
        [.text(stage), .integer(total.count), .number(total.amount)]
          + byAge.map { .integer($0.count) } + byAge.map { .number($0.amount) })
    }
    return table
  }

  private static func staleTable(_ health: PipelineHealth, names: [String: String])
    -> ReportTable
  {
    var table = ReportTable(
      title: "Stale open deals, oldest first",
      columns: [
        ReportColumn("opportunity_id"), ReportColumn("account_id"), ReportColumn("account"),
        ReportColumn("stage"), ReportColumn("amount", .currency(places: 0)),
        ReportColumn("days_open", .integer),
      ])
    for deal in health.staleDeals {
      table.append([
        .text(deal.opportunityID), .text(deal.accountID), .text(names[deal.accountID]),
        .text(deal.stage), .number(deal.amount), .integer(deal.ageDays),
      ])
    }
    return table
  }

  private static func quarterTable(_ health: PipelineHealth) -> ReportTable {
    var table = ReportTable(
      title: "Deals closed by quarter",
      columns: [
        ReportColumn("quarter"), ReportColumn("won", .integer), ReportColumn("lost", .integer),
        ReportColumn("win_rate", .percent(places: 1)),
        ReportColumn("win_rate_low", .percent(places: 1)),
        ReportColumn("win_rate_high", .percent(places: 1)),
        ReportColumn("median_won_cycle_days", .decimal(places: 1)),
        ReportColumn("median_cycle_days", .decimal(places: 1)),
      ],
      note: "Quarter of the close date; win rate with its 95% Wilson interval.")
    for row in health.byCloseQuarter {
      table.append([
        .text(row.quarter.description), .integer(row.won), .integer(row.lost),
        .number(row.winRate?.proportion), .number(row.winRate?.lower), .number(row.winRate?.upper),
        .number(row.medianWonCycleDays), .number(row.medianCycleDays),
      ])
    }
    return table
  }

  private static func frameworkTable(_ rows: [FrameworkCoverage.Row]) -> ReportTable {
    var table = ReportTable(
      title: "Framework completeness of the open deals",
      columns: [
        ReportColumn("framework"), ReportColumn("criteria", .integer),
        ReportColumn("open_deals", .integer), ReportColumn("assessed_deals", .integer),
        ReportColumn("mean_share_known", .percent(places: 0)),
      ])
    for row in rows {
      table.append([
        .text(row.framework), .integer(row.criteria), .integer(row.deals),
        .integer(row.assessedDeals), .number(row.meanCompleteness),
      ])
    }
    return table
  }

  private static func committeeFigures(_ health: PipelineHealth) -> [ReportFigure] {
    [
      ReportFigure(
        "With a champion", .number(health.withChampion.amountShare), .percent(places: 0),
        detail: "of open amount · \(health.withChampion.part.count) deals"),
      ReportFigure(
        "Economic buyer engaged", .number(health.withEconomicBuyer.amountShare),
        .percent(places: 0),
        detail: "of open amount · \(health.withEconomicBuyer.part.count) deals"),
      ReportFigure(
        "Framework completeness", .number(health.frameworkCompleteness), .percent(places: 0),
        detail: "mean over \(ProseNumber.count(health.frameworkAssessed, "assessed deal"))"),
    ]
  }

  private static func velocity(_ velocity: PipelineVelocity, into section: inout ReportSection) {
    section.figures([
      ReportFigure("Open deals", .integer(velocity.openOpportunities), .integer),
      ReportFigure("× win rate", .number(velocity.winRate), .percent(places: 1)),
      ReportFigure(
        "× average won amount", .number(velocity.averageWonAmount), .currency(places: 0)),
      ReportFigure(
        "÷ average won cycle", .number(velocity.averageWonCycleDays), .decimal(places: 1),
        detail: "days"),
      ReportFigure("= per day", .number(velocity.perDay), .currency(places: 0)),
    ])
    section.paragraph(
      "Sales velocity: the won amount the open pipeline is expected to produce per day, from "
        + "the win rate, average won amount and average won cycle of the deals closed by the "
        + "as-of date.")
  }

  private static func ageChart(_ health: PipelineHealth) -> BarChart {
    BarChart(
      title: "Open amount by days open",
      bars: zip(PipelineAgeBucket.allCases, health.byAge).map {
        BarChart.Bar("\($0.rawValue) days", $1.amount)
      },
      valueKind: .currency(places: 0), valueAxisLabel: "Open amount",
      categoryAxisLabel: "Days open at the as-of date")
  }

  private static func winRateTrend(_ health: PipelineHealth) -> LineChart {
    LineChart(
      title: "Win rate by quarter closed",
      categories: health.byCloseQuarter.map(\.quarter.description),
      series: [
        .init(name: "Win rate", values: health.byCloseQuarter.map { $0.winRate?.proportion })
      ],
      yKind: .percent(places: 0), yAxisLabel: "Win rate", xAxisLabel: "Quarter closed")
  }

  private static func cycleTrend(_ health: PipelineHealth) -> LineChart {
    LineChart(
      title: "Median cycle by quarter closed",
      categories: health.byCloseQuarter.map(\.quarter.description),
      series: [
        .init(name: "Won deals", values: health.byCloseQuarter.map(\.medianWonCycleDays)),
        .init(name: "All closed deals", values: health.byCloseQuarter.map(\.medianCycleDays)),
      ],
      yKind: .decimal(places: 0), yAxisLabel: "Days", xAxisLabel: "Quarter closed")
  }
}

extension PipelineAgeBucket {
  /// The bucket in a column name: `0_30`, `31_60`, …, `180_plus`.
  fileprivate var csvName: String {
    rawValue.replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: "+", with: "_plus")
  }
}
