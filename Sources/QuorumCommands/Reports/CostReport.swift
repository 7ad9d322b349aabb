import QuorumAnalytics
import QuorumReports

/// `cost-per-qualified-lead`: spend by channel, campaign and quarter divided by the leads,
/// MQLs, SQLs, deals and won deals attributed to it, with won revenue and ROI. Channels
/// with spend and no leads, and leads with no spend, are rows like any other.
enum CostReport {
  static func build(_ analysis: ReportAnalysis) throws -> ReportDocument {
    let inputs = try analysis.inputs()
    let model = analysis.settings.attribution
    let cost: CostPerQualifiedLead
    do {
      cost = try CostPerQualifiedLead(
        model: model, leads: inputs.leads, opportunities: inputs.openedInWindow,
        touches: model.readsTouches ? try analysis.touches() : [], spend: inputs.spend,
        asOf: analysis.asOf)
    } catch {
      throw CommandError.data("spend.csv: \(error)")
    }
    let channels = table(cost.byChannel, title: "By channel", keys: [.channel])
    let campaigns = table(cost.byCampaign, title: "By campaign", keys: [.channel, .campaign])
    let quarters = table(cost.byQuarter, title: "By quarter", keys: [.quarter])
    let detail = table(
      cost.detail, title: "By channel, campaign and quarter", keys: [.channel, .campaign, .quarter])
    var page = ReportPage(analysis.metadata(.cost, windowed: true))
    page.addSection("Headline") { section in
      section.figures(headline(cost.total))
      section.paragraph(attributionText(model))
      if inputs.spend.isEmpty {
        section.callout(
          .warning, title: "No spend recorded",
          "spend.csv has no spend in the window, so every cost and ROI is unknown; the "
            + "attributed leads and deals are still shown.")
      }
      gaps(cost.byChannel, into: &section)
    }
    page.addSection("By channel") { section in
      section.table(
        channels.forPage(
          [PageColumn("channel", "Channel")] + volumeColumns, title: "Spend and outcomes by channel"
        ))
      section.table(
        channels.forPage(
          [PageColumn("channel", "Channel")] + costColumns, title: "Cost and ROI by channel"))
      if !inputs.spend.isEmpty {
        section.chart(.bar(costChart(cost.byChannel)))
        section.chart(.bar(roiChart(cost.byChannel)))
      }
    }
    page.addSection("By campaign") { section in
      let shown = min(campaignsShown, cost.byCampaign.count)
      section.table(
        table(
          cost.byCampaign.sorted {
            ($1.spend, $0.channel, $0.campaign) < ($0.spend, $1.channel, $1.campaign)
          }
          .prefix(campaignsShown).map { $0 },
          title: "The \(shown) campaigns with the most spend, of \(cost.byCampaign.count)",
          keys: [.channel, .campaign]
        ).forPage(
          [PageColumn("channel", "Channel"), PageColumn("campaign", "Campaign")]
            + campaignColumns,
          note: "Every campaign, and the leads without one, are in "
            + "\(ReportKind.cost.csvFile(suffix: "campaigns")).")
      )
    }
    page.addSection("By quarter") { section in
      section.table(
        quarters.forPage(
          [PageColumn("quarter", "Quarter")] + volumeColumns, title: "Spend and outcomes by quarter"
        ))
      section.table(
        quarters.forPage(
          [PageColumn("quarter", "Quarter")] + costColumns, title: "Cost and ROI by quarter"))
      if !inputs.spend.isEmpty, !cost.byQuarter.isEmpty {
        section.chart(.line(quarterChart(cost.byQuarter)))
      }
      section.paragraph(
        "Every channel, campaign and quarter combination is in "
          + "\(ReportKind.cost.csvFile(suffix: "detail")).")
    }
    return ReportDocument(
      kind: .cost, page: page, main: channels,
      more: [("campaigns", campaigns), ("quarters", quarters), ("detail", detail)])
  }

  private enum Key {
    case channel, campaign, quarter
  }

  /// How many campaigns the page lists (the CSV has all).
  static let campaignsShown = 20

