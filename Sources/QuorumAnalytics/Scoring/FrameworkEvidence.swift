/// The latest answer to each qualification criterion visible at a cutoff: what framework
/// points, k-of-n rules, disqualifiers and `framework.*` features are computed from.
///
/// Later `assessed_at` wins; at the same instant the stronger value (met, partial, unmet,
/// unknown), then the lexically smaller note, so the result never depends on row order.
struct FrameworkEvidence: Sendable {
  private(set) var latest: [Qualification?] = Array(
    repeating: nil, count: QualificationCriterion.allCases.count)
  private(set) var isEmpty = true

  static let ordinal: [QualificationCriterion: Int] = Dictionary(
    uniqueKeysWithValues: QualificationCriterion.allCases.enumerated().map { ($1, $0) })

  mutating func consider(_ answer: Qualification) {
    guard let index = Self.ordinal[answer.criterion] else { return }
    if let current = latest[index], !Self.supersedes(answer, current) { return }
    latest[index] = answer
    isEmpty = false
  }

  private static func supersedes(_ new: Qualification, _ old: Qualification) -> Bool {
    if new.assessedAt != old.assessedAt { return new.assessedAt > old.assessedAt }
    if new.value != old.value { return strength(new.value) > strength(old.value) }
    return (new.note ?? "") < (old.note ?? "")
  }

  private static func strength(_ value: QualificationValue) -> Int {
    switch value {
    case .met: 3
    case .partial: 2
    case .unmet: 1
    case .unknown: 0
    }
  }

  /// The feature value of a criterion: met 1, partial 0.5, unmet −1, unknown or none 0.
  func featureValue(at index: Int) -> Double {
    switch latest[index]?.value {
    case .met: 1
    case .partial: 0.5
    case .unmet: -1
    case .unknown, nil: 0
    }
  }

  /// How many of the framework's criteria are met.
  func metCount(_ definition: ScoringModel.FrameworkDefinition) -> Int {
    definition.criteria.reduce(0) { count, criterion in
      guard let index = Self.ordinal[criterion] else { return count }
      return latest[index]?.value == .met ? count + 1 : count
    }
  }

  /// The answer that fires each disqualifier (in model order), or `nil`.
  func disqualifyingAnswers(_ disqualifiers: [ScoringModel.Disqualifier]) -> [Qualification?] {
    guard !isEmpty else { return Array(repeating: nil, count: disqualifiers.count) }
    return disqualifiers.map { disqualifier in
      latest.lazy.compactMap { $0 }.first(where: disqualifier.matches)
    }
  }

  /// A short description of an answer for reason details.
  static func describe(_ answer: Qualification) -> String {
    var text = "\(answer.criterion.rawValue) \(answer.value.rawValue) (\(answer.assessedAt.isoDate)"
    text += ", \(answer.subjectType.rawValue) \(answer.subjectID))"
    if let note = answer.note, !note.isEmpty { text += ": \(note)" }
    return text
  }
}
