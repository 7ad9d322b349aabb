/// What one contact did as of a date, condensed to what the committee analysis needs:
/// engagement in the look-back window, and the high-intent behaviour the champion
/// heuristic reads.
public struct StakeholderEngagement: Hashable, Sendable {
  /// The contact.
  public var contactID: String
  /// Engaging activities (any type but the excluded ones) in the look-back window.
  public var activitiesInWindow: Int
  /// The contact's first engaging activity at or before the as-of date.
  public var firstEngagedAt: Timestamp?
  /// The contact's last engaging activity at or before the as-of date.
  public var lastEngagedAt: Timestamp?
  /// The first high-intent activity in the champion window.
  public var firstHighIntentAt: Timestamp?
  /// The last high-intent activity at or before the as-of date (for "gone quiet").
  public var lastHighIntentAt: Timestamp?
  /// Distinct weeks (Monday to Sunday, UTC) with a high-intent activity in the champion
  /// window.
  public var highIntentWeeks: Int
  /// Meetings and demos attended in the champion window.
  public var meetingsAndDemos: Int
  /// Replies in the champion window.
  public var replies: Int

  /// Creates a summary; a contact who did nothing has all counts zero.
  public init(
    contactID: String, activitiesInWindow: Int = 0, firstEngagedAt: Timestamp? = nil,
    lastEngagedAt: Timestamp? = nil, firstHighIntentAt: Timestamp? = nil,
    lastHighIntentAt: Timestamp? = nil, highIntentWeeks: Int = 0, meetingsAndDemos: Int = 0,
    replies: Int = 0
  ) {
    self.contactID = contactID
    self.activitiesInWindow = activitiesInWindow
    self.firstEngagedAt = firstEngagedAt
    self.lastEngagedAt = lastEngagedAt
    self.firstHighIntentAt = firstHighIntentAt
    self.lastHighIntentAt = lastHighIntentAt
    self.highIntentWeeks = highIntentWeeks
    self.meetingsAndDemos = meetingsAndDemos
    self.replies = replies
  }

  /// Whether the contact engaged in the look-back window: an engaged stakeholder.
  public var isEngaged: Bool { activitiesInWindow > 0 }

  /// Summarises `activities` per contact as of `asOf`; activities after `asOf` are ignored.
  ///
  /// The look-back window is `[asOf − settings.lookbackDays, asOf]` and the champion
  /// window `[asOf − settings.champion.windowDays, asOf]`, both inclusive.
  ///
  /// - Complexity: O(n) in the number of activities, one pass.
  public static func summarize(
    _ activities: [Activity], asOf: Timestamp, settings: CommitteeSettings = CommitteeSettings()
  ) -> [String: StakeholderEngagement] {
    var counter = StakeholderEngagementCounter(asOf: asOf, settings: settings)
    for activity in activities { counter.add(activity) }
    return counter.summaries
  }
}

/// Condenses a stream of activities into each contact's ``StakeholderEngagement``,
/// without holding the activities: feed it rows as they are read (for example from a
/// database cursor), then pass it to
/// ``CommitteeAnalysis/analyze(data:asOf:accountOf:settings:engagement:)``.
///
/// ```swift
/// var counter = StakeholderEngagementCounter(asOf: asOf)
/// for activity in cursor { counter.add(activity) }
/// let committees = try CommitteeAnalysis.analyze(
///   data: dataWithoutActivities, asOf: asOf, accountOf: matches, engagement: counter)
/// ```
///
/// - Complexity: O(1) amortised per activity; memory O(contacts), not O(activities).
public struct StakeholderEngagementCounter: Sendable {
  /// The as-of date: later activities are ignored.
  public let asOf: Timestamp
  /// The windows and activity classes used.
  public let settings: CommitteeSettings
  private var counter: EngagementCounter
  /// The contacts seen, by tally position.
  private var index = IDIndex()
  private var tallies: [StakeholderTally] = []
  /// Whether the counter was fresh when first fed a log: that log's contacts keep their log
  /// positions (contacts added later are appended after them).
  private(set) var isAligned = false

  /// Creates an empty counter.
  public init(asOf: Timestamp, settings: CommitteeSettings = CommitteeSettings()) {
    self.asOf = asOf
    self.settings = settings
    counter = EngagementCounter(asOf: asOf, settings: settings)
  }

  /// Adds one activity (of any contact, in any order).
  public mutating func add(_ activity: Activity) {
    let position = position(of: activity.contactID)
    counter.add(activity, to: &tallies[position])
  }

  /// Adds every activity of `log` (each contact's, then the next).
  ///
  /// - Complexity: O(activities in `log` + its contacts); on all cores when the counter is
  ///   fresh.
  public mutating func add(_ log: ActivityLog) {
    let kinds = log.types.map { self.counter.kind(of: $0) }
    let counter = self.counter
    // Adds the activities of the log's contact `contact` to `tally`.
    @Sendable func count(_ contact: Int, into tally: inout StakeholderTally) {
      for event in log.range(ofContact: contact) {
        counter.add(at: log.times[event], kind: kinds[Int(log.typeCodes[event])], to: &tally)
      }
    }
    // A fresh counter takes the log's contacts and index as its own (shared, not copied),
    // so a contact's tally is at its log position and needs no lookup; each contact's
    // tally depends on its own activities only, so the contacts are counted on all cores.
    guard !index.ids.isEmpty else {
      index = log.contactIndex
      tallies = ChunkedWork(count: log.contactIDs.count).map(each: { contact in
        var tally = StakeholderTally()
        count(contact, into: &tally)
        return tally
      })
      isAligned = true
      return
    }
    for contact in log.contactIDs.indices where !log.range(ofContact: contact).isEmpty {
      count(contact, into: &tallies[position(of: log.contactIDs[contact])])
    }
  }

