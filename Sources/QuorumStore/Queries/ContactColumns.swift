import QuorumAnalytics

/// Which of a contact's columns a read fills: an analysis that never reads a column does not
/// pay for turning half a million of its values into strings.
///
/// The columns left out read as `nil` (the custom columns as empty).
package enum ContactColumns: Hashable, Sendable {
  /// Every column, the custom ones (`attributes`) included.
  case all
  /// Every standard column, without the custom ones: what reports read.
  case standard
  /// What calibration reads (scoring at many dates): the ids, email, company, title,
  /// department, seniority and creation time. Names, source and campaign are left out
  /// (committees then name contacts by id), and so are the custom columns.
  case scoring
  /// What scoring as of one date reads: ``scoring``'s columns, but the email and company
  /// only of the contacts whose account match needs them. A contact whose `account_id`
  /// names an account in scope at the date (created by then, or with no creation date) is
  /// matched by that id alone (`AccountMatcher`), so its email and company read as `nil`:
  /// of the bench's half a million contacts, 93 %, whose e-mail addresses were each one more
  /// string to make, hold, copy and free.
  case scoringAsOf(Timestamp)

  /// Whether the custom columns (`attributes`) are read.
  var readsCustomColumns: Bool {
    if case .all = self { return true }
    return false
  }

  /// Whether names, source and campaign are read.
  private var readsNames: Bool {
    switch self {
    case .all, .standard: true
    case .scoring, .scoringAsOf: false
    }
  }

  /// The query of the contacts in surrogate-key order, with its bound values: each row's
  /// columns in the order the contact reader expects, a column left out a `NULL`.
  var query: (sql: String, values: [DatabaseValue]) {
    var email = "c.email"
    var company = "c.company"
    var from = "contacts c"
    var values: [DatabaseValue] = []
    if case .scoringAsOf(let asOf) = self {
      // The account the import resolved from the contact's account_id, when it still
      // bears that id and is in scope.
      from += """
         LEFT JOIN accounts matched ON matched.id = c.account \
        AND matched.account_id = c.account_id \
        AND (matched.created_at IS NULL OR matched.created_at <= ?)
        """
      values.append(.integer(asOf.millisecondsSince1970))
      email = "CASE WHEN matched.id IS NULL THEN c.email END"
      company = "CASE WHEN matched.id IS NULL THEN c.company END"
    }
    let named = readsNames
    let columns = [
      "c.contact_id", "c.account_id", email, company, named ? "c.first_name" : "NULL",
      named ? "c.last_name" : "NULL", "c.title", "c.department", "c.seniority",
      named ? "c.source" : "NULL", named ? "c.campaign_id" : "NULL", "c.created_at",
      readsCustomColumns ? "c.attributes" : "NULL",
    ]
    return ("SELECT \(columns.joined(separator: ", ")) FROM \(from) ORDER BY c.id", values)
  }
}
