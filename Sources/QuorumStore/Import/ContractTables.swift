import QuorumAnalytics

/// Stores validated rows in the contract tables: resolves references to surrogate keys,
/// applies the cross-field rules, and upserts by natural key.
///
/// Natural keys: `account_id`, `contact_id`, `opportunity_id`; activities by (contact,
/// time, type); committee roles by (opportunity, contact, role); answers by (subject,
/// criterion, assessed time); spend by (channel, campaign, period).
final class ContractTables {
  private let database: Database
  private let importID: Int64
  private var accounts: [String: Int64] = [:]
  private var contacts: [String: Int64] = [:]
  private var opportunities: [String: Int64] = [:]
  private var activityTypes: [String: Int64] = [:]
  private var writers: [ContractFile: UpsertWriter] = [:]

  init(database: Database, importID: Int64) throws {
    self.database = database
    self.importID = importID
    accounts = try keyMap("SELECT account_id, id FROM accounts")
    contacts = try keyMap("SELECT contact_id, id FROM contacts")
    opportunities = try keyMap("SELECT opportunity_id, id FROM opportunities")
    activityTypes = try keyMap("SELECT name, id FROM activity_types")
    for file in ContractFile.allCases {
      let (table, key, data) = Self.columns(of: file)
      writers[file] = UpsertWriter(
        database: database, importID: importID, table: table, key: key, data: data)
    }
  }

  private func keyMap(_ sql: String) throws -> [String: Int64] {
    var map: [String: Int64] = [:]
    try database.statement(sql).forEachRow { map[$0.string(0)] = $0.int64(1) }
    return map
  }

  private static func columns(of file: ContractFile) -> (String, [String], [String]) {
    switch file {
    case .accounts:
      (
        "accounts", ["account_id"],
        [
          "name", "domain", "industry", "employees", "annual_revenue", "country", "region",
          "created_at", "target_tier", "attributes",
        ]
      )
    case .contacts:
      (
        "contacts", ["contact_id"],
        [
          "created_at", "account", "account_id", "email", "company", "first_name", "last_name",
          "title", "department", "seniority", "source", "campaign_id", "attributes",
        ]
      )
    case .activities:
      ("activities", ["contact", "occurred_at", "type"], ["campaign_id", "detail", "attributes"])
    case .opportunities:
      (
        "opportunities", ["opportunity_id"],
        [
          "account", "created_at", "status", "closed_at", "stage", "amount", "source",
          "campaign_id", "attributes",
        ]
      )
    case .opportunityContacts:
      ("opportunity_contacts", ["opportunity", "contact", "role"], ["is_primary", "attributes"])
    case .qualifications:
      (
        "qualifications", ["subject_type", "subject_id", "criterion", "assessed_at"],
        [
          "value", "note", "attributes",
        ]
      )
    case .spend:
      (
        "spend", ["channel", "campaign_id", "period_start", "period_end"], ["amount", "attributes"]
      )
    }
  }

  /// Stores one row of `file`; the outcome, or the problem that rejects it.
  func store(_ row: ParsedRow, of file: ContractFile, line: Int) throws -> Result<
    UpsertWriter.Outcome, RowProblem
  > {
    let prepared: Result<(key: [DatabaseValue], data: [DatabaseValue]), RowProblem>
    switch file {
    case .accounts: prepared = .success(account(row))
    case .contacts: prepared = .success(contact(row))
    case .activities: prepared = try activity(row)
    case .opportunities: prepared = opportunity(row)
    case .opportunityContacts: prepared = opportunityContact(row)
    case .qualifications: prepared = qualification(row)
    case .spend: prepared = spend(row)
    }
    guard case .success(let values) = prepared else {
      return prepared.map { _ in .duplicate }
    }
    guard let writer = writers[file] else { preconditionFailure("writer for every file") }
    let outcome = try writer.write(key: values.key, data: values.data, line: line)
    if case .inserted(let rowID) = outcome, let natural = row.text(0) {
      switch file {
      case .accounts: accounts[natural] = rowID
      case .contacts: contacts[natural] = rowID
      case .opportunities: opportunities[natural] = rowID
      default: break
      }
    }
    return .success(outcome)
  }

  private func values(_ row: ParsedRow, _ range: Range<Int>) -> [DatabaseValue] {
    range.map { row[$0]?.databaseValue ?? .null }
  }

  private func attributes(_ row: ParsedRow) -> DatabaseValue {
    row.attributes.map { .text($0) } ?? .null
  }

  private func account(_ row: ParsedRow) -> (key: [DatabaseValue], data: [DatabaseValue]) {
    ([values(row, 0..<1)[0]], values(row, 1..<10) + [attributes(row)])
  }

  private func contact(_ row: ParsedRow) -> (key: [DatabaseValue], data: [DatabaseValue]) {
    let account = row.text(2).flatMap { accounts[$0] }.map(DatabaseValue.integer) ?? .null
    return (
      values(row, 0..<1),
      values(row, 1..<2) + [account] + values(row, 2..<12) + [attributes(row)]
    )
  }

