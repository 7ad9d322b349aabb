/// The scorer's own pieces — the ``ScoringIndex``, the engagement tally, the contact and
/// account scorers and the committee analysis — driven at many cutoffs over data indexed
/// once; the engine behind ``PointInTimeScores``.
struct PointInTimeEngine: Sendable {
  private let compiled: CompiledModel
  private let index: ScoringIndex
  private let settings: FeatureSettings
  private let committeeSettings: CommitteeSettings
  private let contactScorer: ContactScorer
  private let accountScorer: AccountScorer
  /// Per contact: positions in `data.activities`.
  private let activitiesOfContact: Grouping
  /// Per contact: positions in `data.qualifications` of answers about the contact.
  private let answersOfContact: Grouping
  /// Per account id: positions in `data.opportunities`.
  private let opportunitiesOfAccount: [String: [Int]]
  /// Per opportunity id: positions in `data.opportunityContacts`.
  private let rolesOfOpportunity: [String: [Int]]

  init(data: CRMData, model: ScoringModel, personas: [String: Persona]) {
    let compiled = CompiledModel(model)
    let log = ActivityLog(contactIDs: data.contacts.map(\.id), activities: data.activities)
    self.compiled = compiled
    index = ScoringIndex(
      data: data, log: log, model: compiled, accountsAsOf: nil, contactsAsOf: nil,
      personas: personas)
    settings = FeatureSettings(model: model)
    committeeSettings = CommitteeSettings(model: model)
    contactScorer = ContactScorer(compiled: compiled)
    accountScorer = AccountScorer(compiled: compiled)
    activitiesOfContact = Grouping(
      buckets: data.contacts.count,
      keys: data.activities.enumerated().compactMap { position, activity in
        log.contactIndex[activity.contactID].map { (Int($0), Int32(position)) }
      })
    answersOfContact = Grouping(
      buckets: data.contacts.count,
      keys: data.qualifications.enumerated().compactMap { position, answer in
        guard answer.subjectType == .contact else { return nil }
        return log.contactIndex[answer.subjectID].map { (Int($0), Int32(position)) }
      })
    opportunitiesOfAccount = Dictionary(
      grouping: data.opportunities.indices, by: { data.opportunities[$0].accountID })
    rolesOfOpportunity = Dictionary(
      grouping: data.opportunityContacts.indices,
      by: { data.opportunityContacts[$0].opportunityID })
  }

  /// A tally sized for the model, reused across calls.
  func makeTally() -> EngagementTally { EngagementTally(slots: compiled.slotTypes.count) }

  /// The lead history of contact `contact`, or `nil` if it was created after `asOf`.
  func lead(_ contact: Int, asOf: Timestamp, tally: inout EngagementTally) -> LeadHistory? {
    let created = index.data.contacts[contact].createdAt
    guard created <= asOf else { return nil }
    let atCreation = score(contact: contact, cutoff: .atOrBefore(created), tally: &tally)
    var mqlAt = Self.isMQLOrBeyond(atCreation.stage) ? created : nil
    var sqlAt = atCreation.stage == .sql ? created : nil
    if sqlAt == nil {
      for check in checkTimes(contact: contact, after: created, upTo: asOf) {
        // Once MQL is dated, only instants that can reach SQL are worth scoring.
        guard mqlAt == nil || check.canReachSQL else { continue }
        let stage = score(contact: contact, cutoff: .atOrBefore(check.time), tally: &tally).stage
        if mqlAt == nil, Self.isMQLOrBeyond(stage) { mqlAt = check.time }
        if stage == .sql {
          sqlAt = check.time
          break
        }
      }
    }
    return LeadHistory(
      contactID: index.data.contacts[contact].id, scoreAtCreation: atCreation.total.value,
      mqlAt: mqlAt, sqlAt: sqlAt)
  }

  /// The account score of `opportunity` just before it opened, or `nil` when its account
  /// is not in the data.
  ///
  /// - Throws: ``CommitteeError`` when the model's committee settings are invalid.
  func deal(_ opportunity: Opportunity, tally: inout EngagementTally) throws(CommitteeError)
    -> DealAtOpening?
  {
    guard let position = index.accountPosition[opportunity.accountID] else { return nil }
    let cutoff = TimeCutoff.before(opportunity.createdAt)
    let signals = try committeeSignals(ofAccount: position, before: opportunity.createdAt)
    var members: [ContactScore] = []
    let features = index.features(
      ofAccount: position, cutoff: cutoff, kernel: kernel(cutoff), committee: signals,
      tally: &tally
    ) { contact, tally in
      members.append(contactScorer.score(contact: contact, in: index, tally: tally, cutoff: cutoff))
    }
    let score = accountScorer.score(
      account: index.data.accounts[position], features: features, contacts: members,
      fitHits: index.fits[position])
    return DealAtOpening(
      opportunityID: opportunity.id, accountID: opportunity.accountID, score: score.total.value,
      winProbability: score.winProbability)
  }

