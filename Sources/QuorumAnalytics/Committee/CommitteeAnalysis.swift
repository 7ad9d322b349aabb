/// The buying-committee analysis of every account as of a date: the entry point.
///
/// ```swift
/// let committees = try CommitteeAnalysis.analyze(
///   data: data, asOf: Timestamp(year: 2025, month: 3, day: 31),
///   accountOf: matches /* contact ID → account ID */)
/// committees["A-1"]?.signals.championPresent
/// committees["A-1"]?.nextBestActions.first?.text
/// ```
public enum CommitteeAnalysis {
  /// Maps the committee of every account.
  ///
  /// Point in time: only contacts created, activities occurred and opportunities created
  /// at or before `asOf` count; rows dated later never change the result.
  ///
  /// Every account of `data.accounts` and every account named in `accountOf` gets an
  /// entry, also one without contacts. Contacts missing from `accountOf` belong to no
  /// account and are left out (classify them with ``PersonaClassifier`` directly).
  ///
  /// - Parameters:
  ///   - data: the export.
  ///   - asOf: the analysis date.
  ///   - accountOf: each contact's account, from the account matcher.
  ///   - settings: the committee parameters.
  /// - Returns: the committee of each account, by account ID.
  /// - Throws: ``CommitteeError/invalidSetting(name:value:reason:)`` for settings out of
  ///   range.
  /// - Complexity: O(a + c log c + r) for a activities, c contacts and r role rows: one
  ///   pass over the activities, no per-account scan of them; personas are classified once
  ///   per distinct (title, seniority, department).
  public static func analyze(
    data: CRMData, asOf: Timestamp, accountOf: [String: String],
    settings: CommitteeSettings = CommitteeSettings()
  ) throws(CommitteeError) -> [String: AccountCommittee] {
    try settings.validate()
    var counter = StakeholderEngagementCounter(asOf: asOf, settings: settings)
    for activity in data.activities { counter.add(activity) }
    return try analyze(
      data: data, asOf: asOf, accountOf: accountOf, settings: settings, engagement: counter)
  }

  /// Maps the committee of every account from behaviour already condensed by a
  /// ``StakeholderEngagementCounter``; `data.activities` is not read, so a caller can
  /// stream tens of millions of activities without holding them.
  ///
  /// Otherwise the same as ``analyze(data:asOf:accountOf:settings:)``.
  ///
  /// - Precondition: `engagement` was built with the same `asOf` and `settings`.
  /// - Complexity: O(c log c + r) for c contacts and r role rows.
  public static func analyze(
    data: CRMData, asOf: Timestamp, accountOf: [String: String],
    settings: CommitteeSettings = CommitteeSettings(), engagement: StakeholderEngagementCounter
  ) throws(CommitteeError) -> [String: AccountCommittee] {
    try analyze(
      data: data, asOf: asOf, accountOf: accountOf, settings: settings, engagement: engagement,
      explicitRoles: ExplicitRole.latest(
        opportunities: data.opportunities, opportunityContacts: data.opportunityContacts,
        asOf: asOf))
  }

  /// ``analyze(data:asOf:accountOf:settings:engagement:)`` with the data's CRM roles as of
  /// `asOf` (``ExplicitRole/latest(opportunities:opportunityContacts:asOf:)``) worked out
  /// by the caller (the pipeline finds them while its index is built).
  static func analyze(
    data: CRMData, asOf: Timestamp, accountOf: [String: String], settings: CommitteeSettings,
    engagement: StakeholderEngagementCounter, explicitRoles: [String: ExplicitRole]
  ) throws(CommitteeError) -> [String: AccountCommittee] {
    try settings.validate()
    precondition(
      engagement.asOf == asOf && engagement.settings == settings,
      "the engagement counter must use the analysis date and settings")
    // Positions in `data.contacts`, not copies: half a million contacts are large values.
    let known = knownContacts(data.contacts, asOf: asOf, accountOf: accountOf)
    let all = data.contacts
    let personas = PersonaClassifier().classify(known.lazy.map { all[$0] })
    var byAccount: [String: [Int]] = [:]
    for (position, contact) in known.lazy.map({ all[$0] }).enumerated() {
      if let account = accountOf[contact.id] { byAccount[account, default: []].append(position) }
    }
    let accountIDs = Array(Set(data.accounts.map(\.id)).union(byAccount.keys))
    let members = byAccount
    let builder = CommitteeBuilder(asOf: asOf, settings: settings, explicitRoles: explicitRoles)
    return build(accountIDs) { accountID in
      let positions = members[accountID] ?? []
      return builder.committee(
        accountID: accountID, contacts: positions.map { all[known[$0]] },
        personas: positions.map { personas[$0] },
        engagement: positions.map { engagement.engagement(of: all[known[$0]].id) })
    }
  }

