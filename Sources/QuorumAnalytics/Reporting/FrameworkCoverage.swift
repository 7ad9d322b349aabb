/// How much of each of the model's qualification frameworks (BANT, CHAMP, MEDDIC,
/// MEDDPICC, …) is known about deals, from the answers assessed by the as-of date.
///
/// Teams qualify a deal with one framework, so a deal is measured against its own: the
/// framework with the most criteria answered — any answer, `unknown` included — about the
/// deal or its account (ties go to the framework listed first in the model). Its
/// completeness is the share of that framework's criteria known (``FrameworkCompleteness``:
/// the deal's own latest answer per criterion, else its account's); a deal without any
/// answer to a framework criterion has none. So a BANT deal is not also counted as a CHAMP
/// deal just because the two share `authority`.
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
    /// Of those, deals qualified with this framework (their framework).
    public let assessedDeals: Int
    /// Mean completeness of those deals, or `nil` when there is none.
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
    // Only answers about deals and accounts say anything about a deal.
    let answers = answers.filter { $0.subjectType != .contact && $0.assessedAt <= asOf }
    frameworks = model.frameworks.definitions.filter { !$0.criteria.isEmpty }.map {
      Framework(
        name: $0.name, criteria: Set($0.criteria),
        completeness: FrameworkCompleteness(criteria: $0.criteria, answers: answers, asOf: asOf))
    }
    var answered: [Subject: Set<QualificationCriterion>] = [:]
    for answer in answers {
      answered[Subject(type: answer.subjectType, id: answer.subjectID), default: []].insert(
        answer.criterion)
    }
    self.answered = answered
  }

  /// The completeness of the deal's framework, or `nil` when it has no answer to any
  /// framework criterion.
  public func completeness(opportunityID: String, accountID: String?) -> Double? {
    framework(opportunityID: opportunityID, accountID: accountID).map {
      $0.completeness.share(opportunityID: opportunityID, accountID: accountID)
    }
  }

  /// One row per framework, in the model's order, over `deals`.
  public func rows(deals: [(opportunityID: String, accountID: String?)]) -> [Row] {
    var shares = Array(repeating: [Double](), count: frameworks.count)
    for deal in deals {
      guard let index = frameworkIndex(opportunityID: deal.opportunityID, accountID: deal.accountID)
      else { continue }
      shares[index].append(
        frameworks[index].completeness.share(
          opportunityID: deal.opportunityID, accountID: deal.accountID))
    }
    return zip(frameworks, shares).map { framework, shares in
      Row(
        framework: framework.name, criteria: framework.criteria.count, deals: deals.count,
        assessedDeals: shares.count,
        meanCompleteness: shares.isEmpty ? nil : shares.reduce(0, +) / Double(shares.count))
    }
  }

  private func framework(opportunityID: String, accountID: String?) -> Framework? {
    frameworkIndex(opportunityID: opportunityID, accountID: accountID).map { frameworks[$0] }
  }

  /// The position of the framework with the most criteria answered, the first on a tie;
  /// `nil` when none has an answer.
  private func frameworkIndex(opportunityID: String, accountID: String?) -> Int? {
    var answeredCriteria = answered[Subject(type: .opportunity, id: opportunityID), default: []]
    if let accountID {
      answeredCriteria.formUnion(answered[Subject(type: .account, id: accountID), default: []])
    }
    var best: (index: Int, count: Int)?
    for (index, framework) in frameworks.enumerated() {
      let count = framework.criteria.intersection(answeredCriteria).count
      if count > 0, count > (best?.count ?? 0) { best = (index, count) }
    }
    return best?.index
  }
}
