/// Which dimensions a cost table keeps.
public enum CostGrouping: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
  /// One row per channel.
  case channel
  /// One row per channel and campaign.
  case campaign
  /// One row per calendar quarter.
  case quarter
  /// One row per channel, campaign and quarter.
  case detail
  /// One row for everything.
  case total

  /// The grouping as text, e.g. `campaign`.
  public var description: String { rawValue }
}

/// One row of the cost-per-qualified-lead report.
///
/// Dimensions the grouping does not keep read ``MetricsLabel/all``; a missing channel reads
/// ``MetricsLabel/unknown`` and a missing campaign ``MetricsLabel/none``. Ratios are `nil`
/// when their divisor is 0 (no leads, no spend, …), never infinite.
public struct CostRow: Hashable, Sendable {
  /// The grouping of the table the row belongs to.
  public let grouping: CostGrouping
  /// The channel.
  public let channel: String
  /// The campaign.
  public let campaign: String
  /// The quarter, e.g. `2025-Q1`.
  public let quarter: String
  /// Spend allocated to the row (pro rata by days for periods straddling quarters).
  public let spend: Double
  /// Attributed outcomes.
  public let outcomes: AttributedOutcomes

  /// Spend per lead.
  public var costPerLead: Double? { ratio(spend, outcomes.leads) }
  /// Spend per MQL.
  public var costPerMQL: Double? { ratio(spend, outcomes.mqls) }
  /// Spend per SQL.
  public var costPerSQL: Double? { ratio(spend, outcomes.sqls) }
  /// Spend per opportunity.
  public var costPerOpportunity: Double? { ratio(spend, outcomes.opportunities) }
  /// Spend per won deal.
  public var costPerWonDeal: Double? { ratio(spend, outcomes.wonDeals) }
  /// Return on marketing spend, (won revenue − spend) / spend: 0 breaks even, 1 doubles.
  public var roi: Double? { ratio(outcomes.wonRevenue - spend, spend) }

  private func ratio(_ numerator: Double, _ denominator: Double) -> Double? {
    denominator > 0 ? numerator / denominator : nil
  }
}

/// What a qualified lead costs: spend by channel, campaign and quarter divided by the
/// leads, MQLs, SQLs, opportunities and won deals attributed to it (``Attribution``), with
/// won revenue and ROI.
///
/// Spend lines match credit by channel (the contact's source), campaign and quarter; a line
/// straddling quarters is split pro rata by days: a line covers whole UTC days from its start
/// to its end, both inclusive, and each quarter gets `amount × days inside / days of the
/// line` (3 000 from 2025-03-17 to 2025-04-15 is 30 days, 15 and 15: 1 500 to each
/// quarter); days after the as-of date are not allocated. Channels with spend
/// and no leads, and leads with no spend, both appear as rows: the row set is the union of
/// the keys that have spend and the keys that have credit.
///
/// ```swift
/// let attribution = Attribution(
///   model: .linear, leads: leads, opportunities: deals, touches: touches, asOf: asOf)
/// let cost = try CostPerQualifiedLead(attribution: attribution, spend: spend)
/// cost.byChannel.map { ($0.channel, $0.costPerMQL) }
/// ```
public struct CostPerQualifiedLead: Hashable, Sendable {
  /// The attribution model used.
  public let model: AttributionModel
  /// The as-of date.
  public let asOf: Timestamp
  /// One row per channel, campaign and quarter.
  public let detail: [CostRow]
  /// One row per channel.
  public let byChannel: [CostRow]
  /// One row per channel and campaign.
  public let byCampaign: [CostRow]
  /// One row per quarter.
  public let byQuarter: [CostRow]
  /// Everything.
  public let total: CostRow

  /// Divides the spend by the attributed outcomes.
  ///
  /// - Throws: ``MetricsError/invalidSpendPeriod(channel:start:end:)`` for a spend line
  ///   that ends before it starts.
  public init(attribution: Attribution, spend: [Spend]) throws {
    let allocated = try SpendAllocation.byQuarter(spend, asOf: attribution.asOf)
    let credited = Dictionary(
      uniqueKeysWithValues: attribution.credits.map { ($0.key, $0.outcomes) })
    let keys = Set(allocated.keys).union(credited.keys).sorted()
    func rows(_ grouping: CostGrouping) -> [CostRow] {
      var spendByRow: [CostRowKey: Double] = [:]
      var outcomesByRow: [CostRowKey: AttributedOutcomes] = [:]
      for key in keys {
        let rowKey = CostRowKey(key, grouping: grouping)
        spendByRow[rowKey, default: 0] += allocated[key, default: 0]
        outcomesByRow[rowKey, default: AttributedOutcomes()] += credited[key, default: .init()]
      }
      return outcomesByRow.keys.sorted().map { rowKey in
        CostRow(
          grouping: grouping, channel: rowKey.channel.label, campaign: rowKey.campaign.label,
          quarter: rowKey.quarter.label, spend: spendByRow[rowKey, default: 0],
          outcomes: outcomesByRow[rowKey, default: AttributedOutcomes()])
      }
    }
    model = attribution.model
    asOf = attribution.asOf
    detail = rows(.detail)
    byChannel = rows(.channel)
    byCampaign = rows(.campaign)
    byQuarter = rows(.quarter)
    total =
      rows(.total).first
      ?? CostRow(
        grouping: .total, channel: MetricsLabel.all, campaign: MetricsLabel.all,
        quarter: MetricsLabel.all, spend: 0, outcomes: AttributedOutcomes())
  }

  /// Attributes with `model` and divides the spend by the outcomes in one step.
  ///
  /// - Throws: ``MetricsError/invalidSpendPeriod(channel:start:end:)``.
  public init(
    model: AttributionModel = .firstTouch, leads: [ScoredLead],
    opportunities: [ScoredOpportunity], touches: [AttributionTouch], spend: [Spend],
    asOf: Timestamp
  ) throws {
    try self.init(
      attribution: Attribution(
        model: model, leads: leads, opportunities: opportunities, touches: touches, asOf: asOf),
      spend: spend)
  }
}

/// A row of a cost table: the kept dimensions, the others collapsed to "all".
private struct CostRowKey: Hashable, Comparable, Sendable {
  let channel: GroupKey
  let campaign: GroupKey
  let quarter: GroupKey

  init(_ key: AttributionKey, grouping: CostGrouping) {
    let all = GroupKey(rank: -1, label: MetricsLabel.all)
    let keepsChannel = [.channel, .campaign, .detail].contains(grouping)
    let keepsCampaign = [.campaign, .detail].contains(grouping)
    let keepsQuarter = [.quarter, .detail].contains(grouping)
    channel = keepsChannel ? GroupKey(text: key.channel) : all
    campaign = keepsCampaign ? GroupKey(campaign: key.campaignID) : all
    quarter = keepsQuarter ? GroupKey(quarter: key.quarter) : all
  }

  static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.channel, lhs.campaign, lhs.quarter) < (rhs.channel, rhs.campaign, rhs.quarter)
  }
}
