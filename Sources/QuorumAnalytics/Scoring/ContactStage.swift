/// A contact's qualification stage, from the scoring model's stage rules.
///
/// Precedence when several apply: disqualified, then SQL, PQL, MQL, IQL, cold.
public enum ContactStage: String, Hashable, Sendable, CaseIterable, Comparable, Codable {
  /// No qualifying evidence yet.
  case cold
  /// Information-qualified: the contact gave us information (a form, gated content).
  case iql
  /// Marketing-qualified: the score reached the MQL threshold.
  case mql
  /// Sales-qualified: enough framework criteria met (e.g. 3 of 4 BANT), or the SQL threshold.
  case sql
  /// Product-qualified: trial or product-usage evidence.
  case pql
  /// Negative evidence rules the contact out (e.g. no purchase for 24 months).
  case disqualified

  /// Orders stages in funnel order: cold, IQL, MQL, SQL, PQL, disqualified.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.funnelIndex < rhs.funnelIndex }

  private var funnelIndex: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  /// The precedence when several stages apply: higher wins.
  var precedence: Int {
    switch self {
    case .cold: 0
    case .iql: 1
    case .mql: 2
    case .pql: 3
    case .sql: 4
    case .disqualified: 5
    }
  }
}
