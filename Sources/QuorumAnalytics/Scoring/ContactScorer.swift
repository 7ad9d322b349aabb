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
  /// Per stage, the reason text of reaching it by evidence: one shared string, not one per
  /// contact.
  private let evidenceReasons: [ContactStage: String]

  /// Creates a scorer for `model`.
  public init(model: ScoringModel) { self.init(compiled: CompiledModel(model)) }

  init(compiled: CompiledModel) {
    self.compiled = compiled
    var reasons: [ContactStage: String] = [:]
    for stage in ContactStage.allCases {
      if let rule = compiled.model.stages.rule(for: stage) {
        reasons[stage] = "evidence: \(rule.evidenceTypes.map(\.rawValue).joined(separator: " or "))"
      }
    }
    evidenceReasons = reasons
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
    // Reserved to the bound: half a million contacts' reasons outlive the scoring run.
    var reasons: [ReasonCode] = []
    reasons.reserveCapacity(
      fits.count + tally.counts.lazy.filter { $0 > 0 }.count
        + (evidence.isEmpty ? 0 : QualificationCriterion.allCases.count + model.disqualifiers.count)
    )
    for hit in fits {
      reasons.append(
        ReasonCode(feature: hit.feature, value: 1, rounding: hit.points, detail: hit.detail))
    }
    let fitEnd = reasons.count
    appendEngagement(tally, to: &reasons)
    let engagementEnd = reasons.count
    let disqualifiers = appendFramework(evidence, to: &reasons)
    let total = reasons.totalPoints
    let fit = reasons[..<fitEnd].totalPoints
    let engagement = reasons[fitEnd..<engagementEnd].totalPoints
    let (stage, stageReason) = stage(
      total: total, engagement: engagement, evidence: tally.evidence, framework: evidence,
      disqualifiers: disqualifiers)
    if reasons.count > 1 { reasons.sort(by: ReasonCode.largestFirst) }
    return ContactScore(
      contactID: index.data.contacts[contact].id, accountID: position >= 0 ? match.accountID : nil,
      match: match, fit: fit, engagement: engagement, framework: total - fit - engagement,
      total: total, stage: stage, stageReason: stageReason, reasons: reasons,
      journey: tally.journey,
      unmapped: ActivityTypeCount.tally(tally.unmappedCodes.lazy.map { index.log.types[Int($0)] }))
  }

  private func appendEngagement(_ tally: EngagementTally, to reasons: inout [ReasonCode]) {
    for slot in tally.counts.indices where tally.counts[slot] > 0 {
      let weight = tally.decayed[slot]
      let points = compiled.slotPoints[slot]
      let cap = compiled.slotCaps[slot]
      let raw = points * weight
      let capped = min(max(raw, -cap), cap)
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
    for (index, criterion) in QualificationCriterion.allCases.enumerated() {
      guard let answer = evidence.latest[index],
        let points = model.frameworks.criteria[criterion]?.points(for: answer.value), points != 0
      else { continue }
      reasons.append(
        ReasonCode(
          feature: FeatureName.framework(criterion), value: evidence.featureValue(at: index),
          rounding: points, detail: FrameworkEvidence.describe(answer)))
    }
    var fired: [String] = []
    let answers = evidence.disqualifyingAnswers(model.disqualifiers)
    for (disqualifier, answer) in zip(model.disqualifiers, answers) {
      guard let answer else { continue }
      fired.append(disqualifier.name)
      reasons.append(
        ReasonCode(
          feature: FeatureName.disqualifier(disqualifier.name), value: 1,
          rounding: disqualifier.points, detail: FrameworkEvidence.describe(answer)))
    }
    return fired
  }

  /// The stage and why: disqualified first, then the stage of highest precedence reached.
  func stage(
    total: ScorePoints, engagement: ScorePoints, evidence: UInt8, framework: FrameworkEvidence,
    disqualifiers: [String]
  ) -> (ContactStage, String) {
    let rules = model.stages
    if let name = disqualifiers.first { return (.disqualified, "disqualifier \(name)") }
    if let threshold = rules.disqualifiedAtOrBelow, total <= ScorePoints(rounding: threshold) {
      return (.disqualified, "score \(total) ≤ \(threshold.twoDecimals)")
    }
    for stage in [ContactStage.sql, .pql, .mql, .iql] {
      if let reason = reached(
        stage, total: total, engagement: engagement, evidence: evidence, framework: framework)
      {
        return (stage, reason)
      }
    }
    return (.cold, "no stage rule met")
  }

  private func reached(
    _ stage: ContactStage, total: ScorePoints, engagement: ScorePoints, evidence: UInt8,
    framework: FrameworkEvidence
  ) -> String? {
    if let rule = model.stages.rule(for: stage) {
      let engaged = rule.minimumEngagement.map { engagement >= ScorePoints(rounding: $0) } ?? true
      if let minimum = rule.minimumScore, total >= ScorePoints(rounding: minimum), engaged {
        let behaviour = rule.minimumEngagement.map {
          " with engagement \(engagement) ≥ \($0.twoDecimals)"
        }
        return "score \(total) ≥ \(minimum.twoDecimals)" + (behaviour ?? "")
      }
      if evidence & TypeTable.bit(for: stage) != 0, let reason = evidenceReasons[stage] {
        return reason
      }
    }
    guard !framework.isEmpty else { return nil }
    for definition in model.frameworks.definitions {
      let met = framework.metCount(definition)
      if let rule = definition.rules.first(where: { $0.stage == stage && met >= $0.minimumMet }) {
        return
          "\(definition.name): \(met) of \(definition.criteria.count) met (≥ \(rule.minimumMet))"
      }
    }
    return nil
  }
}
