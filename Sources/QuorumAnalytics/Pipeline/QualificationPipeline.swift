/// The whole qualification view of a CRM as of a date: contacts matched to accounts,
/// personas, buying committees and champions, and every contact and account scored.
///
/// This is the one place the analyses are chained, so `quorum score`, `committee`, `rank`
/// and the reports all see the same numbers:
///
/// 1. contacts are matched to accounts (``AccountMatcher``) and classified into personas
///    (``PersonaClassifier``);
/// 2. each account's buying committee is mapped (``CommitteeAnalysis``) with the scoring
///    model's committee settings;
/// 3. the scorer (``Scorer``) scores contacts and accounts, the committee signals feeding
///    the account score.
///
/// ```swift
/// let view = try QualificationPipeline(model: .default).run(data, asOf: date)
/// view.scoring.accounts.first?.total
/// ```
///
/// - Complexity: O(accounts + contacts + activities + opportunities + qualifications).
public struct QualificationPipeline: Sendable {
  /// The scoring model every step uses.
  public let model: ScoringModel
  /// Whether each contact's score keeps its reasons (with their texts, largest first) and
  /// its stage its reason. Without, contacts have no reasons and no stage reason, but the
  /// same points and stages, and every account the same score and reasons: a caller that
  /// reads no contact's explanation (the reports) saves half a million contacts' reasons.
  public let explainsContacts: Bool
  /// Whether each committee gets its next best actions. `quorum score` neither stores nor
  /// prints them and spares planning them for every account; without, every committee's
  /// ``AccountCommittee/nextBestActions`` is empty and everything else is the same (when
  /// contact IDs repeat, the committees are mapped by ID, and planned all the same).
  package var plansNextBestActions = true
  /// Whether the view gets its ``ContactLines`` (when contact IDs are unique), for a caller
  /// that walks every contact's line: the `score` command's snapshot and CSV.
  package var findsContactLines = false
  /// Whether the committees are only outlined (``CommitteeOutline``), for a caller that
  /// reads of them only each account's signals and coverage and each contact's role and
  /// champion flag: `quorum score`'s snapshot and CSV. With ``findsContactLines`` (and
  /// unique contact IDs), the view's ``QualificationView/committees`` is then empty: each
  /// account's coverage is in its score (``AccountScore/committeeCoverage``) and each
  /// contact's role and champion flag in the view's contact lines; every score is the same.
  package var outlinesCommittees = false

  /// Creates a pipeline for `model`, explaining every contact's score unless
  /// `explainsContacts` is false.
  public init(model: ScoringModel, explainsContacts: Bool = true) {
    self.model = model
    self.explainsContacts = explainsContacts
  }

  /// Runs every step on the data as known at `asOf`.
  ///
  /// - Throws: ``CommitteeError`` when the model's committee settings are invalid.
  public func run(_ data: CRMData, asOf: Timestamp) throws(CommitteeError) -> QualificationView {
    try run(
      data,
      activities: ActivityLog(contactIDs: data.contacts.map(\.id), activities: data.activities),
      asOf: asOf)
  }

  /// Runs every step with the activities already grouped by contact (built for
  /// `data.contacts`, in order — e.g. streamed from a database) instead of
  /// `data.activities`, so that tens of millions of rows are never held as values.
  ///
  /// - Throws: ``CommitteeError`` when the model's committee settings are invalid.
  public func run(
    _ data: CRMData, activities log: ActivityLog, asOf: Timestamp
  ) throws(CommitteeError) -> QualificationView {
    try indexedRun(data, activities: log, asOf: asOf).view
  }

  /// ``run(_:activities:asOf:)`` with the contacts scored numbers-only and the reasons of
  /// every contact and account handed, as they are scored, to recorders `makeRecorder`
  /// makes (one per chunk of accounts, see ``Scorer``): for the score snapshot, which
  /// stores every contact's reasons once, so that no contact is scored twice and no
  /// contact's reasons are held as values. The contacts are explained for the recorders
  /// whatever ``explainsContacts`` says.
  package func run<Recorder: ReasonRecorder>(
    _ data: CRMData, activities log: ActivityLog, asOf: Timestamp,
    recordingReasons makeRecorder: @escaping @Sendable () -> Recorder
  ) throws(CommitteeError) -> (view: QualificationView, reasons: RecordedReasons<Recorder>) {
    let run = try indexedRun(data, activities: log, asOf: asOf, recording: makeRecorder)
    return (run.view, run.reasons)
  }

  /// ``run(_:activities:asOf:)``, with the scorer's index the view was computed over.
  func indexedRun(
    _ data: CRMData, activities log: ActivityLog, asOf: Timestamp
  ) throws(CommitteeError) -> (view: QualificationView, index: ScoringIndex) {
    let run = try indexedRun(
      data, activities: log, asOf: asOf, recording: nil as (@Sendable () -> NoRecorder)?)
    return (run.view, run.index)
  }