  /// The committees of every account of `index`, from the pipeline's one matching pass:
  /// each account's contacts come from the index, personas and engagement by contact
  /// position — no lookup by contact ID, no second classification.
  ///
  /// The same committees as ``analyze(data:asOf:accountOf:settings:engagement:)`` given
  /// the index's matches as `accountOf`.
  ///
  /// - Precondition: `settings` are valid; the contact IDs of `index.data` are unique;
  ///   `personas` holds one persona per contact of `index.data`; `engagement` was built
  ///   with `asOf` and `settings`, fed `index.log` when fresh.
  /// - Complexity: O(c log c + r) for c contacts and r role rows.
  ///
  /// Without `plansActions`, every committee's ``AccountCommittee/nextBestActions`` is empty.
  /// `explicitRoles` are the data's roles as of `asOf`
  /// (``ExplicitRole/latest(opportunities:opportunityContacts:asOf:)``), worked out by the
  /// caller (the pipeline finds them while the index is built).
  static func analyze(
    index: ScoringIndex, personas: [Persona], asOf: Timestamp, settings: CommitteeSettings,
    engagement: StakeholderEngagementCounter, plansActions: Bool,
    explicitRoles: [String: ExplicitRole]
  ) -> [String: AccountCommittee] {
    let data = index.data
    let accountIDs = accountIDs(
      of: index, personas: personas, asOf: asOf, settings: settings, engagement: engagement)
    let builder = CommitteeBuilder(
      asOf: asOf, settings: settings,
      explicitRoles: explicitRoles, plansActions: plansActions)
    return build(accountIDs) { accountID in
      let positions = (index.accountPosition[accountID].map(index.contacts(ofAccount:)) ?? [])
        .map(Int.init).sorted { data.contacts[$0].id < data.contacts[$1].id }
      return builder.committee(
        accountID: accountID, contacts: positions.map { data.contacts[$0] },
        personas: positions.map { personas[$0] },
        engagement: positions.map { engagement.engagement(ofContactAt: $0) })
    }
  }

  /// The outlines of the committees ``analyze(index:personas:asOf:settings:engagement:plansActions:explicitRoles:)``
  /// maps (``CommitteeOutline``): the same roles, champions and signals, for every account
  /// of `index.data`, by ID.
  ///
  /// - Precondition: as for `analyze(index:…)`.
  /// - Complexity: O(c log(the largest account's contacts)) for c contacts, the accounts on
  ///   all cores.
  static func outlines(
    index: ScoringIndex, personas: [Persona], asOf: Timestamp, settings: CommitteeSettings,
    engagement: StakeholderEngagementCounter, explicitRoles: [String: ExplicitRole]
  ) -> [String: CommitteeOutline] {
    let data = index.data
    let accountIDs = accountIDs(
      of: index, personas: personas, asOf: asOf, settings: settings, engagement: engagement)
    let builder = CommitteeBuilder(asOf: asOf, settings: settings, explicitRoles: explicitRoles)
    return build(accountIDs) { accountID in
      let positions = index.accountPosition[accountID].map(index.contacts(ofAccount:)) ?? []
      return builder.outline(
        of: positions, in: data.contacts, personas: personas,
        engagement: positions.map { engagement.engagement(ofContactAt: Int($0)) })
    }
  }

  /// The ID of every account of `index.data`, once each, in order: the accounts the
  /// analysis by position maps, after checking its preconditions.
  private static func accountIDs(
    of index: ScoringIndex, personas: [Persona], asOf: Timestamp, settings: CommitteeSettings,
    engagement: StakeholderEngagementCounter
  ) -> [String] {
    let data = index.data
    precondition(personas.count == data.contacts.count, "one persona per contact")
    precondition(
      engagement.asOf == asOf && engagement.settings == settings && engagement.isAligned,
      "the engagement counter must use the analysis date and settings and the index's log")
    var seen = Set<String>(minimumCapacity: data.accounts.count)
    return data.accounts.map(\.id).filter { seen.insert($0).inserted }
  }

  /// `committee` of each of `accountIDs` by ID (a full committee or an outline), built in
  /// chunks on all cores (accounts are independent), each written in its place:
  /// concatenating chunks' arrays would copy every committee once more.
  private static func build<Committee: Sendable>(
    _ accountIDs: [String], _ committee: @Sendable (String) -> Committee
  ) -> [String: Committee] {
    let built = ChunkedWork(count: accountIDs.count).map(each: { committee(accountIDs[$0]) })
    return Dictionary(uniqueKeysWithValues: zip(accountIDs, built))
  }

