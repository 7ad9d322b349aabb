/// Scores every contact and every account as of a date: the entry point of `quorum score`.
///
/// Point-in-time: only rows timestamped at or before `asOf` are used — activities,
/// qualification answers, contacts (by `created_at`), opportunities (by `created_at`) and
/// accounts (by `created_at`, when known) — so adding rows dated later never changes an
/// earlier as-of score.
///
/// ```swift
/// let result = Scorer(model: .default).run(data, asOf: Timestamp(year: 2025, month: 6, day: 30))
/// result.summary.contactsPerStage[.mql]
/// ```
///
/// - Complexity: O(accounts + contacts + activities + qualifications + opportunities);
///   each activity is read once, through the ``ActivityLog``.
public struct Scorer: Sendable {
  /// The model.
  public var model: ScoringModel { compiled.model }
  private let compiled: CompiledModel

  /// Creates a scorer for `model`.
  public init(model: ScoringModel) { compiled = CompiledModel(model) }

  /// Scores `data` as of `asOf`.
  ///
  /// - Parameters:
  ///   - activities: `data`'s activities already grouped by contact (built for
  ///     `data.contacts`, in order), e.g. streamed from the database; `nil` to group
  ///     `data.activities`.
  ///   - committee: committee signals per account id as of `asOf`; accounts without an
  ///     entry get signals derived from activities (see ``AccountFeatures``).
  ///   - personas: personas per contact id, for counting engaged departments.
  public func run(
    _ data: CRMData, activities: ActivityLog? = nil, asOf: Timestamp,
    committee: [String: CommitteeSignals] = [:], personas: [String: Persona] = [:]
  ) -> ScoringResult {
    let log =
      activities ?? ActivityLog(contactIDs: data.contacts.map(\.id), activities: data.activities)
    return run(
      ScoringIndex(
        data: data, log: log, model: compiled, accountsAsOf: asOf, contactsAsOf: asOf,
        personas: personas), asOf: asOf,
      committee: committee)
  }

  /// The index ``run(_:activities:asOf:committee:personas:)`` scores from: accounts and
  /// contacts in scope as of `asOf`, each contact's account match.
  func index(
    _ data: CRMData, activities log: ActivityLog, asOf: Timestamp, personaAt: [Persona]
  ) -> ScoringIndex {
    ScoringIndex(
      data: data, log: log, model: compiled, accountsAsOf: asOf, contactsAsOf: asOf,
      personaAt: personaAt)
  }

  /// Scores the data of `index` (from ``index(_:activities:asOf:personaAt:)``) as of `asOf`;
  /// with `explainingContacts` false the contacts keep no reasons and their stages no
  /// reason (the accounts are explained alike).
  func run(
    _ index: ScoringIndex, asOf: Timestamp, committee: [String: CommitteeSignals],
    explainingContacts: Bool = true
  ) -> ScoringResult {
    scored(
      index, asOf: asOf, committee: committee, explainingContacts: explainingContacts,
      recording: nil as (@Sendable () -> NoRecorder)?
    ).result
  }

