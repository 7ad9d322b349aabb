/// Scores contacts: fit (their account's) + decayed engagement + framework evidence, and a
/// stage from the model's stage rules.
///
/// - Engagement: for each activity type with a rule, `clamp(points × Σ 0.5^(age / h),
///   −cap, cap)` over the contact's events in the look-back window.
/// - Framework: for each criterion, the points of the contact's latest answer; plus the
///   points of every disqualifier that fires.
/// - Stage: disqualified when a disqualifier fires (or the score is at or below
///   `stages.disqualifiedAtOrBelow`); else the highest of SQL, PQL, MQL, IQL reached by a
///   score threshold, evidence of an activity type, or a framework k-of-n rule; else cold.
///
/// ```swift
/// let score = ContactScorer(model: .default).score(
///   contact: contact, account: nil, activities: [download], qualifications: [], asOf: t)
/// score.total  // 5.00 for one whitepaper download today
/// ```
public struct ContactScorer: Sendable {
  /// The model.
  public var model: ScoringModel { compiled.model }
  let compiled: CompiledModel
  /// Whether scores keep their reasons, with detail texts, largest first, and the stage its
  /// reason (otherwise numbers only, for point-in-time rescoring and the reports: the
  /// reasons are summed, then let go): the points and stages are the same either way.
  let explains: Bool
  /// The stage rules in precedence order, thresholds rounded once.
  private let stageChecks: [StageCheck]
  /// The disqualification floor, as given and rounded.
  private let floor: (threshold: Double, points: ScorePoints)?

  /// Creates a scorer for `model`.
  public init(model: ScoringModel) { self.init(compiled: CompiledModel(model)) }

  init(compiled: CompiledModel, explains: Bool = true) {
    self.compiled = compiled
    self.explains = explains
    let rules = compiled.model.stages
    stageChecks = [ContactStage.sql, .pql, .mql, .iql].map { StageCheck(stage: $0, rules: rules) }
    floor = rules.disqualifiedAtOrBelow.map { ($0, ScorePoints(rounding: $0)) }
  }

  /// Scores one contact as of `asOf` from its own rows: the account it may belong to (it
  /// is matched like any contact), its activities, and qualification answers (those about
  /// the contact count). Rows dated after `asOf` are ignored.
  public func score(
    contact: Contact, account: Account?, activities: [Activity], qualifications: [Qualification],
    asOf: Timestamp
  ) -> ContactScore {
    let data = CRMData(
      accounts: account.map { [$0] } ?? [], contacts: [contact], activities: activities,
      qualifications: qualifications)
    let log = ActivityLog(contactIDs: [contact.id], activities: activities)
    let index = ScoringIndex(
      data: data, log: log, model: compiled, accountsAsOf: asOf, contactsAsOf: nil, personas: [:])
    let cutoff = TimeCutoff.atOrBefore(asOf)
    var tally = EngagementTally(slots: compiled.slotTypes.count)
    tally.scan(
      log.range(ofContact: 0), of: log, table: index.table,
      kernel: ScanKernel(model: compiled, cutoff: cutoff, settings: FeatureSettings(model: model)))
    return score(contact: 0, in: index, tally: tally, cutoff: cutoff)
  }

