/// A step of the lead funnel whose duration lead velocity measures.
public enum LeadTransition: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
  /// Lead created → became MQL.
  case createdToMQL = "created_to_mql"
  /// Became MQL → became SQL.
  case mqlToSQL = "mql_to_sql"
  /// Became SQL → first opportunity opened.
  case sqlToOpportunity = "sql_to_opportunity"
  /// Lead created → first opportunity opened.
  case createdToOpportunity = "created_to_opportunity"

  /// The transition as text, e.g. `created_to_mql`.
  public var description: String { rawValue }
}

/// How long one funnel step takes, in days, over the leads whose history dates both ends.
public struct LeadVelocityRow: Hashable, Sendable {
  /// The funnel step.
  public let transition: LeadTransition
  /// Days between the two dates: count, quartiles, mean.
  public let days: SummaryStatistics
}

/// Lead velocity: the days leads take from creation to MQL, MQL to SQL, SQL to their first
/// opportunity, and creation to first opportunity, where the input carries those dates.
///
/// A lead counts in a step only when both dates are known and not after the as-of date;
/// pairs in the wrong order (the later stage dated first) are left out as inconsistent
/// history. The opportunity date is the opening of the lead's first linked opportunity
/// (see ``ScoredLead``). Quartiles are type 7 (Hyndman and Fan 1996).
public struct LeadVelocity: Hashable, Sendable {
  /// One row per ``LeadTransition``, in declaration order.
  public let rows: [LeadVelocityRow]

  /// Measures the funnel steps.
  ///
  /// - Complexity: O(L + O + links) plus sorting each step's durations.
  public init(leads: [ScoredLead], opportunities: [ScoredOpportunity], asOf: Timestamp) {
    let leads = leads.sharingFilter { $0.createdAt <= asOf }
    let opportunities = opportunities.sharingFilter { $0.createdAt <= asOf }
    let links = LeadOpportunityLinks(leads: leads, opportunities: opportunities)
    var days: [LeadTransition: [Double]] = [:]
    for (index, lead) in leads.enumerated() {
      let mql = lead.mqlAt.flatMap { $0 <= asOf ? $0 : nil }
      let sql = lead.sqlAt.flatMap { $0 <= asOf ? $0 : nil }
      let opportunity = links.firstOpportunityDate(ofLead: index, in: opportunities)
      let pairs: [(LeadTransition, Timestamp?, Timestamp?)] = [
        (.createdToMQL, lead.createdAt, mql), (.mqlToSQL, mql, sql),
        (.sqlToOpportunity, sql, opportunity), (.createdToOpportunity, lead.createdAt, opportunity),
      ]
      for (transition, start, end) in pairs {
        guard let start, let end, start <= end else { continue }
        days[transition, default: []].append(end.days(since: start))
      }
    }
    rows = LeadTransition.allCases.map {
      LeadVelocityRow(transition: $0, days: SummaryStatistics(days[$0, default: []]))
    }
  }
}
