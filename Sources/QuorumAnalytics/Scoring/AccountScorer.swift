import Foundation

/// Scores accounts from their ``AccountFeatures`` and their contacts' scores.
///
/// Without a calibration the score is the documented rollup (``ScoringModel/RollupRules``):
/// weighted fit, the top-k contacts' positive engagement with geometric diminishing
/// returns (disqualified contacts excluded), breadth across engaged contacts and
/// departments, committee points, and account-level framework evidence. With a calibration
/// it is the linear scorecard `baseScore + Σ points[f] × x_f` over the features, and the
/// win probability follows from it.
///
/// The journey stage comes from the contacts' journey signals
/// (``ScoringModel/JourneyRules``).
public struct AccountScorer: Sendable {
  /// The model.
  public var model: ScoringModel { compiled.model }
  let compiled: CompiledModel
  /// Whether reasons carry their detail texts (numbers only, for point-in-time rescoring,
  /// otherwise): the points are the same either way.
  let explains: Bool
  /// The committee flags the rollup counts: each feature's slot, its points per unit, and
  /// what it means.
  private let committeeFlags: [(slot: Int, points: Double, what: String)]

  /// Creates a scorer for `model`.
  public init(model: ScoringModel) { self.init(compiled: CompiledModel(model)) }

  init(compiled: CompiledModel, explains: Bool = true) {
    self.compiled = compiled
    self.explains = explains
    let rollup = compiled.model.rollup
    let slots = compiled.committeeFeatures
    committeeFlags = [
      (slots.economicBuyer, rollup.economicBuyerPoints, "economic buyer engaged"),
      (slots.champion, rollup.championPoints, "champion present"),
      (slots.coverage, rollup.coveragePoints, "required committee roles covered"),
      (slots.singleThreaded, rollup.singleThreadedPoints, "single-threaded on one contact"),
    ]
  }

  /// Scores `account` from its features and the scores of its contacts.
  ///
  /// - Precondition: `features` were computed with this scorer's model.
  public func score(account: Account, features: AccountFeatures, contacts: [ContactScore])
    -> AccountScore
  {
    precondition(features.names == compiled.featureNames, "features of another model")
    return score(
      account: account, features: features, contacts: contacts[...],
      fitHits: compiled.fitHits(account))
  }

  /// Scores an account whose fit rules are already evaluated.
  func score(
    account: Account, features: AccountFeatures, contacts: ArraySlice<ContactScore>,
    fitHits: [FitHit]
  ) -> AccountScore {
    var reasons =
      compiled.calibrationPoints != nil
      ? calibratedReasons(features) : rollupReasons(fitHits, features, contacts)
    reasons.sort(by: ReasonCode.largestFirst)
    let total = reasons.totalPoints
    let journey = contacts.reduce(JourneySignals.none) { $0 + $1.journey }
    let slots = compiled.committeeFeatures
    return AccountScore(
      accountID: account.id, base: reasons.points(withPrefix: "calibration."),
      fit: reasons.points(withPrefix: "fit."),
      engagement: reasons.points(withPrefix: "engagement.")
        + reasons.points(withPrefix: "contact."),
      committee: reasons.points(withPrefix: "committee.") + reasons.points(withPrefix: "breadth."),
      framework: reasons.points(withPrefix: "framework.")
        + reasons.points(withPrefix: "disqualifier."),
      total: total, journeyStage: model.journey.stage(for: journey), journey: journey,
      engagedContacts: Int(features.values[slots.engagedContacts]),
      engagedDepartments: Int(features.values[slots.engagedDepartments]),
      winProbability: model.calibration?.winProbability(score: total.value),
      tier: model.abmTiers.tier(for: total.value), reasons: reasons)
  }

