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
  /// The committee flags the rollup counts: each feature's slot, its points per unit, what
  /// it means, and its detail for the value 1 (what most accounts have), written once.
  private let committeeFlags: [(slot: Int, points: Double, what: String, detailAtOne: String)]
  /// The detail of each account-level answer a criterion's feature value stands for,
  /// written once: half a million framework reasons at 50,000 accounts would each write one.
  private let answerDetails: [QualificationValue: String]
  /// The detail of a disqualifier that fired, written once.
  private let disqualifierDetail: String

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
    ].map { slot, points, what in
      (slot, points, what, Self.flagDetail(what, value: 1, points: points))
    }
    let weight = rollup.frameworkWeight
    answerDetails = Dictionary(
      uniqueKeysWithValues: [QualificationValue.met, .partial, .unmet].map {
        ($0, Self.weighted("latest account-level answer: \($0.rawValue)", weight))
      })
    disqualifierDetail = Self.weighted("disqualifier fired on the account's answers", weight)
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
    account: Account, features: AccountFeatures,
    contacts: some RandomAccessCollection<ContactScore>, fitHits: [FitHit]
  ) -> AccountScore {
    var reasons =
      compiled.calibrationPoints != nil
      ? calibratedReasons(features) : rollupReasons(fitHits, features, contacts)
    reasons.sortLargestFirst()
    let total = reasons.totalPoints
    let journey = contacts.reduce(JourneySignals.none) { $0 + $1.journey }
    let slots = compiled.committeeFeatures
    let parts = AccountScoreParts(reasons)
    return AccountScore(
      accountID: account.id, base: parts.base, fit: parts.fit, engagement: parts.engagement,
      committee: parts.committee, framework: parts.framework, total: total,
      journeyStage: model.journey.stage(for: journey), journey: journey,
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
    // The top-k contacts' points depend only on their engagements in rank order.
    // (Their ids only name reasons, which a total does not build.)
    let ranked = contactEngagements.sorted(by: >).prefix(model.rollup.topContacts)
    var total = ScorePoints.zero
    forEachRollupTerm(
      fitHits: fitHits, values: values, topContacts: ranked.map { ($0, "") }
    ) { _, _, points, _ in total += ScorePoints(rounding: points) }
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
    _ fitHits: [FitHit], _ features: AccountFeatures,
    _ contacts: some RandomAccessCollection<ContactScore>
  ) -> [ReasonCode] {
    // Ranked by position: contact scores are large values, not worth copying to sort.
    let ranked = contacts.indices
      .filter { contacts[$0].stage != .disqualified && contacts[$0].engagement > .zero }
      .sorted {
        (contacts[$0].engagement, contacts[$1].contactID)
          > (contacts[$1].engagement, contacts[$0].contactID)
      }
      .prefix(model.rollup.topContacts)
    var reasons: [ReasonCode] = []
    forEachRollupTerm(
      fitHits: fitHits, values: features.values,
      topContacts: ranked.map { (contacts[$0].engagement, contacts[$0].contactID) }
    ) { feature, value, points, evidence in
      // The rollup lists no reason that adds nothing, and builds the texts only of those it
      // lists.
      let earned = ScorePoints(rounding: points)
      guard earned != .zero else { return }
      reasons.append(
        ReasonCode(feature: feature(), value: value, points: earned, evidence: evidence()))
    }
    return reasons
  }

  /// Calls `term` with every term of the rollup, in reason order: its feature, value,
  /// points before rounding and evidence (the texts built only when asked for) — the one
  /// definition both the reasons and the numbers-only ``total(values:contactEngagements:fitHits:)``
  /// sum.
  ///
  /// - Parameter topContacts: the top-k contacts the rollup counts, in rank order: their
  ///   engagement, and their id for their reason's feature.
  private func forEachRollupTerm(
    fitHits: [FitHit], values: [Double],
    topContacts: [(engagement: ScorePoints, contactID: String)],
    _ term: (
      _ feature: () -> String, _ value: Double, _ points: Double,
      _ evidence: () -> ReasonCode.Evidence
    ) -> Void
  ) {
    let rollup = model.rollup
    for hit in fitHits {
      term({ hit.feature }, 1, hit.points * rollup.fitWeight) {
        .text(weighted(hit.detail, rollup.fitWeight))
      }
    }
    // The i-th of the top-k contacts counts r^(i−1).
    var factor = 1.0
    for (rank, contact) in topContacts.enumerated() {
      let (engagement, counted) = (contact.engagement, factor)
      term({ FeatureName.contact(contact.contactID) }, engagement.value, engagement.value * factor)
      {
        // Kept as numbers: a text each of up to 222,109 contributions at 50,000 accounts
        // would be one more string to write and to encode.
        explains ? .rank(position: rank + 1, engagement: engagement, factor: counted) : .text("")
      }
      factor *= rollup.diminishingFactor
    }
    let slots = compiled.committeeFeatures
    let names = compiled.featureNames
    let engaged = values[slots.engagedContacts]
    let departments = values[slots.engagedDepartments]
    let breadth = breadthPoints(values)
    term({ "breadth.contacts" }, engaged, breadth.contacts) {
      .text(
        detail(
          "\(Int(engaged)) engaged contacts (≤ \(rollup.maximumEngagedContacts) count) × "
            + rollup.pointsPerEngagedContact.twoDecimals))
    }
    term({ "breadth.departments" }, departments, breadth.departments) {
      .text(
        detail(
          "\(Int(departments)) engaged departments "
            + "(≤ \(rollup.maximumEngagedDepartments) count) × "
            + rollup.pointsPerEngagedDepartment.twoDecimals))
    }
    for flag in committeeFlags {
      let value = values[flag.slot]
      term({ names[flag.slot] }, value, value * flag.points) {
        .text(
          detail(
            value == 1
              ? flag.detailAtOne : Self.flagDetail(flag.what, value: value, points: flag.points)))
      }
    }
    for (index, criterion) in QualificationCriterion.allCases.enumerated() {
      let slot = compiled.criterionFeatures[index]
      let value = values[slot]
      guard let points = criterionPoints(criterion, value: value) else { continue }
      term({ names[slot] }, value, points) {
        .text(detail(answerDetails[Self.answer(value)] ?? ""))
      }
    }
    for (index, disqualifier) in model.disqualifiers.enumerated() {
      let slot = compiled.disqualifierFeatures[index]
      guard values[slot] != 0 else { continue }
      term({ names[slot] }, 1, disqualifier.points * rollup.frameworkWeight) {
        .text(detail(disqualifierDetail))
      }
    }
  }

  /// A committee flag's detail: what it means, its value and its points per unit.
  private static func flagDetail(_ what: String, value: Double, points: Double) -> String {
    "\(what): \(value.formatted4) × \(points.twoDecimals)"
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
    explains ? Self.weighted(detail(), weight) : ""
  }

  /// `detail`, with its weight unless 1.
  private static func weighted(_ detail: String, _ weight: Double) -> String {
    weight == 1 ? detail : "\(detail), weight \(weight.formatted4)"
  }

  /// `text` when the scorer explains, else empty (and `text` is not built).
  private func detail(_ text: @autoclosure () -> String) -> String { explains ? text() : "" }
}

extension Double {
  /// The number with up to four decimals, rounded half away from zero, trailing zeros
  /// dropped (`0.5`, `1`, `0.0625`); from 10¹¹ on, or not finite, as Swift prints it.
  var formatted4: String {
    let scaled = (self * 10_000).rounded()
    guard scaled.isFinite, abs(scaled) < 1e15 else { return "\(self)" }
    let units = Int(scaled)
    let whole = (units < 0 ? "-" : "") + String(units.magnitude / 10_000)
    // The fraction's trailing zeros dropped by arithmetic, not by editing its text.
    var fraction = units.magnitude % 10_000
    var digits = 4
    while digits > 0 && fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    guard digits > 0 else { return whole }
    let written = String(fraction)
    return whole + "." + String(repeating: "0", count: digits - written.count) + written
  }
}
