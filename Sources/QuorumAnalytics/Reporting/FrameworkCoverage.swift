/// How much of each of the model's qualification frameworks (BANT, CHAMP, MEDDIC,
/// MEDDPICC, …) is known about deals, from the answers assessed by the as-of date.
///
/// Per framework, a deal's completeness is the share of the framework's criteria known
/// (``FrameworkCompleteness``: the deal's own latest answer per criterion, else its
/// account's). A deal is assessed in a framework when the deal or its account has any
/// answer — `unknown` included — to one of the framework's criteria. A deal's overall
/// completeness is that of the best-covered framework it is assessed in (teams qualify a
/// deal with one framework, so the others' empty criteria say nothing), or `nil` when it is
/// assessed in none.
///
/// ```swift
/// let coverage = FrameworkCoverage(model: .default, answers: data.qualifications, asOf: asOf)
/// coverage.completeness(opportunityID: "O1", accountID: "A1")  // 0.75: 3 of 4 BANT known
/// ```
public struct FrameworkCoverage: Sendable {
  /// One framework over a set of deals.
  public struct Row: Hashable, Sendable {
    /// The framework's name, e.g. `BANT`.
    public let framework: String
    /// The number of criteria in the framework.
    public let criteria: Int
    /// Deals considered.
    public let deals: Int
    /// Of those, deals assessed in the framework.
    public let assessedDeals: Int
    /// Mean completeness over the assessed deals, or `nil` when none is assessed.
    public let meanCompleteness: Double?
  }

  private struct Framework: Sendable {
    let name: String
    let criteria: Set<QualificationCriterion>
    let completeness: FrameworkCompleteness
  }

  private struct Subject: Hashable, Sendable {
    let type: QualificationSubject
    let id: String
  }

  private let frameworks: [Framework]
  private let answered: [Subject: Set<QualificationCriterion>]

  /// Indexes the answers assessed at or before `asOf` against the model's frameworks.
  ///
  /// - Complexity: O(answers × frameworks).
  public init(model: ScoringModel, answers: [Qualification], asOf: Timestamp) {
    frameworks = model.frameworks.definitions.filter { !$0.criteria.isEmpty }.map {
      Framework(
        name: $0.name, criteria: Set($0.criteria),
        completeness: FrameworkCompleteness(criteria: $0.criteria, answers: answers, asOf: asOf))
    }
    var answered: [Subject: Set<QualificationCriterion>] = [:]
    for answer in answers where answer.assessedAt <= asOf && answer.subjectType != .contact {
      answered[Subject(type: answer.subjectType, id: answer.subjectID), default: []].insert(
        answer.criterion)
    }
    self.answered = answered
  }

  /// The completeness of the best-covered framework the deal is assessed in, or `nil`.
  public func completeness(opportunityID: String, accountID: String?) -> Double? {
    frameworks.compactMap {
      completeness(of: $0, opportunityID: opportunityID, accountID: accountID)
    }
    .max()
  }

  /// One row per framework, in the model's order, over `deals`.
  public func rows(deals: [(opportunityID: String, accountID: String?)]) -> [Row] {
    frameworks.map { framework in
      let shares = deals.compactMap {
        completeness(of: framework, opportunityID: $0.opportunityID, accountID: $0.accountID)
      }
      return Row(
        framework: framework.name, criteria: framework.criteria.count, deals: deals.count,
        assessedDeals: shares.count,
        meanCompleteness: shares.isEmpty ? nil : shares.reduce(0, +) / Double(shares.count))
    }
  }

  private func completeness(
    of framework: Framework, opportunityID: String, accountID: String?
  ) -> Double? {
    let subjects =
      [Subject(type: .opportunity, id: opportunityID)]
      + (accountID.map { [Subject(type: .account, id: $0)] } ?? [])
    let assessed = subjects.contains { subject in
      !answered[subject, default: []].isDisjoint(with: framework.criteria)
    }
    guard assessed else { return nil }
    return framework.completeness.share(opportunityID: opportunityID, accountID: accountID)
  }
}
