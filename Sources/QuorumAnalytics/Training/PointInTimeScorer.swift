/// One model's account features and account scores at any cutoff, computed the way
/// ``Scorer`` computes them (the same ``FeatureExtractor`` index, contact scorer and
/// account scorer), with the committee signals of ``PointInTimeCommittee`` as of the
/// cutoff. Calibration uses it for the training rows, for the active model's forecasts on
/// the same deals, and for the score distributions the stability index compares.
struct PointInTimeScorer: Sendable {
  let extractor: FeatureExtractor
  let committee: PointInTimeCommittee
  /// The model's numbers-only scorers and its own decay, made once for every account.
  private let contactScorer: ContactScorer
  private let accountScorer: AccountScorer
  private let ownDecay: ScanDecay

  /// Indexes `data` once for `model`.
  ///
  /// - Throws: ``CommitteeError`` when the model's committee settings are invalid.
  init(data: CRMData, model: ScoringModel, activities: ActivityLog?) throws(CommitteeError) {
    let settings = CommitteeSettings(model: model)
    try settings.validate()
    let extractor = FeatureExtractor(data: data, model: model, activities: activities)
    let (personas, roleRows) = PointInTimeCommittee.personasAndRoleRows(of: extractor.index)
    self.init(
      extractor: extractor,
      committee: PointInTimeCommittee(
        extractor: extractor, settings: settings, personas: personas, roleRows: roleRows))
  }

  /// A scorer over an index built already (for the index's model), e.g. the one the
  /// scorer matched contacts with as of a date.
  ///
  /// - Throws: ``CommitteeError`` when the model's committee settings are invalid.
  init(index: ScoringIndex) throws(CommitteeError) {
    let settings = CommitteeSettings(model: index.compiled.model)
    try settings.validate()
    let extractor = FeatureExtractor(index: index)
    let (personas, roleRows) = PointInTimeCommittee.personasAndRoleRows(of: index)
    self.init(
      extractor: extractor,
      committee: PointInTimeCommittee(
        extractor: extractor, settings: settings, personas: personas, roleRows: roleRows))
  }

  /// `base`'s index and personas rebound to `model`: the same data without indexing it
  /// again (how calibration scores the active model on the same deals).
  ///
  /// - Throws: ``CommitteeError`` when the model's committee settings are invalid.
  init(rebinding base: PointInTimeScorer, to model: ScoringModel) throws(CommitteeError) {
    let settings = CommitteeSettings(model: model)
    try settings.validate()
    let extractor = FeatureExtractor(index: base.index.rebinding(to: CompiledModel(model)))
    self.init(
      extractor: extractor,
      committee: PointInTimeCommittee(
        extractor: extractor, settings: settings, personas: base.committee.personas,
        roleRows: base.committee.roleRows))
  }

  private init(extractor: FeatureExtractor, committee: PointInTimeCommittee) {
    self.extractor = extractor
    self.committee = committee
    let compiled = extractor.index.compiled
    contactScorer = ContactScorer(compiled: compiled, explains: false)
    accountScorer = AccountScorer(compiled: compiled, explains: false)
    ownDecay = ScanDecay(model: compiled, settings: FeatureSettings(model: compiled.model))
  }

  var model: ScoringModel { extractor.model }
  private var index: ScoringIndex { extractor.index }

  /// The position of each account that exists at `date` (created by then, or of unknown
  /// creation), in account-id order.
  func accounts(existingAt date: Timestamp) -> [Int] {
    index.accounts.filter { (index.data.accounts[$0].createdAt ?? date) <= date }
  }

  /// The features of the account at `position` under `cutoff`, with decay settings resolved
  /// by ``decay(_:)`` (once for many accounts).
  ///
  /// - Parameters:
  ///   - committee: the account's committee signals under `cutoff` (computed when `nil`).
  ///   - tally: scratch space, reused across calls.
  func features(
    ofAccount position: Int, cutoff: TimeCutoff, decay: ScanDecay,
    committee signals: CommitteeSignals? = nil, tally: inout EngagementTally
  ) -> AccountFeatures {
    let kernel = ScanKernel(model: index.compiled, cutoff: cutoff, decay: decay)
    return index.features(
      ofAccount: position, cutoff: cutoff, kernel: kernel,
      committee: signals ?? committee.signals(ofAccount: position, cutoff: cutoff), tally: &tally
    ) { _, _ in }
  }

  /// Decay settings resolved for this scorer's model.
  func decay(_ settings: FeatureSettings) -> ScanDecay {
    ScanDecay(model: index.compiled, settings: settings)
  }

  /// The account's features under `cutoff` with the model's own decay and `signals` (the
  /// committee's under `cutoff` when `nil`); `visit` gets each visible contact and its tally.
  private func ownFeatures(
    ofAccount position: Int, cutoff: TimeCutoff, committee signals: CommitteeSignals?,
    tally: inout EngagementTally, visit: (Int, EngagementTally) -> Void
  ) -> AccountFeatures {
    index.features(
      ofAccount: position, cutoff: cutoff,
      kernel: ScanKernel(model: index.compiled, cutoff: cutoff, decay: ownDecay),
      committee: signals ?? committee.signals(ofAccount: position, cutoff: cutoff), tally: &tally,
      visit: visit)
  }

  /// The account's score under `cutoff` with the model's own decay, exactly as ``Scorer``
  /// scores it: features, the contacts' scores, then the rollup or the calibrated card —
  /// numbers only: the reasons carry no detail text.
  func score(ofAccount position: Int, cutoff: TimeCutoff, tally: inout EngagementTally)
    -> AccountScore
  {
    let index = index
    let contactScorer = contactScorer
    var members: [ContactScore] = []
    let features = ownFeatures(ofAccount: position, cutoff: cutoff, committee: nil, tally: &tally) {
      contact, tally in
      members.append(contactScorer.score(contact: contact, in: index, tally: tally, cutoff: cutoff))
    }
    return accountScorer.score(
      account: index.data.accounts[position], features: features, contacts: members[...],
      fitHits: index.fits[position])
  }

  /// The account's total score under `cutoff` with the model's own decay, and the win
  /// probability at it when the model is calibrated: the `total` and `winProbability` of
  /// ``score(ofAccount:cutoff:tally:)``, numbers only — no contact or account score, reason
  /// or text is built.
  ///
  /// - Parameters:
  ///   - signals: the account's committee signals under `cutoff` (computed when `nil`).
  ///   - tally: scratch space, reused across calls.
  func total(
    ofAccount position: Int, cutoff: TimeCutoff, committee signals: CommitteeSignals? = nil,
    tally: inout EngagementTally
  ) -> (total: ScorePoints, winProbability: Double?) {
    let index = index
    let contactScorer = contactScorer
    var engagements: [ScorePoints] = []
    let features = ownFeatures(
      ofAccount: position, cutoff: cutoff, committee: signals, tally: &tally
    ) { contact, tally in
      if let points = contactScorer.rollupEngagement(
        contact: contact, in: index, tally: tally, cutoff: cutoff)
      {
        engagements.append(points)
      }
    }
    let total = accountScorer.total(
      values: features.values, contactEngagements: engagements, fitHits: index.fits[position])
    return (total, model.calibration?.winProbability(score: total.value))
  }

  /// A fresh scratch tally for this model.
  func makeTally() -> EngagementTally {
    EngagementTally(slots: index.compiled.slotTypes.count)
  }
}
