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
    Counts(
      weeks: highIntentWeeks, meetings: meetingsAndDemos, replies: replies,
      colleagues: colleaguesEngagedAfter
    ).score(settings)
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
    assess(engagements, explicitRolesByPosition: engagements.map { explicitRoles[$0.contactID] })
  }

  /// ``assess(_:explicitRoles:)`` with each contact's CRM role given beside it
  /// (`explicitRoles[i]` is `engagements[i]`'s).
  ///
  /// - Precondition: one explicit role (or none) per engagement.
  func assess(
    _ engagements: [StakeholderEngagement], explicitRolesByPosition explicitRoles: [ExplicitRole?]
  ) -> [ChampionAssessment] {
    eachContact(engagements, explicitRoles) { engagement, explicitRole, colleagues in
      assess(engagement, explicitRole: explicitRole, colleaguesEngagedAfter: colleagues)
    }
  }

  /// Whether each contact of one account is a champion, in the order given: what
  /// ``assess(_:explicitRolesByPosition:)`` decides, without the scores' reasons (what a
  /// score snapshot keeps of the champions).
  ///
  /// - Precondition: one explicit role (or none) per engagement.
  /// - Complexity: O(n log n) in the number of contacts.
  func championFlags(
    _ engagements: [StakeholderEngagement], explicitRolesByPosition explicitRoles: [ExplicitRole?]
  ) -> [Bool] {
    eachContact(engagements, explicitRoles) { engagement, explicitRole, colleagues in
      isChampion(
        score: Counts(engagement, colleagues: colleagues).score(settings),
        highIntentWeeks: engagement.highIntentWeeks, named: explicitRole?.role)
    }
  }

  /// `verdict` of each contact of one account, in the order given, with its CRM role and
  /// the number of its colleagues who started engaging after its first high-intent
  /// activity.
  private func eachContact<Verdict>(
    _ engagements: [StakeholderEngagement], _ explicitRoles: [ExplicitRole?],
    _ verdict: (StakeholderEngagement, ExplicitRole?, Int) -> Verdict
  ) -> [Verdict] {
    precondition(explicitRoles.count == engagements.count, "one explicit role per engagement")
    let firstEngagements = engagements.compactMap(\.firstEngagedAt).sorted()
    return engagements.indices.map { index in
      verdict(
        engagements[index], explicitRoles[index],
        colleagues(of: engagements[index], firstEngagements: firstEngagements))
    }
  }

  /// Whether a contact with champion score `score` is a champion: named so in the CRM, or
  /// scoring at least the threshold in at least the minimum weeks and not named a blocker.
  private func isChampion(score: Double, highIntentWeeks: Int, named: CommitteeRole?) -> Bool {
    let behavioural = score >= settings.threshold && highIntentWeeks >= settings.minimumWeeks
    return named == .champion || (behavioural && named != .blocker)
  }

  private func assess(
    _ engagement: StakeholderEngagement, explicitRole: ExplicitRole?, colleaguesEngagedAfter: Int
  ) -> ChampionAssessment {
    let counts = Counts(engagement, colleagues: colleaguesEngagedAfter)
    let points = counts.points(settings)
    let score = counts.score(settings)
    let named = explicitRole?.role
    var reasons: [String] = []
    if let explicitRole, named == .champion {
      reasons.append("named champion: \(explicitRole.evidence)")
    } else if let explicitRole, named == .blocker {
      reasons.append("named blocker, never a champion: \(explicitRole.evidence)")
    }
    // Largest first; equal points keep the components' fixed order. Only the texts of the
    // components that earned points are written (most contacts earn none).
    reasons += points.indices.filter { points[$0] > 0 }
      .sorted { (points[$1], $0) < (points[$0], $1) }
      .map { counts.reason(Counts.Component.allCases[$0]) }
    return ChampionAssessment(
      contactID: engagement.contactID, score: score,
      isChampion: isChampion(
        score: score, highIntentWeeks: engagement.highIntentWeeks, named: named),
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
}

/// The four behaviour counts a champion score weighs.
private struct Counts: Sendable {
  /// The components of the score, in their fixed order (equal points keep it).
  enum Component: CaseIterable {
    case weeks, meetings, replies, colleagues
  }

  let weeks: Int
  let meetings: Int
  let replies: Int
  let colleagues: Int

  init(weeks: Int, meetings: Int, replies: Int, colleagues: Int) {
    self.weeks = weeks
    self.meetings = meetings
    self.replies = replies
    self.colleagues = colleagues
  }

  /// The counts of `engagement`, with `colleagues` engaged after it.
  init(_ engagement: StakeholderEngagement, colleagues: Int) {
    self.init(
      weeks: engagement.highIntentWeeks, meetings: engagement.meetingsAndDemos,
      replies: engagement.replies, colleagues: colleagues)
  }

  /// Each component's points, in ``Component`` order.
  func points(_ settings: ChampionSettings) -> [Double] {
    Component.allCases.map { points(of: $0, settings) }
  }

  /// The champion score: the components' points added in ``Component`` order (as
  /// ``points(_:)`` lists them), without an array of them.
  func score(_ settings: ChampionSettings) -> Double {
    points(of: .weeks, settings) + points(of: .meetings, settings)
      + points(of: .replies, settings) + points(of: .colleagues, settings)
  }

  /// A component's points: its weight times its count capped, over the cap.
  private func points(of component: Component, _ settings: ChampionSettings) -> Double {
    let (weight, count, cap) =
      switch component {
      case .weeks: (settings.weeksWeight, weeks, settings.weeksCap)
      case .meetings: (settings.meetingsWeight, meetings, settings.meetingsCap)
      case .replies: (settings.repliesWeight, replies, settings.repliesCap)
      case .colleagues: (settings.colleaguesWeight, colleagues, settings.colleaguesCap)
      }
    return weight * Double(min(count, cap)) / Double(cap)
  }

  /// The reason text of `component`.
  func reason(_ component: Component) -> String {
    switch component {
    case .weeks: "high-intent activity in \(weeks) distinct \(CommitteeText.plural(weeks, "week"))"
    case .meetings:
      "\(meetings) \(CommitteeText.plural(meetings, "meeting or demo", "meetings or demos")) attended"
    case .replies: "\(replies) \(CommitteeText.plural(replies, "reply", "replies"))"
    case .colleagues:
      "\(colleagues) \(CommitteeText.plural(colleagues, "colleague")) started engaging after them"
    }
  }
}
