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
    /// The framework's distinct criteria, as bits (``criterionBit(_:)``).
    let criteria: UInt64
    let completeness: FrameworkCompleteness
  }

  /// What one task of the indexing gives: one framework's completeness, or the criteria
  /// answered about each deal and account.
  private enum Part: Sendable {
    case completeness(FrameworkCompleteness)
    case answered(opportunities: [String: UInt64], accounts: [String: UInt64])
  }

  private let frameworks: [Framework]
  /// The criteria answered about each deal and each account, as bits.
  private let answeredAboutOpportunity: [String: UInt64]
  private let answeredAboutAccount: [String: UInt64]

  /// Indexes the answers assessed at or before `asOf` against the model's frameworks (each
  /// framework, and the criteria answered, on its own core when there are several).
  ///
  /// - Complexity: O(answers × frameworks).
  public init(model: ScoringModel, answers: [Qualification], asOf: Timestamp) {
    // Only answers about deals and accounts say anything about a deal.
    let answers = answers.filter { $0.subjectType != .contact && $0.assessedAt <= asOf }
    let definitions = model.frameworks.definitions.filter { !$0.criteria.isEmpty }
    let parts = ChunkedWork(count: definitions.count + 1, chunks: definitions.count + 1).flatMap {
      range in
      range.map { task -> Part in
        guard task < definitions.count else { return Self.answered(answers) }
        return .completeness(
          FrameworkCompleteness(criteria: definitions[task].criteria, answers: answers, asOf: asOf))
      }
    }
    var frameworks: [Framework] = []
    var answered: (opportunities: [String: UInt64], accounts: [String: UInt64]) = ([:], [:])
    for (task, part) in parts.enumerated() {
      switch part {
      case .completeness(let completeness):
        frameworks.append(
          Framework(
            name: definitions[task].name,
            criteria: definitions[task].criteria.reduce(0) { $0 | Self.criterionBit($1) },
            completeness: completeness))
      case .answered(let opportunities, let accounts): answered = (opportunities, accounts)
      }
    }
    self.frameworks = frameworks
    answeredAboutOpportunity = answered.opportunities
    answeredAboutAccount = answered.accounts
  }

  /// The criteria answered about each deal and each account, as bits.
  private static func answered(_ answers: [Qualification]) -> Part {
    var opportunities: [String: UInt64] = [:]
    var accounts: [String: UInt64] = [:]
    for answer in answers {
      let bit = criterionBit(answer.criterion)
      switch answer.subjectType {
      case .opportunity: opportunities[answer.subjectID, default: 0] |= bit
      case .account: accounts[answer.subjectID, default: 0] |= bit
      case .contact: break
      }
    }
    return .answered(opportunities: opportunities, accounts: accounts)
  }

  /// A criterion's bit in a set of criteria (criteria compare as integers; hashing them
  /// would hash their raw strings).
  private static func criterionBit(_ criterion: QualificationCriterion) -> UInt64 {
    UInt64(1) << (QualificationCriterion.allCases.firstIndex(of: criterion) ?? 0)
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
        framework: framework.name, criteria: framework.criteria.nonzeroBitCount,
        deals: deals.count,
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
    var answeredCriteria = answeredAboutOpportunity[opportunityID, default: 0]
    if let accountID { answeredCriteria |= answeredAboutAccount[accountID, default: 0] }
    var best: (index: Int, count: Int)?
    for (index, framework) in frameworks.enumerated() {
      let count = (framework.criteria & answeredCriteria).nonzeroBitCount
      if count > 0, count > (best?.count ?? 0) { best = (index, count) }
    }
    return best?.index
  }
}
