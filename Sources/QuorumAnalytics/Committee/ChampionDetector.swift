/// Finds the champions of an account from behaviour: the people who sell for us inside.
///
/// A champion shows **sustained** high intent (pricing, ROI calculator, demos, meetings,
/// replies, case studies, trial and product usage in several distinct weeks), **meets**
/// us (meetings and demos attended), **answers** (replies), and **brings colleagues in**:
/// people at the same account whose first engagement came after the champion's first
/// high-intent activity (the multiplier effect). Each of the four components is capped
/// and weighted into a 0...100 score (formula in ``ChampionSettings``); a contact scoring
/// at least the threshold with at least `minimumWeeks` high-intent weeks is a champion.
/// A contact the CRM names `champion` on their latest opportunity is a champion whatever
/// the score; one named `blocker` never is.
///
/// ```swift
/// let detector = ChampionDetector()
/// let engagement = StakeholderEngagement.summarize(activities, asOf: asOf)
/// let verdicts = detector.assess(Array(engagement.values))
/// ```
public struct ChampionDetector: Sendable {
  /// The heuristic's parameters.
  public var settings: ChampionSettings

  /// Creates a detector.
  public init(settings: ChampionSettings = ChampionSettings()) {
    self.settings = settings
  }

  /// The champion score of a behaviour profile, 0...100.
  ///
  /// ```swift
  /// // 4 weeks, 2 meetings, 1 reply, 2 colleagues, default weights and caps:
  /// // 35·4/6 + 25·2/3 + 15·1/3 + 25·2/3 = 23.33 + 16.67 + 5 + 16.67 = 61.67
  /// ```
  public func score(
    highIntentWeeks: Int, meetingsAndDemos: Int, replies: Int, colleaguesEngagedAfter: Int
  ) -> Double {
    components(
      weeks: highIntentWeeks, meetings: meetingsAndDemos, replies: replies,
      colleagues: colleaguesEngagedAfter
    ).reduce(0) { $0 + $1.points }
  }

  /// Assesses every contact of one account, in the order given.
  ///
  /// - Parameters:
  ///   - engagements: the behaviour of each of the account's contacts, as of one date
  ///     (see ``StakeholderEngagement/summarize(_:asOf:settings:)``).
  ///   - explicitRoles: CRM roles by contact ID; `champion` and `blocker` override the
  ///     behaviour.
  /// - Complexity: O(n log n) in the number of contacts.
  public func assess(
    _ engagements: [StakeholderEngagement], explicitRoles: [String: ExplicitRole] = [:]
  ) -> [ChampionAssessment] {
    let firstEngagements = engagements.compactMap(\.firstEngagedAt).sorted()
    return engagements.map { engagement in
      assess(
        engagement, explicitRole: explicitRoles[engagement.contactID],
        colleaguesEngagedAfter: colleagues(of: engagement, firstEngagements: firstEngagements))
    }
  }

  private func assess(
    _ engagement: StakeholderEngagement, explicitRole: ExplicitRole?, colleaguesEngagedAfter: Int
  ) -> ChampionAssessment {
    let parts = components(
      weeks: engagement.highIntentWeeks, meetings: engagement.meetingsAndDemos,
      replies: engagement.replies, colleagues: colleaguesEngagedAfter)
    let score = parts.reduce(0) { $0 + $1.points }
    let behavioural =
      score >= settings.threshold && engagement.highIntentWeeks >= settings.minimumWeeks
    let named = explicitRole?.role
    var reasons: [String] = []
    if let explicitRole, named == .champion {
      reasons.append("named champion: \(explicitRole.evidence)")
    } else if let explicitRole, named == .blocker {
      reasons.append("named blocker, never a champion: \(explicitRole.evidence)")
    }
    // Largest first; equal points keep the components' fixed order.
    reasons += parts.enumerated().filter { $0.element.points > 0 }
      .sorted { ($1.element.points, $0.offset) < ($0.element.points, $1.offset) }
      .map(\.element.reason)
    return ChampionAssessment(
      contactID: engagement.contactID, score: score,
      isChampion: named == .champion || (behavioural && named != .blocker),
      isExplicit: named == .champion, reasons: reasons,
      highIntentWeeks: engagement.highIntentWeeks, meetingsAndDemos: engagement.meetingsAndDemos,
      replies: engagement.replies, colleaguesEngagedAfter: colleaguesEngagedAfter,
      lastHighIntentAt: engagement.lastHighIntentAt, lastEngagedAt: engagement.lastEngagedAt)
  }

  /// Colleagues whose first engagement is strictly after the contact's first high-intent
  /// activity in the window: a binary search in the account's sorted first engagements.
  private func colleagues(of engagement: StakeholderEngagement, firstEngagements: [Timestamp])
    -> Int
  {
    guard let start = engagement.firstHighIntentAt else { return 0 }
    var low = 0
    var high = firstEngagements.count
    while low < high {
      let middle = (low + high) / 2
      if firstEngagements[middle] <= start { low = middle + 1 } else { high = middle }
    }
    let later = firstEngagements.count - low
    let selfIsLater = engagement.firstEngagedAt.map { $0 > start } ?? false
    return later - (selfIsLater ? 1 : 0)
  }

  private func components(weeks: Int, meetings: Int, replies: Int, colleagues: Int)
    -> [(points: Double, reason: String)]
  {
    func part(_ weight: Double, _ count: Int, _ cap: Int, _ reason: String) -> (Double, String) {
      (weight * Double(min(count, cap)) / Double(cap), reason)
    }
    return [
      part(
        settings.weeksWeight, weeks, settings.weeksCap,
        "high-intent activity in \(weeks) distinct \(CommitteeText.plural(weeks, "week"))"),
      part(
        settings.meetingsWeight, meetings, settings.meetingsCap,
        "\(meetings) \(CommitteeText.plural(meetings, "meeting or demo", "meetings or demos")) attended"
      ),
      part(
        settings.repliesWeight, replies, settings.repliesCap,
        "\(replies) \(CommitteeText.plural(replies, "reply", "replies"))"),
      part(
        settings.colleaguesWeight, colleagues, settings.colleaguesCap,
        "\(colleagues) \(CommitteeText.plural(colleagues, "colleague")) started engaging after them"
      ),
    ]
  }
}