  /// Scores contact `contact` of `index` from its tally.
  func score(contact: Int, in index: ScoringIndex, tally: EngagementTally, cutoff: TimeCutoff)
    -> ContactScore
  {
    let match = index.matches[contact] ?? AccountMatch(method: .unmatched, evidence: "out of scope")
    let position = Int(index.contactAccount[contact])
    var evidence = FrameworkEvidence()
    index.collectAnswers(ofContact: contact, under: cutoff, into: &evidence)
    let fits = position >= 0 ? index.fits[position] : []
    // Reserved to the bound: explained, half a million contacts' reasons outlive the
    // scoring run; numbers only, they are summed and let go after one allocation.
    var reasons: [ReasonCode] = []
    reasons.reserveCapacity(
      fits.count + tally.counts.lazy.filter { $0 > 0 }.count
        + (evidence.isEmpty ? 0 : QualificationCriterion.allCases.count + model.disqualifiers.count)
    )
    for hit in fits {
      reasons.append(
        ReasonCode(
          feature: hit.feature, value: 1, rounding: hit.points, detail: detail(hit.detail)))
    }
    let fitEnd = reasons.count
    appendEngagement(tally, to: &reasons)
    let engagementEnd = reasons.count
    let disqualifiers = appendFramework(evidence, to: &reasons)
    let total = reasons.totalPoints
    let fit = reasons[..<fitEnd].totalPoints
    let engagement = reasons[fitEnd..<engagementEnd].totalPoints
    let (stage, cause) = stageCause(
      total: total, engagement: engagement, evidence: tally.evidence, framework: evidence,
      disqualifier: disqualifiers.first)
    // Unexplained scores are numbers only: their reasons are summed, never shown.
    if explains { reasons.sortLargestFirst() }
    let types = index.log.types  // captured alone: a closure capturing `index` copies it whole
    // The stage's cause is kept as numbers, written out only when read.
    return ContactScore(
      contactID: index.data.contacts[contact].id, accountID: position >= 0 ? match.accountID : nil,
      match: match, fit: fit, engagement: engagement, framework: total - fit - engagement,
      total: total, stage: stage, stageCause: explains ? cause : nil,
      reasons: explains ? reasons : [], journey: tally.journey,
      unmapped: tally.unmappedCodes.isEmpty
        ? [] : ActivityTypeCount.tally(tally.unmappedCodes.lazy.map { types[Int($0)] }))
  }

  /// The contact's engagement points when its account's rollup counts them — the contact is
  /// not disqualified and its engagement is positive — else `nil`: what
  /// ``score(contact:in:tally:cutoff:)`` gives as `engagement` and `stage`, numbers only
  /// (its answers are read only when the engagement is positive).
  func rollupEngagement(
    contact: Int, in index: ScoringIndex, tally: EngagementTally, cutoff: TimeCutoff
  ) -> ScorePoints? {
    var engagement = ScorePoints.zero
    for slot in tally.counts.indices where tally.counts[slot] > 0 {
      engagement += ScorePoints(rounding: cappedPoints(slot: slot, weight: tally.decayed[slot]))
    }
    guard engagement > .zero else { return nil }
    var evidence = FrameworkEvidence()
    index.collectAnswers(ofContact: contact, under: cutoff, into: &evidence)
    if evidence.disqualifyingAnswers(model.disqualifiers).contains(where: { $0 != nil }) {
      return nil
    }
    guard let floor else { return engagement }
    let position = Int(index.contactAccount[contact])
    let fits = position >= 0 ? index.fits[position] : []
    var total = engagement
    for hit in fits { total += ScorePoints(rounding: hit.points) }
    for criterion in criterionPoints(evidence) { total += ScorePoints(rounding: criterion.points) }
    return total <= floor.points ? nil : engagement
  }

  private func appendEngagement(_ tally: EngagementTally, to reasons: inout [ReasonCode]) {
    for slot in tally.counts.indices where tally.counts[slot] > 0 {
      let weight = tally.decayed[slot]
      let points = compiled.slotPoints[slot]
      let cap = compiled.slotCaps[slot]
      let raw = points * weight
      let capped = cappedPoints(slot: slot, weight: weight)
      let earned = ScorePoints(rounding: capped)
      guard earned != .zero else { continue }
      let evidence = ReasonCode.Evidence.events(
        count: tally.counts[slot], weight: ScorePoints(rounding: weight),
        perEvent: ScorePoints(rounding: points),
        cap: capped != raw ? ScorePoints(rounding: cap) : nil)
      reasons.append(
        ReasonCode(
          feature: compiled.slotFeatures[slot], value: weight, points: earned,
          evidence: evidence))
    }
  }

  /// Appends the framework and disqualifier reasons; returns the names of the
  /// disqualifiers that fired.
  private func appendFramework(_ evidence: FrameworkEvidence, to reasons: inout [ReasonCode])
    -> [String]
  {
    guard !evidence.isEmpty else { return [] }
    for (index, _, answer, points) in criterionPoints(evidence) {
      reasons.append(
        ReasonCode(
          feature: compiled.featureNames[compiled.criterionFeatures[index]],
          value: evidence.featureValue(at: index),
          rounding: points, detail: detail(FrameworkEvidence.describe(answer))))
    }
    var fired: [String] = []
    let answers = evidence.disqualifyingAnswers(model.disqualifiers)
    for (index, (disqualifier, answer)) in zip(model.disqualifiers, answers).enumerated() {
      guard let answer else { continue }
      fired.append(disqualifier.name)
      reasons.append(
        ReasonCode(
          feature: compiled.featureNames[compiled.disqualifierFeatures[index]], value: 1,
          rounding: disqualifier.points, detail: detail(FrameworkEvidence.describe(answer))))
    }
    return fired
  }