  /// The positions of the contacts created by `asOf` that belong to an account, one per ID
  /// (the first), by ID.
  private static func knownContacts(
    _ contacts: [Contact], asOf: Timestamp, accountOf: [String: String]
  ) -> [Int] {
    var seen: Set<String> = []
    return contacts.indices.filter {
      let contact = contacts[$0]
      return contact.createdAt <= asOf && accountOf[contact.id] != nil
        && seen.insert(contact.id).inserted
    }.sorted { contacts[$0].id < contacts[$1].id }
  }
}

/// Builds one account's committee from its contacts' personas and behaviour.
struct CommitteeBuilder: Sendable {
  let asOf: Timestamp
  let settings: CommitteeSettings
  let explicitRoles: [String: ExplicitRole]
  /// Whether the committee gets its next best actions (else none).
  let plansActions: Bool
  private let inference: CommitteeRoleInference
  private let roles: InferredRoleTable

  init(
    asOf: Timestamp, settings: CommitteeSettings, explicitRoles: [String: ExplicitRole],
    plansActions: Bool = true
  ) {
    self.asOf = asOf
    self.settings = settings
    self.explicitRoles = explicitRoles
    self.plansActions = plansActions
    inference = CommitteeRoleInference(buyingDepartments: settings.buyingDepartments)
    roles = InferredRoleTable(inference)
  }

  func committee(
    accountID: String, contacts: [Contact], personas: [Persona],
    engagement: [StakeholderEngagement]
  ) -> AccountCommittee {
    // Each contact's CRM role looked up once; members, assessments and engagement are then
    // joined by position, not by contact ID.
    assert(
      zip(engagement, contacts).allSatisfy { $0.contactID == $1.id },
      "each contact's engagement beside it")
    let explicit = contacts.map { explicitRoles[$0.id] }
    let (members, order) = inference.members(
      of: contacts, personas: personas, explicitRolesByPosition: explicit
    ) { roles[$0] }
    let assessments = ChampionDetector(settings: settings.champion).assess(
      engagement, explicitRolesByPosition: explicit)
    let coverage = CommitteeCoverage.measure(
      members: members, engagementOf: { engagement[order[$0]] }, champions: assessments,
      requiredRoles: settings.requiredRoles, singleThreadShare: settings.singleThreadShare)
    let actions =
      plansActions
      ? NextBestActionPlanner.actions(
        members: members, coverage: coverage, champions: assessments, asOf: asOf,
        settings: settings) : []
    let champions = assessments.filter(\.isChampion).sorted {
      ($1.score, $0.contactID) < ($0.score, $1.contactID)
    }
    return AccountCommittee(
      accountID: accountID, members: members, champions: champions, coverage: coverage,
      nextBestActions: actions)
  }

  /// The outline of the committee of the contacts at `positions` of `contacts` (with each
  /// one's persona by position in `personas`, and behaviour beside it in `engagement`): the
  /// roles, champion flags and signals ``committee(accountID:contacts:personas:engagement:)``
  /// gives the same contacts, in any order.
  func outline(
    of positions: some RandomAccessCollection<Int32>, in contacts: [Contact],
    personas: [Persona], engagement: [StakeholderEngagement]
  ) -> CommitteeOutline {
    let positions = Array(positions)
    assert(
      zip(engagement, positions).allSatisfy { $0.contactID == contacts[Int($1)].id },
      "each contact's engagement beside it")
    let explicit = positions.map { explicitRoles[contacts[Int($0)].id] }
    func persona(_ index: Int) -> Persona { personas[Int(positions[index])] }
    var roles = positions.indices.map { index in
      explicit[index]?.role ?? self.roles[persona(index)].role
    }
    if let promoted = inference.economicBuyerPromotion(
      count: roles.count, role: { roles[$0] }, isInferred: { explicit[$0] == nil },
      persona: persona, contactID: { contacts[Int(positions[$0])].id })
    {
      roles[promoted] = .economicBuyer
    }
    let champions = ChampionDetector(settings: settings.champion).championFlags(
      engagement, explicitRolesByPosition: explicit)
    let coverage = CommitteeCoverage.Tally(
      count: roles.count, role: { roles[$0] }, department: { persona($0).department },
      engagementOf: { engagement[$0] }, championPresent: champions.contains(true),
      requiredRoles: settings.requiredRoles, singleThreadShare: settings.singleThreadShare,
      ranksBefore: { $0 < $1 })
    return CommitteeOutline(
      members: positions.indices.map {
        CommitteeOutline.Member(position: positions[$0], role: roles[$0], isChampion: champions[$0])
      },
      signals: coverage.signals)
  }
}
