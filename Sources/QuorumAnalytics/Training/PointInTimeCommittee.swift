/// The committee signals of any account at any cutoff, from data indexed once: what
/// ``CommitteeAnalysis`` would say about that one account as of the cutoff, without
/// analysing every account.
///
/// Calibration needs each closed deal's committee features as of the instant before it
/// opened. A full ``CommitteeAnalysis`` per deal would read every activity once per deal
/// (quadratic); this reads only the account's own contacts and their activities, through
/// the scorer's contact-grouped ``ActivityLog``, and then applies the same pieces the
/// analysis applies (``CommitteeRoleInference``, ``ChampionDetector``,
/// ``CommitteeCoverage``) to that account alone. Personas are classified once per distinct
/// (title, seniority, department); activity types are classified once per type.
///
/// Under `.before(t)` the result equals
/// `CommitteeAnalysis.analyze(data:asOf: t − 1 ms, accountOf:settings:)[account].signals`,
/// and under `.atOrBefore(t)` the analysis as of `t`, for the same contact-to-account
/// matches (the feature extractor's: every account, `account_id`, then e-mail domain, then
/// company name). Explicit roles come only from opportunities created by the cutoff, so a
/// deal's own committee rows (written once it exists) never describe it before it opened.
///
/// - Complexity: indexing O(contacts + role rows + opportunities); one account's signals
///   O(its contacts' activities + c log c) for c contacts.
struct PointInTimeCommittee: Sendable {
  /// What an activity type counts as for the committee.
  private struct Kind: Sendable {
    var engaging: Bool
    var highIntent: Bool
    var meeting: Bool
    var reply: Bool
  }

  let settings: CommitteeSettings
  private let index: ScoringIndex
  private let personas: [Persona]
  private let kinds: [Kind]
  /// Per account position: the opportunities and role rows that can give its contacts an
  /// explicit role (rows naming one of its contacts).
  private let roleRows: [Int: [OpportunityContact]]
  private let roleOpportunities: [Int: [Opportunity]]

  /// Indexes the committee inputs over the extractor's contact matches and activity log.
  ///
  /// - Precondition: `personas` holds one persona per contact of the extractor's data.
  init(extractor: FeatureExtractor, settings: CommitteeSettings, personas: [Persona]) {
    let index = extractor.index
    precondition(personas.count == index.data.contacts.count, "one persona per contact")
    self.settings = settings
    self.index = index
    self.personas = personas
    kinds = index.log.types.map { type in
      Kind(
        engaging: !settings.excludedEngagementTypes.contains(type),
        highIntent: settings.champion.highIntentTypes.contains(type),
        meeting: settings.champion.meetingTypes.contains(type),
        reply: settings.champion.replyTypes.contains(type))
    }
    let opportunities = Dictionary(
      index.data.opportunities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var rows: [Int: [OpportunityContact]] = [:]
    var referenced: [Int: Set<String>] = [:]
    for row in index.data.opportunityContacts {
      guard let contact = index.log.contactIndex[row.contactID],
        opportunities[row.opportunityID] != nil
      else { continue }
      let account = Int(index.contactAccount[Int(contact)])
      guard account >= 0 else { continue }
      rows[account, default: []].append(row)
      referenced[account, default: []].insert(row.opportunityID)
    }
    roleRows = rows
    roleOpportunities = referenced.mapValues { ids in
      ids.sorted().compactMap { opportunities[$0] }
    }
  }

  /// Every contact's persona, classifying each distinct (title, seniority, department) once.
  static func personas(of contacts: [Contact]) -> [Persona] {
    struct Key: Hashable {
      var title: String?
      var seniority: String?
      var department: String?
    }
    let classifier = PersonaClassifier()
    var cache: [Key: Persona] = [:]
    return contacts.map { contact in
      let key = Key(
        title: contact.title, seniority: contact.seniority, department: contact.department)
      if let persona = cache[key] { return persona }
      let persona = classifier.classify(contact)
      cache[key] = persona
      return persona
    }
  }

  /// The signals of the account at `position` (in the data's accounts) under `cutoff`.
  func signals(ofAccount position: Int, cutoff: TimeCutoff) -> CommitteeSignals {
    let asOf = Timestamp(millisecondsSince1970: cutoff.lastVisibleMillisecond)
    var contacts: [Contact] = []
    var personas: [Persona] = []
    var engagement: [StakeholderEngagement] = []
    var seen: Set<String> = []
    for item in index.contacts(ofAccount: position) {
      let contact = Int(item)
      let row = index.data.contacts[contact]
      guard index.isVisible(contact: contact, under: cutoff), seen.insert(row.id).inserted
      else { continue }
      contacts.append(row)
      personas.append(self.personas[contact])
      engagement.append(summarize(contact: contact, id: row.id, asOf: asOf))
    }
    let explicitRoles = ExplicitRole.latest(
      opportunities: roleOpportunities[position] ?? [],
      opportunityContacts: roleRows[position] ?? [], asOf: asOf)
    let members = CommitteeRoleInference(buyingDepartments: settings.buyingDepartments)
      .members(of: contacts, personas: personas, explicitRoles: explicitRoles)
    let champions = ChampionDetector(settings: settings.champion)
      .assess(engagement, explicitRoles: explicitRoles)
    let coverage = CommitteeCoverage.measure(
      members: members,
      engagement: Dictionary(
        engagement.map { ($0.contactID, $0) }, uniquingKeysWith: { first, _ in first }),
      champions: champions, requiredRoles: settings.requiredRoles,
      singleThreadShare: settings.singleThreadShare)
    return coverage.signals
  }

  /// One contact's behaviour as of `asOf` (inclusive), by the definitions of
  /// ``StakeholderEngagement``: the look-back window `[asOf − lookbackDays, asOf]`, the
  /// champion window `[asOf − champion.windowDays, asOf]`, Monday-based UTC weeks.
  private func summarize(contact: Int, id: String, asOf: Timestamp) -> StakeholderEngagement {
    let last = asOf.millisecondsSince1970
    let windowStart = asOf.adding(days: -settings.lookbackDays).millisecondsSince1970
    let championStart = asOf.adding(days: -settings.champion.windowDays).millisecondsSince1970
    var tally = StakeholderTally()
    let log = index.log
    for position in log.range(ofContact: contact) {
      let time = log.times[position]
      guard time <= last else { continue }
      let kind = kinds[Int(log.typeCodes[position])]
      if kind.engaging {
        tally.firstEngaged = min(tally.firstEngaged, time)
        tally.lastEngaged = max(tally.lastEngaged, time)
        if time >= windowStart { tally.activitiesInWindow += 1 }
      }
      if kind.highIntent { tally.lastHighIntent = max(tally.lastHighIntent, time) }
      guard time >= championStart else { continue }
      if kind.highIntent {
        tally.firstHighIntent = min(tally.firstHighIntent, time)
        tally.highIntentWeeks.append(EngagementCounter.week(of: time))
      }
      if kind.meeting { tally.meetingsAndDemos += 1 }
      if kind.reply { tally.replies += 1 }
    }
    return tally.summary(contactID: id)
  }
}
