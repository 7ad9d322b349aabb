/// The committee signals of any account at any cutoff, from data indexed once: what
/// ``CommitteeAnalysis`` would say about that one account as of the cutoff, without
/// analysing every account.
///
/// Calibration needs each closed deal's committee features as of the instant before it
/// opened. A full ``CommitteeAnalysis`` per deal would read every activity once per deal
/// (quadratic); this reads only the account's own contacts and their activities, through
/// the scorer's contact-grouped ``ActivityLog``. It then applies the analysis's rules to
/// that account alone, computing only what ``CommitteeSignals`` needs — roles without
/// their evidence text, champion scores without their reasons — so that a deal costs
/// a few microseconds plus one pass over its account's activities:
///
/// - role: the explicit role on the contact's latest opportunity created by the cutoff
///   (``ExplicitRole/latest(opportunities:opportunityContacts:asOf:)``), else the persona's
///   (``CommitteeRoleInference/inferredRole(for:)``, computed once per distinct persona),
///   with the economic-buyer promotion of ``CommitteeRoleInference``;
/// - champion: ``ChampionDetector``'s score, threshold, minimum weeks and named roles;
/// - engagement, departments, coverage and single-threading: ``CommitteeCoverage``.
///
/// Under `.before(t)` the result equals
/// `CommitteeAnalysis.analyze(data:asOf: t − 1 ms, accountOf:settings:)[account].signals`,
/// and under `.atOrBefore(t)` the analysis as of `t`, for the same contact-to-account
/// matches (the feature extractor's: every account, `account_id`, then e-mail domain, then
/// company name) — a test compares every account at several dates. Explicit roles come
/// only from opportunities created by the cutoff, so a deal's own committee rows (written
/// once it exists) never describe it before it opened.
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
  let personas: [Persona]
  /// Per contact: the role its persona suggests.
  private let inferredRoles: [CommitteeRole]
  /// The departments whose senior people can be promoted to economic buyer, as bits.
  private let promotable: UInt32
  /// The roles a complete committee has.
  private let required: [CommitteeRole]
  /// Whether no two contacts share an id (then members need no de-duplication by id).
  private let contactIDsAreUnique: Bool
  private let kinds: [Kind]
  /// The opportunities and role rows that can give each account's contacts an explicit role.
  let roleRows: RoleRows

  /// Per account position: the opportunities and role rows that can give its contacts an
  /// explicit role (rows naming one of its contacts).
  struct RoleRows: Sendable {
    fileprivate let rows: [Int: [OpportunityContact]]
    fileprivate let opportunities: [Int: [Opportunity]]

    /// Groups the role rows of `index`'s data by the account of the contact they name;
    /// rows of an unknown contact or opportunity, or of an unmatched contact, are left out.
    ///
    /// - Complexity: O(role rows + opportunities).
    init(_ index: ScoringIndex) {
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
      self.rows = rows
      self.opportunities = referenced.mapValues { ids in
        ids.sorted().compactMap { opportunities[$0] }
      }
    }
  }

  /// Indexes the committee inputs over the extractor's contact matches and activity log,
  /// with the index's `roleRows` (``RoleRows/init(_:)``, or ``personasAndRoleRows(of:)``).
  ///
  /// - Precondition: `personas` holds one persona per contact of the extractor's data, and
  ///   `roleRows` were grouped from the same data and matches.
  init(
    extractor: FeatureExtractor, settings: CommitteeSettings, personas: [Persona],
    roleRows: RoleRows
  ) {
    let index = extractor.index
    precondition(personas.count == index.data.contacts.count, "one persona per contact")
    self.settings = settings
    self.index = index
    self.personas = personas
    inferredRoles = Self.inferredRoles(
      of: personas,
      inference: CommitteeRoleInference(buyingDepartments: settings.buyingDepartments))
    promotable = settings.buyingDepartments.union([.finance, .executive]).reduce(0) {
      $0 | Self.bit($1)
    }
    required = settings.requiredRoles
    contactIDsAreUnique = index.log.contactIndex.count == index.data.contacts.count
    kinds = index.log.types.map { type in
      Kind(
        engaging: !settings.excludedEngagementTypes.contains(type),
        highIntent: settings.champion.highIntentTypes.contains(type),
        meeting: settings.champion.meetingTypes.contains(type),
        reply: settings.champion.replyTypes.contains(type))
    }
    self.roleRows = roleRows
  }

  /// Every contact's persona (``PersonaClassifier/classifyOnAllCores(_:at:)``) and the
  /// index's role rows: the rows, a serial pass, grouped on another thread while the
  /// contacts are classified on all cores.
  static func personasAndRoleRows(of index: ScoringIndex) -> ([Persona], RoleRows) {
    let (roleRows, classified) = concurrently {
      RoleRows(index)
    } and: {
      PersonaClassifier.classifyOnAllCores(index.data.contacts)
    }
    return (classified, roleRows)
  }

  /// The role each persona suggests, looked up in a table of every persona's role, in
  /// chunks on all cores.
  private static func inferredRoles(of personas: [Persona], inference: CommitteeRoleInference)
    -> [CommitteeRole]
  {
    let table = InferredRoleTable(inference)
    return ChunkedWork(count: personas.count).map(each: { contact in
      table[personas[contact]].role
    })
  }

  /// The signals of the account at `position` (in the data's accounts) under `cutoff`.
  func signals(ofAccount position: Int, cutoff: TimeCutoff) -> CommitteeSignals {
    let asOf = Timestamp(millisecondsSince1970: cutoff.lastVisibleMillisecond)
    let rows = roleRows.rows[position] ?? []
    let explicitRoles =
      rows.isEmpty
      ? [:]
      : ExplicitRole.latest(
        opportunities: roleRows.opportunities[position] ?? [], opportunityContacts: rows,
        asOf: asOf)
    let contacts = index.contacts(ofAccount: position)
    var members: [Member] = []
    members.reserveCapacity(contacts.count)
    // Contacts share an id only in unusual exports: only then is a set of ids kept.
    var seen: Set<String>? = contactIDsAreUnique ? nil : []
    for item in contacts {
      let contact = Int(item)
      guard index.isVisible(contact: contact, under: cutoff) else { continue }
      // The id is read only to de-duplicate or to look an explicit role up.
      var named: CommitteeRole?
      if seen != nil || !explicitRoles.isEmpty {
        let id = index.data.contacts[contact].id
        guard seen?.insert(id).inserted ?? true else { continue }
        named = explicitRoles[id]?.role
      }
      members.append(
        Member(
          contact: contact, persona: personas[contact], role: named ?? inferredRoles[contact],
          named: named, behaviour: behaviour(contact: contact, asOf: asOf)))
    }
    promoteEconomicBuyer(in: &members)
    return coverage(of: members, championPresent: championPresent(members))
  }

  /// One committee member as the signals need it (its id is read from the data only to break
  /// ties).
  private struct Member {
    var contact: Int
    var persona: Persona
    var role: CommitteeRole
    /// The explicit role, when the CRM records one.
    var named: CommitteeRole?
    var behaviour: Behaviour
  }

  /// One contact's behaviour as of a date (the numbers of ``StakeholderEngagement``).
  private struct Behaviour {
    var activitiesInWindow = 0
    var firstEngaged: Int64 = .max
    var firstHighIntent: Int64 = .max
    var highIntentWeeks = 0
    var meetings = 0
    var replies = 0
  }

  /// One contact's behaviour as of `asOf` (inclusive), by the definitions of
  /// ``StakeholderEngagement``: the look-back window `[asOf − lookbackDays, asOf]`, the
  /// champion window `[asOf − champion.windowDays, asOf]`, Monday-based UTC weeks.
  private func behaviour(contact: Int, asOf: Timestamp) -> Behaviour {
    let last = asOf.millisecondsSince1970
    let windowStart = asOf.adding(days: -settings.lookbackDays).millisecondsSince1970
    let championStart = asOf.adding(days: -settings.champion.windowDays).millisecondsSince1970
    var result = Behaviour()
    // The log orders a contact's events by time, so their weeks come in order too: distinct
    // weeks are the changes of week.
    var lastWeek: Int32?
    let log = index.log
    for position in log.range(ofContact: contact) {
      let time = log.times[position]
      guard time <= last else { break }
      let kind = kinds[Int(log.typeCodes[position])]
      if kind.engaging {
        result.firstEngaged = min(result.firstEngaged, time)
        if time >= windowStart { result.activitiesInWindow += 1 }
      }
      guard time >= championStart else { continue }
      if kind.highIntent {
        result.firstHighIntent = min(result.firstHighIntent, time)
        let week = EngagementCounter.week(of: time)
        if week != lastWeek {
          result.highIntentWeeks += 1
          lastWeek = week
        }
      }
      if kind.meeting { result.meetings += 1 }
      if kind.reply { result.replies += 1 }
    }
    return result
  }

  /// ``CommitteeRoleInference``'s fallback: without an economic buyer, the most senior
  /// inferred member at director level or above in finance, executive or a buying
  /// department becomes one (ties: finance, executive, then contact id).
  private func promoteEconomicBuyer(in members: inout [Member]) {
    guard !members.contains(where: { $0.role == .economicBuyer }) else { return }
    func functionRank(_ department: Department) -> Int {
      department == .finance ? 0 : department == .executive ? 1 : 2
    }
    var best: (member: Int, seniority: Int, function: Int)?
    for (position, member) in members.enumerated()
    where member.named == nil && member.persona.seniority <= .director
      && promotable & Self.bit(member.persona.department) != 0
    {
      let seniority = member.persona.seniority.rank
      let function = functionRank(member.persona.department)
      if let current = best {
        guard (seniority, function) <= (current.seniority, current.function) else { continue }
        if (seniority, function) == (current.seniority, current.function),
          id(of: member) >= id(of: members[current.member])
        {
          continue
        }
      }
      best = (position, seniority, function)
    }
    if let best { members[best.member].role = .economicBuyer }
  }

  /// The member's contact id (read only to break ties).
  private func id(of member: Member) -> String { index.data.contacts[member.contact].id }

  /// ``ChampionDetector``'s verdict: a named champion, or a score at or above the threshold
  /// with enough high-intent weeks (never a named blocker).
  private func championPresent(_ members: [Member]) -> Bool {
    let champion = settings.champion
    // The members' first engagements, sorted, once a score needs them.
    var firstEngagements: [Int64]?
    for member in members {
      if member.named == .champion { return true }
      let behaviour = member.behaviour
      guard member.named != .blocker, behaviour.highIntentWeeks >= champion.minimumWeeks else {
        continue
      }
      let part = { (weight: Double, count: Int, cap: Int) in
        weight * Double(min(count, cap)) / Double(cap)
      }
      let sorted =
        firstEngagements
        ?? members.map(\.behaviour.firstEngaged).filter { $0 != .max }.sorted()
      firstEngagements = sorted
      let score =
        part(champion.weeksWeight, behaviour.highIntentWeeks, champion.weeksCap)
        + part(champion.meetingsWeight, behaviour.meetings, champion.meetingsCap)
        + part(champion.repliesWeight, behaviour.replies, champion.repliesCap)
        + part(champion.colleaguesWeight, colleagues(behaviour, sorted), champion.colleaguesCap)
      if score >= champion.threshold { return true }
    }
    return false
  }

  /// Colleagues whose first engagement is strictly after the member's first high-intent
  /// activity in the champion window.
  private func colleagues(_ behaviour: Behaviour, _ firstEngagements: [Int64]) -> Int {
    let start = behaviour.firstHighIntent
    guard start != .max else { return 0 }
    var low = 0
    var high = firstEngagements.count
    while low < high {
      let middle = (low + high) / 2
      if firstEngagements[middle] <= start { low = middle + 1 } else { high = middle }
    }
    let selfIsLater = behaviour.firstEngaged != .max && behaviour.firstEngaged > start
    return firstEngagements.count - low - (selfIsLater ? 1 : 0)
  }

  /// ``CommitteeCoverage``'s signals of the members: roles and departments as bit sets.
  private func coverage(of members: [Member], championPresent: Bool) -> CommitteeSignals {
    var engaged = 0
    var total = 0
    var leading = 0
    var roles: UInt32 = 0
    var departments: UInt32 = 0
    for member in members {
      let activities = member.behaviour.activitiesInWindow
      guard activities > 0 else { continue }
      engaged += 1
      total += activities
      leading = max(leading, activities)
      roles |= Self.bit(member.role)
      if member.persona.department != .other {
        departments |= Self.bit(member.persona.department)
      }
    }
    let covered = required.count { role in
      role == .champion ? championPresent : roles & Self.bit(role) != 0
    }
    let share = engaged > 0 ? Double(leading) / Double(total) : 0
    return CommitteeSignals(
      engagedContacts: engaged,
      engagedDepartments: departments.nonzeroBitCount,
      economicBuyerEngaged: roles & Self.bit(CommitteeRole.economicBuyer) != 0,
      championPresent: championPresent,
      coverage: required.isEmpty ? 1 : Double(covered) / Double(required.count),
      singleThreaded: engaged == 1 || (engaged > 1 && share >= settings.singleThreadShare))
  }

  /// A value's bit in a set of values of its type (roles and departments compare as
  /// integers; hashing them would hash their raw strings).
  private static func bit<Value: CaseIterable & Equatable>(_ value: Value) -> UInt32
  where Value.AllCases == [Value] {
    UInt32(1) << (Value.allCases.firstIndex(of: value) ?? 0)
  }
}