  /// The account's total, numbers only: what ``score(account:features:contacts:fitHits:)``
  /// sums, without reasons, texts or the other parts of an ``AccountScore``.
  ///
  /// - Parameters:
  ///   - values: the account's feature values (aligned with the model's feature names).
  ///   - contactEngagements: the engagement points of the contacts the rollup counts —
  ///     those not disqualified with positive engagement
  ///     (``ContactScorer/rollupEngagement(contact:in:tally:cutoff:)``) — in any order.
  ///   - fitHits: the fit rules the account matches.
  /// - Complexity: O(features + c log c) for c contacts counted.
  func total(values: [Double], contactEngagements: [ScorePoints], fitHits: [FitHit])
    -> ScorePoints
  {
    if compiled.calibrationPoints != nil { return calibratedTotal(values) }
    let rollup = model.rollup
    var total = ScorePoints.zero
    for hit in fitHits { total += ScorePoints(rounding: hit.points * rollup.fitWeight) }
    // The top-k contacts' points depend only on their engagements in rank order.
    var factor = 1.0
    for engagement in contactEngagements.sorted(by: >).prefix(rollup.topContacts) {
      total += ScorePoints(rounding: engagement.value * factor)
      factor *= rollup.diminishingFactor
    }
    let breadth = breadthPoints(values)
    total += ScorePoints(rounding: breadth.contacts) + ScorePoints(rounding: breadth.departments)
    for flag in committeeFlags {
      total += ScorePoints(rounding: values[flag.slot] * flag.points)
    }
    for (index, criterion) in QualificationCriterion.allCases.enumerated() {
      if let points = criterionPoints(criterion, value: values[compiled.criterionFeatures[index]]) {
        total += ScorePoints(rounding: points)
      }
    }
    for (index, disqualifier) in model.disqualifiers.enumerated()
    where values[compiled.disqualifierFeatures[index]] != 0 {
      total += ScorePoints(rounding: disqualifier.points * rollup.frameworkWeight)
    }
    return total
  }

  /// The calibrated card's total: the base score plus each feature's points, each rounded.
  private func calibratedTotal(_ values: [Double]) -> ScorePoints {
    guard let calibration = model.calibration, let points = compiled.calibrationPoints else {
      return .zero
    }
    var total = ScorePoints(rounding: calibration.baseScore)
    for index in values.indices where points[index] != 0 && values[index] != 0 {
      total += ScorePoints(rounding: points[index] * values[index])
    }
    return total
  }

  private func calibratedReasons(_ features: AccountFeatures) -> [ReasonCode] {
    guard let calibration = model.calibration, let points = compiled.calibrationPoints else {
      return []
    }
    var reasons = [
      ReasonCode(
        feature: "calibration.base", value: calibration.baseScore,
        rounding: calibration.baseScore,
        detail: detail("base score (odds \(calibration.baseOdds.formatted4) to win)"))
    ]
    for (index, name) in features.names.enumerated() {
      let value = features.values[index]
      guard points[index] != 0, value != 0 else { continue }
      let earned = ScorePoints(rounding: points[index] * value)
      guard earned != .zero else { continue }
      reasons.append(
        ReasonCode(
          feature: name, value: value, points: earned,
          detail: detail("\(value.formatted4) × \(points[index].formatted4) points")))
    }
    return reasons
  }

  private func rollupReasons(
    _ fitHits: [FitHit], _ features: AccountFeatures, _ contacts: ArraySlice<ContactScore>
  ) -> [ReasonCode] {
    let rollup = model.rollup
    var reasons: [ReasonCode] = []
    for hit in fitHits {
      append(
        hit.feature, value: 1, rounding: hit.points * rollup.fitWeight,
        detail: weighted(hit.detail, rollup.fitWeight), to: &reasons)
    }
    appendContacts(contacts, to: &reasons)
    appendCommittee(features, to: &reasons)
    appendFramework(features, to: &reasons)
    return reasons
  }

  /// Appends a reason worth `points`, rounded, unless that is zero: the rollup lists no
  /// reason that adds nothing, and builds the detail text only of those it lists.
  private func append(
    _ feature: String, value: Double, rounding points: Double,
    detail: @autoclosure () -> String, to reasons: inout [ReasonCode]
  ) {
    let earned = ScorePoints(rounding: points)
    guard earned != .zero else { return }
    reasons.append(ReasonCode(feature: feature, value: value, points: earned, detail: detail()))
  }

  /// The top-k contacts by positive engagement, the i-th counting r^(i−1).
  private func appendContacts(
    _ contacts: ArraySlice<ContactScore>, to reasons: inout [ReasonCode]
  ) {
    let rollup = model.rollup
    // Ranked by position: contact scores are large values, not worth copying to sort.
    let ranked = contacts.indices
      .filter { contacts[$0].stage != .disqualified && contacts[$0].engagement > .zero }
      .sorted {
        (contacts[$0].engagement, contacts[$1].contactID)
          > (contacts[$1].engagement, contacts[$0].contactID)
      }
      .prefix(rollup.topContacts)
      .lazy.map { (engagement: contacts[$0].engagement, contactID: contacts[$0].contactID) }
    var factor = 1.0
    for (rank, contact) in ranked.enumerated() {
      append(
        FeatureName.contact(contact.contactID), value: contact.engagement.value,
        rounding: contact.engagement.value * factor,
        detail: detail(
          "rank \(rank + 1): engagement \(contact.engagement) × \(factor.formatted4)"),
        to: &reasons)
      factor *= rollup.diminishingFactor
    }
  }

