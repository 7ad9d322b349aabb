/// Everything one scoring run produced: contact and account scores and a summary.
public struct ScoringResult: Sendable {
  /// The as-of date.
  public var asOf: Timestamp
  /// The model's name.
  public var modelName: String
  /// The model's version.
  public var modelVersion: String
  /// Every contact created by the date, sorted by id.
  public var contacts: [ContactScore]
  /// Every account created by the date (or with no creation date), sorted by id.
  public var accounts: [AccountScore]
  /// Counts for the run's printed summary.
  public var summary: ScoringSummary
  /// Each contact's position in the scored data's contacts, in ``contacts`` order (empty
  /// for a result not made by the scorer).
  package var contactPositions: [Int32] = []

  /// Creates a result.
  public init(
    asOf: Timestamp, modelName: String, modelVersion: String, contacts: [ContactScore],
    accounts: [AccountScore], summary: ScoringSummary
  ) {
    self.asOf = asOf
    self.modelName = modelName
    self.modelVersion = modelVersion
    self.contacts = contacts
    self.accounts = accounts
    self.summary = summary
  }
}

/// The counts `quorum score` prints.
public struct ScoringSummary: Hashable, Sendable {
  /// Contacts per match method (every method present, possibly 0).
  public var contactsPerMatchMethod: [MatchMethod: Int]
  /// Contacts per stage (every stage present).
  public var contactsPerStage: [ContactStage: Int]
  /// Accounts per journey stage (every stage present).
  public var accountsPerJourneyStage: [JourneyStage: Int]
  /// Events of types the model has no rule for, by type (sorted), as of the date.
  public var unmapped: [ActivityTypeCount]
  /// Activities as of the date whose contact is unknown.
  public var orphanActivities: Int
  /// Activities as of the date of the contacts scored.
  public var activitiesSeen: Int

  /// Creates a summary.
  public init(
    contactsPerMatchMethod: [MatchMethod: Int], contactsPerStage: [ContactStage: Int],
    accountsPerJourneyStage: [JourneyStage: Int], unmapped: [ActivityTypeCount],
    orphanActivities: Int, activitiesSeen: Int
  ) {
    self.contactsPerMatchMethod = contactsPerMatchMethod
    self.contactsPerStage = contactsPerStage
    self.accountsPerJourneyStage = accountsPerJourneyStage
    self.unmapped = unmapped
    self.orphanActivities = orphanActivities
    self.activitiesSeen = activitiesSeen
  }

  /// Contacts rolled up into an account (by id, domain or name).
  public var matched: Int {
    contactsPerMatchMethod.reduce(0) { $0 + ($1.key.isMatched ? $1.value : 0) }
  }
  /// Contacts whose domain or name fits several accounts.
  public var ambiguous: Int { contactsPerMatchMethod[.ambiguous] ?? 0 }
  /// Contacts matching no account.
  public var unmatched: Int { contactsPerMatchMethod[.unmatched] ?? 0 }

  init(
    contacts: [ContactScore], accounts: [AccountScore], orphanActivities: Int, activitiesSeen: Int
  ) {
    // Counted in chunks on every core, then added up; by index: half a million large
    // values are read in place, not copied.
    let parts = ChunkedWork(count: contacts.count).map { range in
      var part = ContactCounts()
      for index in range {
        part.methods.add(contacts[index].match.method)
        part.stages.add(contacts[index].stage)
        for entry in contacts[index].unmapped {
          part.unmapped[entry.type, default: 0] += entry.count
        }
      }
      return part
    }
    var total = ContactCounts()
    for part in parts {
      total.methods.add(part.methods)
      total.stages.add(part.stages)
      total.unmapped.merge(part.unmapped, uniquingKeysWith: +)
    }
    var journeys = CaseCounts<JourneyStage>()
    for index in accounts.indices { journeys.add(accounts[index].journeyStage) }
    self.init(
      contactsPerMatchMethod: total.methods.dictionary, contactsPerStage: total.stages.dictionary,
      accountsPerJourneyStage: journeys.dictionary,
      unmapped: ActivityTypeCount.merge(total.unmapped), orphanActivities: orphanActivities,
      activitiesSeen: activitiesSeen)
  }

  /// What the summary counts of contacts.
  private struct ContactCounts: Sendable {
    var methods = CaseCounts<MatchMethod>()
    var stages = CaseCounts<ContactStage>()
    var unmapped: [ActivityType: Int] = [:]
  }
}
