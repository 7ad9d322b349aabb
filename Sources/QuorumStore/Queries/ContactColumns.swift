/// Which of a contact's columns a read fills: an analysis that never reads a column does not
/// pay for turning half a million of its values into strings.
///
/// The columns left out read as `nil` (the custom columns as empty).
package enum ContactColumns: Sendable {
  /// Every column, the custom ones (`attributes`) included.
  case all
  /// Every standard column, without the custom ones: what reports read.
  case standard
  /// What scoring and calibration read: the ids, email, company, title, department,
  /// seniority and creation time. Names, source and campaign are left out (committees then
  /// name contacts by id), and so are the custom columns.
  case scoring

  /// Whether the custom columns (`attributes`) are read.
  var readsCustomColumns: Bool { self == .all }

  /// The select list, in the order the contact reader expects: a column left out is a
  /// `NULL`.
  var selectList: String {
    let named = self != .scoring
    return [
      "contact_id", "account_id", "email", "company", named ? "first_name" : "NULL",
      named ? "last_name" : "NULL", "title", "department", "seniority",
      named ? "source" : "NULL", named ? "campaign_id" : "NULL", "created_at",
      readsCustomColumns ? "attributes" : "NULL",
    ].joined(separator: ", ")
  }
}
