/// Marketing spend on a channel (and optionally a campaign) over a period (`spend.csv`).
public struct Spend: Hashable, Sendable {
  /// The channel, e.g. `paid_search`; matches contacts' `source`.
  public var channel: String
  /// First day of the period.
  public var periodStart: Timestamp
  /// Last day of the period (inclusive).
  public var periodEnd: Timestamp
  /// The amount spent.
  public var amount: Double
  /// The campaign, if the spend is per campaign.
  public var campaignID: String?

  /// Creates a spend line.
  public init(
    channel: String, periodStart: Timestamp, periodEnd: Timestamp, amount: Double,
    campaignID: String? = nil
  ) {
    self.channel = channel
    self.periodStart = periodStart
    self.periodEnd = periodEnd
    self.amount = amount
    self.campaignID = campaignID
  }
}
