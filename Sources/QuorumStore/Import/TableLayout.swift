/// The table a contract file is stored in, and the columns of one of its rows as the
/// importer writes them: the surrogate `id` (for tables that have one), the natural key,
/// then the data columns (`import_id` and `line` follow, bound by the writer).
///
/// Natural keys: `account_id`, `contact_id`, `opportunity_id`; activities by (contact,
/// time, type); committee roles by (opportunity, contact, role); answers by (subject,
/// criterion, assessed time); spend by (channel, campaign, period).
///
/// - Precondition: names are the schema's constants, never data.
struct TableLayout: Hashable, Sendable {
  /// The table.
  var table: String
  /// Whether rows carry an `id INTEGER PRIMARY KEY` that other tables reference.
  var hasSurrogateID: Bool
  /// The natural key's columns.
  var key: [String]
  /// The other columns.
  var data: [String]

  /// How new rows are inserted: `INSERT` (with `ON CONFLICT DO NOTHING`), or
  /// `INSERT OR IGNORE` for a table where the two mean the same — one with no CHECK
  /// constraint and whose NOT NULL columns are required fields, so a uniqueness conflict is
  /// the only constraint a row can meet. There, SQLite knows no row of a multi-row insert
  /// can fail, and keeps no statement journal for it.
  var insertVerb: String { table == "activities" ? "INSERT OR IGNORE" : "INSERT" }

  /// Whether rows are written in key order (`WriteBatch.sortByKey(_:)`): the activities,
  /// by far the largest table, whose integer keys sort cheaply. Other tables are written in
  /// line order (for tables with a surrogate id, the order of their ids).
  var writesInKeyOrder: Bool { table == "activities" }

  /// Values per row in a `WriteBatch`: id (if any), key, data.
  var width: Int { (hasSurrogateID ? 1 : 0) + key.count + data.count }

  /// Where the key starts in a row's values.
  var keyOffset: Int { hasSurrogateID ? 1 : 0 }

  /// The layout of `file`'s table.
  static func of(_ file: ContractFile) -> TableLayout {
    switch file {
    case .accounts:
      TableLayout(
        table: "accounts", hasSurrogateID: true, key: ["account_id"],
        data: [
          "name", "domain", "industry", "employees", "annual_revenue", "country", "region",
          "created_at", "target_tier", "attributes",
        ])
    case .contacts:
      TableLayout(
        table: "contacts", hasSurrogateID: true, key: ["contact_id"],
        data: [
          "created_at", "account", "account_id", "email", "company", "first_name", "last_name",
          "title", "department", "seniority", "source", "campaign_id", "attributes",
        ])
    case .activities:
      TableLayout(
        table: "activities", hasSurrogateID: false, key: ["contact", "occurred_at", "type"],
        data: ["campaign_id", "detail", "attributes"])
    case .opportunities:
      TableLayout(
        table: "opportunities", hasSurrogateID: true, key: ["opportunity_id"],
        data: [
          "account", "created_at", "status", "closed_at", "stage", "amount", "source",
          "campaign_id", "attributes",
        ])
    case .opportunityContacts:
      TableLayout(
        table: "opportunity_contacts", hasSurrogateID: false,
        key: ["opportunity", "contact", "role"], data: ["is_primary", "attributes"])
    case .qualifications:
      TableLayout(
        table: "qualifications", hasSurrogateID: false,
        key: ["subject_type", "subject_id", "criterion", "assessed_at"],
        data: ["value", "note", "attributes"])
    case .spend:
      TableLayout(
        table: "spend", hasSurrogateID: false,
        key: ["channel", "campaign_id", "period_start", "period_end"],
        data: ["amount", "attributes"])
    }
  }
}
