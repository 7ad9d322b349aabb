/// The champion heuristic's verdict on one contact as of a date.
public struct ChampionAssessment: Hashable, Sendable {
  /// The contact.
  public var contactID: String
  /// The champion score, 0...100 (see ``ChampionSettings`` for the formula).
  public var score: Double
  /// Whether the contact is a champion: named one in the CRM, or scoring at least the
  /// threshold with sustained high intent. A contact named blocker never is.
  public var isChampion: Bool
  /// Whether the CRM names the contact champion on their latest opportunity.
  public var isExplicit: Bool
  /// Why, in words, largest component first.
  public var reasons: [String]
  /// Distinct weeks with high-intent activity in the champion window.
  public var highIntentWeeks: Int
  /// Meetings and demos attended in the champion window.
  public var meetingsAndDemos: Int
  /// Replies in the champion window.
  public var replies: Int
  /// Colleagues at the account whose first engagement came after this contact's first
  /// high-intent activity in the window (the multiplier effect).
  public var colleaguesEngagedAfter: Int
  /// The last high-intent activity, for "gone quiet".
  public var lastHighIntentAt: Timestamp?
  /// The last engaging activity of any kind.
  public var lastEngagedAt: Timestamp?

  /// Creates an assessment.
  public init(
    contactID: String, score: Double, isChampion: Bool, isExplicit: Bool = false,
    reasons: [String] = [], highIntentWeeks: Int = 0, meetingsAndDemos: Int = 0,
    replies: Int = 0, colleaguesEngagedAfter: Int = 0, lastHighIntentAt: Timestamp? = nil,
    lastEngagedAt: Timestamp? = nil
  ) {
    self.contactID = contactID
    self.score = score
    self.isChampion = isChampion
    self.isExplicit = isExplicit
    self.reasons = reasons
    self.highIntentWeeks = highIntentWeeks
    self.meetingsAndDemos = meetingsAndDemos
    self.replies = replies
    self.colleaguesEngagedAfter = colleaguesEngagedAfter
    self.lastHighIntentAt = lastHighIntentAt
    self.lastEngagedAt = lastEngagedAt
  }

  /// Whole days from the last high-intent activity (or, lacking one, the last engaging
  /// activity) to `asOf`; `nil` when the contact never engaged.
  ///
  /// ```swift
  /// // last high-intent activity 2025-01-15, as of 2025-03-01
  /// assessment.daysQuiet(asOf: Timestamp(year: 2025, month: 3, day: 1))  // 45
  /// ```
  public func daysQuiet(asOf: Timestamp) -> Int? {
    guard let last = lastHighIntentAt ?? lastEngagedAt else { return nil }
    return Int(asOf.days(since: last).rounded(.down))
  }
}