  private static let volumeColumns = [
    PageColumn("spend", "Spend", .currency(places: 0)),
    PageColumn("leads", "Leads", .decimal(places: 1)),
    PageColumn("mqls", "MQLs", .decimal(places: 1)),
    PageColumn("sqls", "SQLs", .decimal(places: 1)),
    PageColumn("deals", "Deals", .decimal(places: 1)),
    PageColumn("won", "Won deals", .decimal(places: 1)),
    PageColumn("won_revenue", "Won revenue", .currency(places: 0)),
  ]

  private static let costColumns = [
    PageColumn("spend", "Spend", .currency(places: 0)),
    PageColumn("cost_per_lead", "Per lead", .currency(places: 0)),
    PageColumn("cost_per_mql", "Per MQL", .currency(places: 0)),
    PageColumn("cost_per_sql", "Per SQL", .currency(places: 0)),
    PageColumn("cost_per_deal", "Per deal", .currency(places: 0)),
    PageColumn("cost_per_won", "Per won deal", .currency(places: 0)),
    PageColumn("roi", "ROI", .percent(places: 0)),
  ]

  private static let campaignColumns = [
    PageColumn("spend", "Spend", .currency(places: 0)),
    PageColumn("leads", "Leads", .decimal(places: 1)),
    PageColumn("mqls", "MQLs", .decimal(places: 1)),
    PageColumn("won", "Won", .decimal(places: 1)),
    PageColumn("cost_per_lead", "Per lead", .currency(places: 0)),
    PageColumn("cost_per_mql", "Per MQL", .currency(places: 0)),
    PageColumn("cost_per_sql", "Per SQL", .currency(places: 0)),
    PageColumn("cost_per_won", "Per won", .currency(places: 0)),
    PageColumn("roi", "ROI", .percent(places: 0)),
  ]

  private static func headline(_ total: CostRow) -> [ReportFigure] {
    [
      ReportFigure("Spend", .number(total.spend), .currency(places: 0)),
      ReportFigure(
        "Cost per lead", .number(total.costPerLead), .currency(places: 0),
        detail: "\(ProseNumber.amount(total.outcomes.leads)) leads"),
      ReportFigure(
        "Cost per MQL", .number(total.costPerMQL), .currency(places: 0),
        detail: "\(ProseNumber.amount(total.outcomes.mqls)) MQLs"),
      ReportFigure(
        "Cost per SQL", .number(total.costPerSQL), .currency(places: 0),
        detail: "\(ProseNumber.amount(total.outcomes.sqls)) SQLs"),
      ReportFigure(
        "Cost per deal", .number(total.costPerOpportunity), .currency(places: 0),
        detail: "\(ProseNumber.amount(total.outcomes.opportunities)) deals"),
      ReportFigure(
        "Cost per won deal", .number(total.costPerWonDeal), .currency(places: 0),
        detail: "\(ProseNumber.amount(total.outcomes.wonDeals)) won"),
      ReportFigure("Won revenue", .number(total.outcomes.wonRevenue), .currency(places: 0)),
      ReportFigure(
        "ROI", .number(total.roi), .percent(places: 0),
        detail: "(won revenue − spend) ÷ spend"),
    ]
  }

  private static func attributionText(_ model: AttributionModel) -> String {
    let rule =
      switch model {
      case .firstTouch:
        "First-touch attribution: each lead — and its share of every deal it led to — is "
          + "credited to the channel and campaign that brought it in."
      case .lastTouch:
        "Last-touch attribution: each lead is credited to its last campaign touch before its "
          + "first deal (or the as-of date), its origin when it has none."
      case .linear:
        "Linear attribution: each lead is credited equally to its origin and every campaign "
          + "touch before its first deal (or the as-of date), so counts can be fractional."
      }
    return rule + " A deal is shared equally among its leads; a deal without leads is credited "
      + "to its own source. Spend is split across quarters pro rata by days."
  }