  /// The pipeline's steps, recording the reasons when `makeRecorder` is given.
  private func indexedRun<Recorder: ReasonRecorder>(
    _ data: CRMData, activities log: ActivityLog, asOf: Timestamp,
    recording makeRecorder: (@Sendable () -> Recorder)?
  ) throws(CommitteeError) -> (
    view: QualificationView, index: ScoringIndex, reasons: RecordedReasons<Recorder>
  ) {
    let settings = CommitteeSettings(model: model)
    try settings.validate()
    var engagement = StakeholderEngagementCounter(asOf: asOf, settings: settings)
    engagement.add(log)
    let accounts = data.accounts.filter { ($0.createdAt ?? asOf) <= asOf }
    // Personas by contact position (unknown for contacts created later) and by ID.
    let known = data.contacts.indices.filter { data.contacts[$0].createdAt <= asOf }
    var personaAt = [Persona](repeating: .unknown, count: data.contacts.count)
    let classified = PersonaClassifier.classifyOnAllCores(data.contacts, at: known)
    for (position, persona) in zip(known, classified) { personaAt[position] = persona }
    // One index matches every contact to its account, for the committees and the scorer;
    // two serial passes are made meanwhile: the personas by ID (of a repeated ID, the last
    // contact's) and the CRM's explicit roles.
    let scorer = Scorer(model: model)
    let (side, index) = concurrently {
      var personas: [String: Persona] = [:]
      personas.reserveCapacity(known.count)
      for (position, persona) in zip(known, classified) {
        personas[data.contacts[position].id] = persona
      }
      let explicitRoles = ExplicitRole.latest(
        opportunities: data.opportunities, opportunityContacts: data.opportunityContacts,
        asOf: asOf)
      return (personas: personas, explicitRoles: explicitRoles)
    } and: {
      scorer.index(data, activities: log, asOf: asOf, personaAt: personaAt)
    }
    let personas = side.personas
    let byPosition = log.contactIndex.count == data.contacts.count
    var committees: [String: AccountCommittee] = [:]
    var outlines: [String: CommitteeOutline]?
    if byPosition && findsContactLines && outlinesCommittees {
      outlines = CommitteeAnalysis.outlines(
        index: index, personas: personaAt, asOf: asOf, settings: settings, engagement: engagement,
        explicitRoles: side.explicitRoles)
    } else if byPosition {
      committees = CommitteeAnalysis.analyze(
        index: index, personas: personaAt, asOf: asOf, settings: settings, engagement: engagement,
        plansActions: plansNextBestActions, explicitRoles: side.explicitRoles)
    } else {
      committees = try Self.committeesByID(
        index, asOf: asOf, settings: settings, engagement: engagement,
        explicitRoles: side.explicitRoles)
    }
    let signals = outlines?.mapValues(\.signals) ?? committees.mapValues(\.signals)
    let (scoring, reasons) = scorer.scored(
      index, asOf: asOf, committee: signals, explainingContacts: explainsContacts,
      recording: makeRecorder)
    var view = QualificationView(
      scoring: scoring, committees: committees, personas: personas,
      accountNames: Dictionary(accounts.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }))
    if let outlines {
      view.contactLines = ContactLines(scoring: scoring, personaAt: personaAt, outlines: outlines)
    } else if byPosition && findsContactLines {
      view.contactLines = ContactLines(
        scoring: scoring, index: index, personaAt: personaAt, committees: committees)
    }
    return (view, index, reasons)
  }

  /// The committees when contact IDs repeat: the analysis by ID decides which contact of an
  /// ID counts.
  private static func committeesByID(
    _ index: ScoringIndex, asOf: Timestamp, settings: CommitteeSettings,
    engagement: StakeholderEngagementCounter, explicitRoles: [String: ExplicitRole]
  ) throws(CommitteeError) -> [String: AccountCommittee] {
    let data = index.data
    var accountOf: [String: String] = [:]
    accountOf.reserveCapacity(data.contacts.count)
    for (contact, position) in zip(data.contacts, index.contactAccount) where position >= 0 {
      accountOf[contact.id] = data.accounts[Int(position)].id
    }
    return try CommitteeAnalysis.analyze(
      data: data, asOf: asOf, accountOf: accountOf, settings: settings, engagement: engagement,
      explicitRoles: explicitRoles)
  }
}

extension CommitteeSettings {
  /// The committee settings a scoring model document declares (required roles and the
  /// engagement window); the rest keep their documented defaults.
  public init(model: ScoringModel) {
    self.init(
      lookbackDays: model.committee.engagementWindowDays,
      requiredRoles: model.committee.requiredRoles)
  }
}