  /// `text` when the scorer explains, else empty (and `text` is not built).
  private func detail(_ text: @autoclosure () -> String) -> String { explains ? text() : "" }

  /// The engagement points of rule slot `slot` for a decayed event count `weight`: the
  /// rule's points times the weight, clamped to its cap.
  func cappedPoints(slot: Int, weight: Double) -> Double {
    let cap = compiled.slotCaps[slot]
    return min(max(compiled.slotPoints[slot] * weight, -cap), cap)
  }

  /// The criteria whose latest answer earns points (non-zero), in criterion order.
  func criterionPoints(_ evidence: FrameworkEvidence) -> [(
    index: Int, criterion: QualificationCriterion, answer: Qualification, points: Double
  )] {
    guard !evidence.isEmpty else { return [] }
    return QualificationCriterion.allCases.enumerated().compactMap { index, criterion in
      guard let answer = evidence.latest[index],
        let points = model.frameworks.criteria[criterion]?.points(for: answer.value), points != 0
      else { return nil }
      return (index, criterion, answer, points)
    }
  }

  /// The stage and its cause, without the text: disqualified first (by `disqualifier`, the
  /// first that fired, or the score floor), then the stage of highest precedence reached.
  func stageCause(
    total: ScorePoints, engagement: ScorePoints, evidence: UInt8, framework: FrameworkEvidence,
    disqualifier: String?
  ) -> (ContactStage, StageCause) {
    if let name = disqualifier { return (.disqualified, .disqualifier(name)) }
    if let floor, total <= floor.points {
      return (.disqualified, .scoreFloor(total, threshold: floor.threshold))
    }
    for check in stageChecks {
      if let cause = reached(
        check, total: total, engagement: engagement, evidence: evidence, framework: framework)
      {
        return (check.stage, cause)
      }
    }
    return (.cold, .none)
  }

  private func reached(
    _ check: StageCheck, total: ScorePoints, engagement: ScorePoints, evidence: UInt8,
    framework: FrameworkEvidence
  ) -> StageCause? {
    let stage = check.stage
    if let rule = check.rule {
      let engaged = check.minimumEngagement.map { engagement >= $0 } ?? true
      if let minimum = check.minimumScore, total >= minimum.points, engaged {
        return .score(
          total, minimum: minimum.value, engagement: engagement,
          minimumEngagement: rule.minimumEngagement)
      }
      if evidence & check.bit != 0 { return .evidence(check.evidenceReason) }
    }
    guard !framework.isEmpty else { return nil }
    for definition in model.frameworks.definitions {
      let met = framework.metCount(definition)
      if let rule = definition.rules.first(where: { $0.stage == stage && met >= $0.minimumMet }) {
        return .framework(
          definition.name, met: met, of: definition.criteria.count, minimum: rule.minimumMet)
      }
    }
    return nil
  }
}

/// One stage's rule with its thresholds rounded once, as ``ContactScorer`` checks it.
private struct StageCheck: Sendable {
  let stage: ContactStage
  let rule: ScoringModel.StageRule?
  let minimumScore: (value: Double, points: ScorePoints)?
  let minimumEngagement: ScorePoints?
  let bit: UInt8
  /// The reason text of reaching the stage by evidence: one string shared by every contact
  /// that does.
  let evidenceReason: String

  init(stage: ContactStage, rules: ScoringModel.StageRules) {
    self.stage = stage
    rule = rules.rule(for: stage)
    minimumScore = rule?.minimumScore.map { ($0, ScorePoints(rounding: $0)) }
    minimumEngagement = rule?.minimumEngagement.map(ScorePoints.init(rounding:))
    bit = TypeTable.bit(for: stage)
    evidenceReason = StageCause.evidenceText(rule?.evidenceTypes ?? [])
  }
}
