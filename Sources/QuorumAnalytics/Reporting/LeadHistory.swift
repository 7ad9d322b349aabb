/// What a lead (a contact) scored when it was created, and when its score history first
/// reached the MQL and SQL stages.
public struct LeadHistory: Hashable, Sendable {
  /// The contact.
  public let contactID: String
  /// The contact's score as of its `created_at` (rows at or before that instant).
  public let scoreAtCreation: Double
  /// The first checked instant at which the contact's stage was MQL, PQL or SQL, if any.
  public let mqlAt: Timestamp?
  /// The first checked instant at which the contact's stage was SQL, if any.
  public let sqlAt: Timestamp?

  /// Creates a lead history.
  public init(contactID: String, scoreAtCreation: Double, mqlAt: Timestamp?, sqlAt: Timestamp?) {
    self.contactID = contactID
    self.scoreAtCreation = scoreAtCreation
    self.mqlAt = mqlAt
    self.sqlAt = sqlAt
  }
}
