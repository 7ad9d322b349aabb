/// One behavioural event of a contact: a page view, a download, a meeting, …
public struct Activity: Hashable, Sendable {
  /// The contact who did it.
  public var contactID: String
  /// When it happened.
  public var occurredAt: Timestamp
  /// What happened.
  public var type: ActivityType
  /// The campaign it belongs to, if any.
  public var campaignID: String?
  /// Free-text detail (a URL, an asset name).
  public var detail: String?

  /// Creates an activity.
  public init(
    contactID: String, occurredAt: Timestamp, type: ActivityType, campaignID: String? = nil,
    detail: String? = nil
  ) {
    self.contactID = contactID
    self.occurredAt = occurredAt
    self.type = type
    self.campaignID = campaignID
    self.detail = detail
  }
}
