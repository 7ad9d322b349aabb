/// A marketing touch of a contact: a campaign-tagged activity, with the channel of its
/// campaign.
public struct AttributionTouch: Hashable, Sendable {
  /// The contact touched.
  public var contactID: String
  /// When.
  public var occurredAt: Timestamp
  /// The channel, e.g. `webinar`; `nil` when not known.
  public var channel: String?
  /// The campaign.
  public var campaignID: String?

  /// Creates a touch.
  public init(contactID: String, occurredAt: Timestamp, channel: String?, campaignID: String?) {
    self.contactID = contactID
    self.occurredAt = occurredAt
    self.channel = channel
    self.campaignID = campaignID
  }

  /// The campaign-tagged activities as touches, each with its campaign's channel from
  /// `campaignChannels` (`nil` when the campaign is not mapped).
  ///
  /// - Complexity: O(n).
  public static func touches(
    from activities: [Activity], campaignChannels: [String: String]
  ) -> [AttributionTouch] {
    activities.compactMap { AttributionTouch($0, campaignChannels: campaignChannels) }
  }

  /// The touch of a campaign-tagged activity, with its campaign's channel from
  /// `campaignChannels` (`nil` when the campaign is not mapped); `nil` for an activity
  /// without a campaign.
  public init?(_ activity: Activity, campaignChannels: [String: String]) {
    guard let campaign = activity.campaignID, !campaign.isEmpty else { return nil }
    self.init(
      contactID: activity.contactID, occurredAt: activity.occurredAt,
      channel: campaignChannels[campaign], campaignID: campaign)
  }

  /// The channel of each campaign: from spend lines first, then from leads' source and
  /// campaign. When a campaign appears under several channels the alphabetically first is
  /// taken, so the mapping does not depend on row order.
  public static func campaignChannels(spend: [Spend], leads: [ScoredLead]) -> [String: String] {
    func firstChannel(_ pairs: [(String, String)]) -> [String: String] {
      Dictionary(pairs, uniquingKeysWith: min)
    }
    let fromSpend = firstChannel(
      spend.compactMap { line in line.campaignID.map { ($0, line.channel) } })
    let fromLeads = firstChannel(
      leads.compactMap { lead in
        guard let campaign = lead.campaignID, let source = lead.source else { return nil }
        return (campaign, source)
      })
    return fromSpend.merging(fromLeads) { spendChannel, _ in spendChannel }
  }
}