  /// The tally position of `contactID`, added when new.
  private mutating func position(of contactID: String) -> Int {
    let position = Int(index.append(contactID))
    if position == tallies.count { tallies.append(StakeholderTally()) }
    return position
  }

  /// The engagement of every contact seen so far (after adding a log: every contact of the
  /// log), by contact ID.
  public var summaries: [String: StakeholderEngagement] {
    Dictionary(
      zip(index.ids, tallies).map { ($0.0, $0.1.summary(contactID: $0.0)) },
      uniquingKeysWith: { first, _ in first })
  }

  /// The engagement of the contact at `position` of the log the counter was fed, with no
  /// lookup by ID.
  ///
  /// - Precondition: the counter was fresh when first fed a log (``isAligned``), and
  ///   `position` is one of that log's contacts.
  func engagement(ofContactAt position: Int) -> StakeholderEngagement {
    precondition(isAligned, "the counter must be aligned with one activity log")
    return tallies[position].summary(contactID: index.ids[position])
  }

  /// The engagement of one contact; all zero when the contact did nothing.
  public func engagement(of contactID: String) -> StakeholderEngagement {
    guard let position = index[contactID] else {
      return StakeholderEngagement(contactID: contactID)
    }
    return tallies[Int(position)].summary(contactID: contactID)
  }
}

/// The running totals of one contact while activities stream past.
struct StakeholderTally: Sendable {
  var activitiesInWindow = 0
  var firstEngaged: Int64 = .max
  var lastEngaged: Int64 = .min
  var firstHighIntent: Int64 = .max
  var lastHighIntent: Int64 = .min
  var highIntentWeeks: [Int32] = []
  var meetingsAndDemos = 0
  var replies = 0

  func summary(contactID: String) -> StakeholderEngagement {
    func time(_ ms: Int64) -> Timestamp? {
      ms == .max || ms == .min ? nil : Timestamp(millisecondsSince1970: ms)
    }
    return StakeholderEngagement(
      contactID: contactID, activitiesInWindow: activitiesInWindow,
      firstEngagedAt: time(firstEngaged), lastEngagedAt: time(lastEngaged),
      firstHighIntentAt: time(firstHighIntent), lastHighIntentAt: time(lastHighIntent),
      highIntentWeeks: Set(highIntentWeeks).count, meetingsAndDemos: meetingsAndDemos,
      replies: replies)
  }
}

/// Adds activities to tallies, classifying each activity type once.
struct EngagementCounter: Sendable {
  /// What an activity type counts as.
  struct Kind: Sendable {
    var engaging: Bool
    var highIntent: Bool
    var meeting: Bool
    var reply: Bool
  }

  private let asOf: Int64
  private let windowStart: Int64
  private let championStart: Int64
  private let settings: CommitteeSettings
  private var kinds: [ActivityType: Kind] = [:]

  init(asOf: Timestamp, settings: CommitteeSettings) {
    self.asOf = asOf.millisecondsSince1970
    windowStart = asOf.adding(days: -settings.lookbackDays).millisecondsSince1970
    championStart = asOf.adding(days: -settings.champion.windowDays).millisecondsSince1970
    self.settings = settings
  }

  mutating func add(_ activity: Activity, to tally: inout StakeholderTally) {
    add(at: activity.occurredAt.millisecondsSince1970, kind: kind(of: activity.type), to: &tally)
  }

  /// Adds an activity at `time` (epoch milliseconds) of the kind `kind`.
  func add(at time: Int64, kind: Kind, to tally: inout StakeholderTally) {
    guard time <= asOf else { return }
    if kind.engaging {
      tally.firstEngaged = min(tally.firstEngaged, time)
      tally.lastEngaged = max(tally.lastEngaged, time)
      if time >= windowStart { tally.activitiesInWindow += 1 }
    }
    if kind.highIntent { tally.lastHighIntent = max(tally.lastHighIntent, time) }
    guard time >= championStart else { return }
    if kind.highIntent {
      tally.firstHighIntent = min(tally.firstHighIntent, time)
      tally.highIntentWeeks.append(Self.week(of: time))
    }
    if kind.meeting { tally.meetingsAndDemos += 1 }
    if kind.reply { tally.replies += 1 }
  }

  /// Monday-based week number since the epoch (1970-01-01 was a Thursday).
  static func week(of milliseconds: Int64) -> Int32 {
    let days = milliseconds.floorDivided(by: Timestamp.millisecondsPerDay)
    return Int32((days + 3).floorDivided(by: 7))
  }

  mutating func kind(of type: ActivityType) -> Kind {
    if let known = kinds[type] { return known }
    let kind = Kind(
      engaging: !settings.excludedEngagementTypes.contains(type),
      highIntent: settings.champion.highIntentTypes.contains(type),
      meeting: settings.champion.meetingTypes.contains(type),
      reply: settings.champion.replyTypes.contains(type))
    kinds[type] = kind
    return kind
  }
}
