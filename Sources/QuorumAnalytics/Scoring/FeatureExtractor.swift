/// Computes ``AccountFeatures`` for any account at any cutoff, from data indexed once.
///
/// Calibration builds one extractor and asks for each closed opportunity's account as of
/// `.before(opportunity.createdAt)`; the scorer uses the same code as of
/// `.atOrBefore(asOf)`. Only rows visible at the cutoff count: activities, qualification
/// answers, contacts created and opportunities created.
///
/// ```swift
/// let extractor = FeatureExtractor(data: data, model: .default)
/// let row = extractor.features(
///   accountID: "A1", cutoff: .before(opportunity.createdAt),
///   settings: FeatureSettings(halfLifeDays: 14, lookbackDays: 365))
/// row?["engagement.demo_requested"]
/// ```
public struct FeatureExtractor: Sendable {
  /// The model whose features are computed.
  public var model: ScoringModel { index.compiled.model }
  /// The feature names, sorted.
  public var featureNames: [String] { index.compiled.featureNames }
  let index: ScoringIndex

  /// Indexes `data` once: every contact is matched to an account (against all accounts),
  /// activities are grouped by contact (from `activities` when given, else from
  /// `data.activities`).
  ///
  /// - Complexity: O(accounts + contacts + activities + qualifications).
  public init(
    data: CRMData, model: ScoringModel, personas: [String: Persona] = [:],
    activities: ActivityLog? = nil
  ) {
    let log =
      activities ?? ActivityLog(contactIDs: data.contacts.map(\.id), activities: data.activities)
    index = ScoringIndex(
      data: data, log: log, model: CompiledModel(model), accountsAsOf: nil, contactsAsOf: nil,
      personas: personas)
  }

  /// An extractor over an index already built (for another model, rebound to this one).
  init(index: ScoringIndex) { self.index = index }

  /// The features of account `accountID` under `cutoff`, or `nil` when there is no such
  /// account.
  ///
  /// - Parameters:
  ///   - settings: the decay settings; `nil` for the model's own.
  ///   - committee: the account's committee signals as of the cutoff; `nil` to derive
  ///     engaged contacts and departments from the activities (see ``AccountFeatures``).
  /// - Complexity: O(the account's contacts, their activities and answers).
  public func features(
    accountID: String, cutoff: TimeCutoff, settings: FeatureSettings? = nil,
    committee: CommitteeSignals? = nil
  ) -> AccountFeatures? {
    guard let position = index.accountPosition[accountID] else { return nil }
    let kernel = ScanKernel(
      model: index.compiled, cutoff: cutoff, settings: settings ?? FeatureSettings(model: model))
    var tally = EngagementTally(slots: index.compiled.slotTypes.count)
    return index.features(
      ofAccount: position, cutoff: cutoff, kernel: kernel, committee: committee, tally: &tally
    ) { _, _ in }
  }
}

extension ScoringIndex {
  /// Sets `tally` to contact `contact`'s activities under `kernel`: what every scoring
  /// path (accounts, contacts without one) tallies a contact by.
  func tally(ofContact contact: Int, kernel: ScanKernel, into tally: inout EngagementTally) {
    tally.reset()
    tally.scan(log.range(ofContact: contact), of: log, table: table, kernel: kernel)
  }

  /// The features of the account at `position`; calls `visit` with each visible contact
  /// and its tally, so the scorer scores contacts in the same pass.
  func features(
    ofAccount position: Int, cutoff: TimeCutoff, kernel: ScanKernel,
    committee: CommitteeSignals?, tally: inout EngagementTally,
    visit: (Int, EngagementTally) -> Void
  ) -> AccountFeatures {
    var values = [Double](repeating: 0, count: compiled.featureNames.count)
    for hit in fits[position] { values[hit.featureIndex] = 1 }
    var engaged = 0
    var departments = Set<Int32>()
    var evidence = FrameworkEvidence()
    for item in contacts(ofAccount: position) {
      let contact = Int(item)
      guard isVisible(contact: contact, under: cutoff) else { continue }
      self.tally(ofContact: contact, kernel: kernel, into: &tally)
      for slot in tally.decayed.indices where tally.counts[slot] > 0 {
        values[compiled.engagementFeatures[slot]] += tally.decayed[slot]
      }
      if tally.engaged {
        engaged += 1
        let department = self.departments[contact]
        if department >= 0 { departments.insert(department) }
      }
      collectAnswers(ofContact: contact, under: cutoff, into: &evidence)
      visit(contact, tally)
    }
    collectAnswers(ofAccount: position, under: cutoff, into: &evidence)
    let signals =
      committee
      ?? CommitteeSignals(
        engagedContacts: engaged, engagedDepartments: departments.count,
        singleThreaded: engaged == 1)
    let slots = compiled.committeeFeatures
    values[slots.engagedContacts] = Double(signals.engagedContacts)
    values[slots.engagedDepartments] = Double(signals.engagedDepartments)
    values[slots.economicBuyer] = signals.economicBuyerEngaged ? 1 : 0
    values[slots.champion] = signals.championPresent ? 1 : 0
    values[slots.coverage] = signals.coverage.isFinite ? min(max(signals.coverage, 0), 1) : 0
    values[slots.singleThreaded] = signals.singleThreaded ? 1 : 0
    for (criterion, feature) in compiled.criterionFeatures.enumerated() {
      values[feature] = evidence.featureValue(at: criterion)
    }
    let fired = evidence.disqualifyingAnswers(compiled.model.disqualifiers)
    for (index, answer) in fired.enumerated() where answer != nil {
      values[compiled.disqualifierFeatures[index]] = 1
    }
    return AccountFeatures(
      accountID: data.accounts[position].id, cutoff: cutoff, names: compiled.featureNames,
      values: values)
  }
}

extension CommitteeSignals {
  /// The signals a feature row holds (as ``ScoringIndex/features(ofAccount:cutoff:kernel:committee:tally:visit:)``
  /// writes them: counts, 0/1 flags and the coverage within 0...1), which give the same
  /// row again.
  ///
  /// - Parameters:
  ///   - values: one account's feature values, aligned with the model's feature names.
  ///   - slots: the model's committee feature positions.
  init(features values: ArraySlice<Double>, slots: CompiledModel.CommitteeFeatureIndex) {
    let value = { (slot: Int) in values[values.startIndex + slot] }
    self.init(
      engagedContacts: Int(value(slots.engagedContacts)),
      engagedDepartments: Int(value(slots.engagedDepartments)),
      economicBuyerEngaged: value(slots.economicBuyer) != 0,
      championPresent: value(slots.champion) != 0, coverage: value(slots.coverage),
      singleThreaded: value(slots.singleThreaded) != 0)
  }
}