  private func appendCommittee(_ features: AccountFeatures, to reasons: inout [ReasonCode]) {
    let rollup = model.rollup
    let slots = compiled.committeeFeatures
    let engaged = features.values[slots.engagedContacts]
    let departments = features.values[slots.engagedDepartments]
    let breadth = breadthPoints(features.values)
    append(
      "breadth.contacts", value: engaged, rounding: breadth.contacts,
      detail: detail(
        "\(Int(engaged)) engaged contacts (≤ \(rollup.maximumEngagedContacts) count) × "
          + rollup.pointsPerEngagedContact.twoDecimals),
      to: &reasons)
    append(
      "breadth.departments", value: departments, rounding: breadth.departments,
      detail: detail(
        "\(Int(departments)) engaged departments "
          + "(≤ \(rollup.maximumEngagedDepartments) count) × "
          + rollup.pointsPerEngagedDepartment.twoDecimals),
      to: &reasons)
    for flag in committeeFlags {
      let value = features.values[flag.slot]
      append(
        features.names[flag.slot], value: value, rounding: value * flag.points,
        detail: detail("\(flag.what): \(value.formatted4) × \(flag.points.twoDecimals)"),
        to: &reasons)
    }
  }

  /// The breadth points (before rounding) of the engaged contacts and departments, each
  /// counted up to its maximum.
  private func breadthPoints(_ values: [Double]) -> (contacts: Double, departments: Double) {
    let rollup = model.rollup
    let slots = compiled.committeeFeatures
    let contacts = min(values[slots.engagedContacts], Double(rollup.maximumEngagedContacts))
    let departments = min(
      values[slots.engagedDepartments], Double(rollup.maximumEngagedDepartments))
    return (
      contacts * rollup.pointsPerEngagedContact, departments * rollup.pointsPerEngagedDepartment
    )
  }

  private func appendFramework(_ features: AccountFeatures, to reasons: inout [ReasonCode]) {
    let weight = model.rollup.frameworkWeight
    for (index, criterion) in QualificationCriterion.allCases.enumerated() {
      let slot = compiled.criterionFeatures[index]
      let value = features.values[slot]
      guard let points = criterionPoints(criterion, value: value) else { continue }
      append(
        features.names[slot], value: value, rounding: points,
        detail: weighted("latest account-level answer: \(Self.answer(value).rawValue)", weight),
        to: &reasons)
    }
    for (index, disqualifier) in model.disqualifiers.enumerated() {
      let slot = compiled.disqualifierFeatures[index]
      guard features.values[slot] != 0 else { continue }
      append(
        features.names[slot], value: 1, rounding: disqualifier.points * weight,
        detail: weighted("disqualifier fired on the account's answers", weight), to: &reasons)
    }
  }

  /// The weighted points (before rounding) of a criterion's feature value, or `nil` when
  /// it has no answer (0) or the model no points for the criterion.
  private func criterionPoints(_ criterion: QualificationCriterion, value: Double) -> Double? {
    guard value != 0, let points = model.frameworks.criteria[criterion] else { return nil }
    return points.points(for: Self.answer(value)) * model.rollup.frameworkWeight
  }

  /// The answer a criterion's non-zero feature value stands for.
  private static func answer(_ value: Double) -> QualificationValue {
    value == 1 ? .met : value == -1 ? .unmet : .partial
  }

  /// `detail`, with its weight unless 1, when the scorer explains; else empty (and
  /// `detail` is not built).
  private func weighted(_ detail: @autoclosure () -> String, _ weight: Double) -> String {
    guard explains else { return "" }
    return weight == 1 ? detail() : "\(detail()), weight \(weight.formatted4)"
  }

  /// `text` when the scorer explains, else empty (and `text` is not built).
  private func detail(_ text: @autoclosure () -> String) -> String { explains ? text() : "" }
}

extension Double {
  /// The number with up to four decimals, trailing zeros dropped (`0.5`, `1`, `0.0625`).
  var formatted4: String {
    let scaled = (self * 10_000).rounded()
    guard scaled.isFinite, abs(scaled) < 1e15 else { return "\(self)" }
    let units = Int(scaled)
    let whole = units.magnitude / 10_000
    var fraction = String(units.magnitude % 10_000)
    fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return (units < 0 ? "-" : "") + "\(whole)" + (fraction.isEmpty ? "" : ".\(fraction)")
  }
}