  /// Scores like ``run(_:asOf:committee:explainingContacts:)``; with `makeRecorder`, every
  /// contact's and account's reasons are handed to a recorder it makes for their chunk as
  /// they are scored — the contacts explained once, on every core — and the contacts keep
  /// numbers only (the accounts keep their reasons). Without, the recorded reasons are
  /// empty.
  func scored<Recorder: ReasonRecorder>(
    _ index: ScoringIndex, asOf: Timestamp, committee: [String: CommitteeSignals],
    explainingContacts: Bool, recording makeRecorder: (@Sendable () -> Recorder)?
  ) -> (result: ScoringResult, reasons: RecordedReasons<Recorder>) {
    let data = index.data
    let log = index.log
    let cutoff = TimeCutoff.atOrBefore(asOf)
    let kernel = ScanKernel(
      model: compiled, cutoff: cutoff, settings: FeatureSettings(model: model))
    let contactScorer = ContactScorer(
      compiled: compiled, explains: explainingContacts || makeRecorder != nil)
    let accountScorer = AccountScorer(compiled: compiled)
    // A recorded contact's reasons go to the recorder; its score keeps the numbers only.
    @Sendable func score(_ contact: Int, _ tally: EngagementTally, into recorder: inout Recorder?)
      -> ContactScore
    {
      var score = contactScorer.score(contact: contact, in: index, tally: tally, cutoff: cutoff)
      if recorder != nil {
        recorder?.recordContact(score.reasons)
        score.forgetExplanation()
      }
      return score
    }
    // Each account's contacts have their places in the result, counted first; accounts are
    // independent, so they are scored in chunks on all cores, each contact's score written
    // straight into its place (scores are large values: never copied or merged) and the
    // account rolled up from there.
    let work = ChunkedWork(count: index.accounts.count, tapering: true)
    let visible = work.map(each: { item in
      index.visibleContactCount(ofAccount: index.accounts[item], under: cutoff)
    })
    var scored = 0
    let starts = visible.map { count in
      defer { scored += count }
      return scored
    }
    var chunks: [ScoredChunk<Recorder>] = []
    // Each place's contact position, written beside its score.
    var positions = [Int32](repeating: -1, count: scored)
    var contacts = [ContactScore](unsafeUninitializedCapacity: scored + index.unassigned.count) {
      buffer, initialized in
      // Each account initialises only its own range, as many places as counted above.
      let places = SendableSlots(base: buffer)
      positions.withUnsafeMutableBufferPointer { positionSlots in
        let positionOf = SendableSlots(base: positionSlots)
        chunks = work.map { range in
          var tally = EngagementTally(slots: compiled.slotTypes.count)
          var chunk = ScoredChunk(recorder: makeRecorder?())
          chunk.accounts.reserveCapacity(range.count)
          for item in range {
            let position = index.accounts[item]
            let account = data.accounts[position]
            let start = starts[item]
            let end = start + visible[item]
            var next = start
            let signals = committee[account.id]
            let features = index.features(
              ofAccount: position, cutoff: cutoff, kernel: kernel, committee: signals,
              tally: &tally
            ) { contact, tally in
              chunk.activitiesSeen += tally.visibleEvents
              precondition(next < end, "an account's contacts were miscounted")
              places.base.initializeElement(
                at: next, to: score(contact, tally, into: &chunk.recorder))
              positionOf.base[next] = Int32(contact)
              next += 1
            }
            precondition(next == end, "an account's contacts were miscounted")
            var score = accountScorer.score(
              account: account, features: features,
              contacts: UnsafeBufferPointer(rebasing: places.base[start..<end]),
              fitHits: index.fits[position])
            score.committeeCoverage = signals?.coverage
            chunk.recorder?.recordAccount(score.reasons)
            chunk.accounts.append(score)
          }
          return chunk
        }
      }
      initialized = scored
    }
    var accounts: [AccountScore] = []
    accounts.reserveCapacity(index.accounts.count)
    var activitiesSeen = 0
    var recorders: [Recorder] = []
    for chunk in chunks {
      accounts.append(contentsOf: chunk.accounts)
      activitiesSeen += chunk.activitiesSeen
      if let recorder = chunk.recorder { recorders.append(recorder) }
    }
    // The contacts of no account, after every account's, in a recorder of their own.
    var tally = EngagementTally(slots: compiled.slotTypes.count)
    var unassigned = makeRecorder?()
    for item in index.unassigned {
      let contact = Int(item)
      index.tally(ofContact: contact, kernel: kernel, into: &tally)
      activitiesSeen += tally.visibleEvents
      contacts.append(score(contact, tally, into: &unassigned))
      positions.append(item)
    }
    if let unassigned { recorders.append(unassigned) }
    // Sort positions, not the (large) scores, then move the scores in place (following the
    // permutation's cycles on one core: a parallel gather into a second array was no faster
    // and held 84–93 MiB more at the peak).
    let order = contacts.indices.sorted { contacts[$0].contactID < contacts[$1].contactID }
    contacts.permute(to: order)
    positions.permute(to: order)
    var result = ScoringResult(
      asOf: asOf, modelName: model.name, modelVersion: model.version, contacts: contacts,
      accounts: accounts,
      summary: ScoringSummary(
        contacts: contacts, accounts: accounts, orphanActivities: log.orphanCount(under: cutoff),
        activitiesSeen: activitiesSeen))
    result.contactPositions = positions
    let contactRows = makeRecorder == nil ? [] : order.map { Int32($0) }
    return (result, RecordedReasons(recorders: recorders, contactRows: contactRows))
  }
}

/// What one chunk of accounts scored: its accounts, the activities it saw and the reasons it
/// recorded (its contacts' scores are in their places in the result).
private struct ScoredChunk<Recorder: ReasonRecorder>: Sendable {
  var accounts: [AccountScore] = []
  var activitiesSeen = 0
  /// The chunk's recorder, when the run records reasons.
  var recorder: Recorder?
}
