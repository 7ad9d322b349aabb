/// Why a contact is at its stage, as ``ContactScorer`` decides it; the reason text of a
/// ``ContactScore`` is its description, written out when read.
///
/// Causes are equal when their texts are: a cause kept as numbers equals the same reason
/// given as text (``written(_:)``), as the ``ContactScore``s holding them show the same.
enum StageCause: Hashable, Sendable, CustomStringConvertible {
  /// A disqualifier fired (its name).
  case disqualifier(String)
  /// The score is at or below the model's disqualification floor.
  case scoreFloor(ScorePoints, threshold: Double)
  /// The score reached the stage's threshold (and the engagement its minimum, if any).
  case score(
    ScorePoints, minimum: Double, engagement: ScorePoints, minimumEngagement: Double?)
  /// An event of one of the stage's evidence types in the look-back window; the reason text
  /// (``evidenceText(_:)``), built once per stage and shared.
  case evidence(String)
  /// A framework k-of-n rule: `met` of `of` criteria met, at least `minimum` needed.
  case framework(String, met: Int, of: Int, minimum: Int)
  /// No stage rule met (cold).
  case none
  /// A reason given as text (``ContactScore``'s public initializer).
  case written(String)

  /// The reason text, e.g. `score 57.77 ≥ 50.00 with engagement 29.77 ≥ 15.00`.
  var description: String {
    switch self {
    case .disqualifier(let name): "disqualifier \(name)"
    case .scoreFloor(let total, let threshold): "score \(total) ≤ \(threshold.twoDecimals)"
    case .score(let total, let minimum, let engagement, let minimumEngagement):
      "score \(total) ≥ \(minimum.twoDecimals)"
        + (minimumEngagement.map { " with engagement \(engagement) ≥ \($0.twoDecimals)" } ?? "")
    case .evidence(let text): text
    case .framework(let name, let met, let criteria, let minimum):
      "\(name): \(met) of \(criteria) met (≥ \(minimum))"
    case .none: "no stage rule met"
    case .written(let text): text
    }
  }

  /// The reason text of reaching a stage by evidence of `types`: `evidence: a or b`.
  static func evidenceText(_ types: [ActivityType]) -> String {
    "evidence: \(types.map(\.rawValue).joined(separator: " or "))"
  }

  static func == (lhs: StageCause, rhs: StageCause) -> Bool { lhs.description == rhs.description }

  func hash(into hasher: inout Hasher) { hasher.combine(description) }
}