  /// Callouts naming the channels that spent without leads and that brought leads without
  /// spend — both kept as rows.
  private static func gaps(_ rows: [CostRow], into section: inout ReportSection) {
    let unproductive = rows.filter { $0.spend > 0 && $0.outcomes.leads == 0 }.map(\.channel)
    let unpaid = rows.filter { $0.spend == 0 && $0.outcomes.leads > 0 }.map(\.channel)
    if !unproductive.isEmpty {
      section.callout(
        .warning, title: "Spend without leads",
        "\(unproductive.joined(separator: ", ")): spend in the window and no lead attributed.")
    }
    if !unpaid.isEmpty {
      section.callout(
        .note, title: "Leads without spend",
        "\(unpaid.joined(separator: ", ")): leads attributed and no spend recorded, so their "
          + "costs are shown as unknown (—), not as zero.")
    }
  }

  private static func table(_ rows: [CostRow], title: String, keys: [Key]) -> ReportTable {
    let keyColumns = keys.map { key in
      switch key {
      case .channel: ReportColumn("channel")
      case .campaign: ReportColumn("campaign")
      case .quarter: ReportColumn("quarter")
      }
    }
    var table = ReportTable(
      title: title,
      columns: keyColumns + [
        ReportColumn("spend", .currency(places: 2)), ReportColumn("leads", .decimal(places: 2)),
        ReportColumn("mqls", .decimal(places: 2)), ReportColumn("sqls", .decimal(places: 2)),
        ReportColumn("deals", .decimal(places: 2)), ReportColumn("won", .decimal(places: 2)),
        ReportColumn("won_revenue", .currency(places: 2)),
        ReportColumn("cost_per_lead", .currency(places: 2)),
        ReportColumn("cost_per_mql", .currency(places: 2)),
        ReportColumn("cost_per_sql", .currency(places: 2)),
        ReportColumn("cost_per_deal", .currency(places: 2)),
        ReportColumn("cost_per_won", .currency(places: 2)),
        ReportColumn("roi", .percent(places: 1)),
      ],
      note: "Counts are attributed credit (fractional when a deal is shared or under linear "
        + "attribution). Costs and ROI are empty without recorded spend or where the divisor is "
        + "0; ROI = (won revenue − spend) ÷ spend.")
    for row in rows {
      let keyCells: [ReportValue] = keys.map { key in
        switch key {
        case .channel: .text(row.channel)
        case .campaign: .text(row.campaign)
        case .quarter: .text(row.quarter)
        }
      }
      let outcomes = row.outcomes
      // Without recorded spend the cost is unknown, not zero.
      let costs = [
        row.costPerLead, row.costPerMQL, row.costPerSQL, row.costPerOpportunity,
        row.costPerWonDeal,
      ].map { row.spend > 0 ? ReportValue.number($0) : .missing }
      table.append(
        keyCells + [
          .number(row.spend), .number(outcomes.leads), .number(outcomes.mqls),
          .number(outcomes.sqls), .number(outcomes.opportunities), .number(outcomes.wonDeals),
          .number(outcomes.wonRevenue),
        ] + costs + [.number(row.roi)])
    }
    return table
  }

  private static func costChart(_ rows: [CostRow]) -> BarChart {
    BarChart(
      title: "Cost per MQL by channel", caption: "n/a: no spend or no MQL attributed.",
      orientation: .horizontal,
      bars: rows.map { BarChart.Bar($0.channel, $0.spend > 0 ? $0.costPerMQL ?? .nan : .nan) },
      valueKind: .currency(places: 0), valueAxisLabel: "Cost per MQL")
  }

  private static func roiChart(_ rows: [CostRow]) -> BarChart {
    BarChart(
      title: "ROI by channel", caption: "(won revenue − spend) ÷ spend; n/a: no spend.",
      orientation: .horizontal,
      bars: rows.map { BarChart.Bar($0.channel, $0.roi ?? .nan) },
      valueKind: .percent(places: 0), valueAxisLabel: "ROI",
      reference: ChartReference(0, label: "Break-even"))
  }

  private static func quarterChart(_ rows: [CostRow]) -> LineChart {
    LineChart(
      title: "Cost per lead and per MQL by quarter",
      categories: rows.map(\.quarter),
      series: [
        .init(name: "Cost per lead", values: rows.map { $0.spend > 0 ? $0.costPerLead : nil }),
        .init(name: "Cost per MQL", values: rows.map { $0.spend > 0 ? $0.costPerMQL : nil }),
      ],
      yKind: .currency(places: 0), yAxisLabel: "Cost", xAxisLabel: "Quarter")
  }
}
