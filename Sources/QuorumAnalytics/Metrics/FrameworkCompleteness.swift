/// How much of a qualification framework is known about a deal: the share of the model's
/// criteria whose latest answer is `met`, `partial` or `unmet` rather than `unknown` or
/// missing.
///
/// Only answers assessed at or before the as-of date count, and for each criterion the
/// latest one wins (on a tie, a known answer wins over `unknown`). For an opportunity, a
/// criterion it has no answer for falls back to its account's answer.
///
/// ```swift
/// let completeness = FrameworkCompleteness(
///   criteria: [.budget, .authority, .need, .timeline], answers: qualifications, asOf: asOf)
/// completeness.share(opportunityID: "o1", accountID: "a1")  // 0.75 with 3 of 4 known
/// ```
public struct FrameworkCompleteness: Sendable {
  /// The criteria of the model's framework, without duplicates, in the given order.
  public let criteria: [QualificationCriterion]
  private let known: [Subject: Set<QualificationCriterion>]
  private let answered: [Subject: Set<QualificationCriterion>]

  /// Indexes the answers.
  ///
  /// - Precondition: `criteria` is not empty.
  /// - Complexity: O(n) in the number of answers.
  public init(criteria: [QualificationCriterion], answers: [Qualification], asOf: Timestamp) {
    precondition(!criteria.isEmpty, "a framework has at least one criterion")
    var seen = Set<QualificationCriterion>()
    self.criteria = criteria.filter { seen.insert($0).inserted }
    var latest: [Subject: [QualificationCriterion: Qualification]] = [:]
    for answer in answers where answer.assessedAt <= asOf && seen.contains(answer.criterion) {
      let subject = Subject(type: answer.subjectType, id: answer.subjectID)
      if let current = latest[subject]?[answer.criterion],
        Self.precedence(current) >= Self.precedence(answer)
      {
        continue
      }
      latest[subject, default: [:]][answer.criterion] = answer
    }
    answered = latest.mapValues { Set($0.keys) }
    known = latest.mapValues { Set($0.values.filter { $0.value != .unknown }.map(\.criterion)) }
  }

  /// The share of criteria known about one subject, 0...1.
  public func share(for type: QualificationSubject, id: String) -> Double {
    let subject = Subject(type: type, id: id)
    return Double(known[subject, default: []].count) / Double(criteria.count)
  }

  /// The share of criteria known about an opportunity, its own answers first and its
  /// account's for criteria it has no answer for, 0...1.
  public func share(opportunityID: String, accountID: String?) -> Double {
    let deal = Subject(type: .opportunity, id: opportunityID)
    let account = accountID.map { Subject(type: .account, id: $0) }
    let knownCount = criteria.count { criterion in
      if answered[deal, default: []].contains(criterion) {
        return known[deal, default: []].contains(criterion)
      }
      return account.map { known[$0, default: []].contains(criterion) } ?? false
    }
    return Double(knownCount) / Double(criteria.count)
  }

  /// Later answers win; on a tie, a known answer wins over `unknown`.
  private static func precedence(_ answer: Qualification) -> (Timestamp, Int) {
    (answer.assessedAt, answer.value == .unknown ? 0 : 1)
  }

  private struct Subject: Hashable, Sendable {
    let type: QualificationSubject
    let id: String
  }
}