  private func activity(_ row: ParsedRow) throws -> Result<
    (key: [DatabaseValue], data: [DatabaseValue]), RowProblem
  > {
    guard let contactID = row.text(0), let contact = contacts[contactID] else {
      return .failure(reference("contact_id", row.text(0), "contact"))
    }
    let type = try activityType(row.text(2) ?? "")
    return .success(
      (
        [.integer(contact), row[1]?.databaseValue ?? .null, .integer(type)],
        values(row, 3..<5) + [attributes(row)]
      ))
  }

  private func activityType(_ name: String) throws -> Int64 {
    if let id = activityTypes[name] { return id }
    try database.execute("INSERT INTO activity_types (name) VALUES (?)", [.text(name)])
    let id = database.lastInsertedRowID
    activityTypes[name] = id
    return id
  }

  private func opportunity(_ row: ParsedRow) -> Result<
    (key: [DatabaseValue], data: [DatabaseValue]), RowProblem
  > {
    guard let accountID = row.text(1), let account = accounts[accountID] else {
      return .failure(reference("account_id", row.text(1), "account"))
    }
    let status = row.text(3) ?? "open"
    var closedAt = row.timestamp(4)
    var attributesValue = attributes(row)
    if status == "open", let expected = closedAt {
      closedAt = nil
      let extra = ("expected_close_at", expected.iso8601)
      attributesValue = .text(JSONText.merging(row.attributes, with: extra))
    }
    if status != "open" && closedAt == nil {
      return .failure(
        RowProblem(column: "closed_at", kind: "rule", message: "a \(status) deal needs closed_at"))
    }
    if let closedAt, let createdAt = row.timestamp(2), closedAt < createdAt {
      return .failure(
        RowProblem(
          column: "closed_at", kind: "rule",
          message: "closed_at \(closedAt.iso8601) is before created_at \(createdAt.iso8601)"))
    }
    if let amount = row.decimal(6), amount < 0 {
      return .failure(negative("amount", amount))
    }
    let data: [DatabaseValue] =
      [
        .integer(account), row[2]?.databaseValue ?? .null, .text(status),
        closedAt.map { .integer($0.millisecondsSince1970) } ?? .null,
      ]
      + values(row, 5..<9) + [attributesValue]
    return .success(([row[0]?.databaseValue ?? .null], data))
  }

  private func opportunityContact(_ row: ParsedRow) -> Result<
    (key: [DatabaseValue], data: [DatabaseValue]), RowProblem
  > {
    guard let opportunityID = row.text(0), let opportunity = opportunities[opportunityID] else {
      return .failure(reference("opportunity_id", row.text(0), "opportunity"))
    }
    guard let contactID = row.text(1), let contact = contacts[contactID] else {
      return .failure(reference("contact_id", row.text(1), "contact"))
    }
    let primary: DatabaseValue = row[3]?.databaseValue ?? .integer(0)
    return .success(
      (
        [.integer(opportunity), .integer(contact), row[2]?.databaseValue ?? .null],
        [primary, attributes(row)]
      ))
  }

  private func qualification(_ row: ParsedRow) -> Result<
    (key: [DatabaseValue], data: [DatabaseValue]), RowProblem
  > {
    let subjectID = row.text(1) ?? ""
    let known: Bool
    switch row.text(0) {
    case "contact": known = contacts[subjectID] != nil
    case "opportunity": known = opportunities[subjectID] != nil
    default: known = accounts[subjectID] != nil
    }
    guard known else {
      return .failure(reference("subject_id", subjectID, row.text(0) ?? "subject"))
    }
    return .success(
      (
        values(row, 0..<3) + values(row, 4..<5),
        values(row, 3..<4) + values(row, 5..<6) + [attributes(row)]
      ))
  }

  private func spend(_ row: ParsedRow) -> Result<
    (key: [DatabaseValue], data: [DatabaseValue]), RowProblem
  > {
    if let amount = row.decimal(3), amount < 0 { return .failure(negative("amount", amount)) }
    if let start = row.timestamp(1), let end = row.timestamp(2), end < start {
      return .failure(
        RowProblem(
          column: "period_end", kind: "rule",
          message: "period_end \(end.isoDate) is before period_start \(start.isoDate)"))
    }
    let campaign: DatabaseValue = row.text(4).map { .text($0) } ?? .text("")
    return .success(
      (
        [row[0]?.databaseValue ?? .null, campaign] + values(row, 1..<3),
        values(row, 3..<4) + [attributes(row)]
      ))
  }

  private func reference(_ column: String, _ value: String?, _ kind: String) -> RowProblem {
    RowProblem(
      column: column, kind: "reference",
      message: "unknown \(kind) '\(value ?? "")' (not in this import nor the database)")
  }

  private func negative(_ column: String, _ amount: Double) -> RowProblem {
    RowProblem(column: column, kind: "rule", message: "negative \(column) \(amount)")
  }
}

extension JSONText {
  /// `attributes` with one more pair appended.
  static func merging(_ attributes: String?, with pair: (String, String)) -> String {
    let added = "\(string(pair.0)):\(string(pair.1))"
    guard let attributes, attributes.count > 2 else { return "{\(added)}" }
    return String(attributes.dropLast()) + ",\(added)}"
  }
}