  private func kernel(_ cutoff: TimeCutoff) -> ScanKernel {
    ScanKernel(model: compiled, cutoff: cutoff, settings: settings)
  }

  private func score(contact: Int, cutoff: TimeCutoff, tally: inout EngagementTally)
    -> ContactScore
  {
    tally.reset()
    tally.scan(
      index.log.range(ofContact: contact), of: index.log, table: index.table,
      kernel: kernel(cutoff))
    return contactScorer.score(contact: contact, in: index, tally: tally, cutoff: cutoff)
  }

  /// An instant at which a contact's stage could rise, and whether it could rise to SQL.
  private struct Check {
    var time: Timestamp
    var canReachSQL: Bool
  }

  /// The instants in (`start`, `end`] at which the contact's stage could rise — its
  /// activities with positive points or stage evidence, and its framework answers — sorted,
  /// one per instant. An instant can reach SQL when it has an answer (framework rules), an
  /// SQL-evidence activity, or a positive activity while the SQL rule has a score threshold.
  private func checkTimes(contact: Int, after start: Timestamp, upTo end: Timestamp)
    -> [Check]
  {
    let log = index.log
    let table = index.table
    let sqlByScore = compiled.model.stages.sql.minimumScore != nil
    let first = start.millisecondsSince1970
    let last = end.millisecondsSince1970
    var checks: [(time: Int64, sql: Bool)] = []
    for position in log.range(ofContact: contact) {
      let time = log.times[position]
      let code = Int(log.typeCodes[position])
      guard time > first, time <= last, table.positive[code] || table.evidence[code] != 0
      else { continue }
      let sql = table.evidence[code] & TypeTable.sql != 0 || (sqlByScore && table.positive[code])
      checks.append((time, sql))
    }
    for item in answersOfContact.slice(contact) {
      let time = index.data.qualifications[Int(item)].assessedAt.millisecondsSince1970
      if time > first, time <= last { checks.append((time, true)) }
    }
    checks.sort { $0.time < $1.time }
    var merged: [Check] = []
    for check in checks {
      if let previous = merged.last, previous.time.millisecondsSince1970 == check.time {
        merged[merged.count - 1].canReachSQL = previous.canReachSQL || check.sql
      } else {
        merged.append(
          Check(time: Timestamp(millisecondsSince1970: check.time), canReachSQL: check.sql))
      }
    }
    return merged
  }

  /// The committee signals of the account at `position` from the rows strictly before
  /// `instant`: the committee analysis run on the account's own contacts, activities and
  /// opportunities.
  private func committeeSignals(ofAccount position: Int, before instant: Timestamp)
    throws(CommitteeError) -> CommitteeSignals
  {
    let data = index.data
    let account = data.accounts[position]
    let contacts = index.contacts(ofAccount: position).map { Int($0) }
    let activities = contacts.flatMap { contact in
      activitiesOfContact.slice(contact).lazy.map { data.activities[Int($0)] }
        .filter { $0.occurredAt < instant }
    }
    let opportunities = opportunitiesOfAccount[account.id, default: []]
      .map { data.opportunities[$0] }.filter { $0.createdAt < instant }
    let roles = opportunities.flatMap { opportunity in
      rolesOfOpportunity[opportunity.id, default: []].map { data.opportunityContacts[$0] }
    }
    let slice = CRMData(
      accounts: [account], contacts: contacts.map { data.contacts[$0] }, activities: activities,
      opportunities: opportunities, opportunityContacts: roles)
    let accountOf = Dictionary(
      slice.contacts.map { ($0.id, account.id) }, uniquingKeysWith: { first, _ in first })
    let asOf = Timestamp(millisecondsSince1970: instant.millisecondsSince1970 - 1)
    let committees = try CommitteeAnalysis.analyze(
      data: slice, asOf: asOf, accountOf: accountOf, settings: committeeSettings)
    return committees[account.id]?.signals ?? .none
  }

  /// MQL, PQL and SQL are at or beyond marketing-qualified.
  private static func isMQLOrBeyond(_ stage: ContactStage) -> Bool {
    stage == .mql || stage == .pql || stage == .sql
  }
}
