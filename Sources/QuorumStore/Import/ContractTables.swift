import QuorumAnalytics

/// Turns parsed rows into table rows: resolves references to surrogate keys, applies the
/// cross-field rules, and decides which rows are new — on the parsing thread, so that the
/// SQLite thread only binds and steps.
///
/// It mirrors the natural keys of `accounts`, `contacts`, `opportunities` and
/// `activity_types` in memory (loaded when the import starts, extended as rows are
/// accepted), and gives a new row the id SQLite would give it (one more than the largest),
/// so references to rows of this import resolve without waiting for the writer.
final class ContractTables {
  private var accounts = ByteKeyMap()
  private var contacts = ByteKeyMap()
  private var opportunities = ByteKeyMap()
  private var activityTypes = ByteKeyMap()
  private var nextAccountID: Int64 = 1
  private var nextContactID: Int64 = 1
  private var nextOpportunityID: Int64 = 1
  private var nextActivityTypeID: Int64 = 1

  /// One more than the largest contact key stored or given to a row of this import so far.
  var contactKeyBound: Int64 { nextContactID }

  /// Loads the stored keys; call inside the import's transaction, before the writer starts.
  init(database: Database) throws {
    accounts = try Self.keyMap(database, "SELECT account_id, id FROM accounts")
    contacts = try Self.keyMap(database, "SELECT contact_id, id FROM contacts")
    opportunities = try Self.keyMap(database, "SELECT opportunity_id, id FROM opportunities")
    activityTypes = try Self.keyMap(database, "SELECT name, id FROM activity_types")
    nextAccountID = try Self.nextID(database, "accounts")
    nextContactID = try Self.nextID(database, "contacts")
    nextOpportunityID = try Self.nextID(database, "opportunities")
    nextActivityTypeID = try Self.nextID(database, "activity_types")
  }

  private static func keyMap(_ database: Database, _ sql: String) throws -> ByteKeyMap {
    var map = ByteKeyMap()
    try database.statement(sql).forEachRow { map.set($0.int64(1), for: $0.string(0)) }
    return map
  }

  private static func nextID(_ database: Database, _ table: String) throws -> Int64 {
    (try database.scalar("SELECT coalesce(max(id), 0) FROM \(table)") ?? 0) + 1
  }

  /// Appends the table row for `fields` (the parsed values of one record of `batch.file`)
  /// to `batch`, or returns the problem that rejects it (appending nothing).
  func append(
    _ fields: [BatchValue], attributes: BatchValue, line: Int, raw: Range<Int>,
    to batch: inout WriteBatch
  ) -> RowProblem? {
    let start = batch.values.count
    var isKnownKey = false
    let problem: RowProblem?
    switch batch.file {
    case .accounts:
      isKnownKey = identify(fields[0], &accounts, &nextAccountID, &batch)
      batch.values.append(contentsOf: fields[0..<10])
      batch.values.append(attributes)
      problem = nil
    case .contacts:
      isKnownKey = identify(fields[0], &contacts, &nextContactID, &batch)
      batch.values.append(contentsOf: fields[0..<2])
      batch.values.append(lookup(fields[2], in: accounts, batch).map(BatchValue.integer) ?? .null)
      batch.values.append(contentsOf: fields[2..<12])
      batch.values.append(attributes)
      problem = nil
    case .activities:
      problem = activity(fields, attributes, &batch)
    case .opportunities:
      problem = opportunity(fields, attributes, &batch, isKnownKey: &isKnownKey)
    case .opportunityContacts:
      problem = opportunityContact(fields, attributes, &batch)
    case .qualifications:
      problem = qualification(fields, attributes, &batch)
    case .spend:
      problem = spend(fields, attributes, &batch)
    }
    if let problem {
      batch.values.removeSubrange(start...)
      return problem
    }
    precondition(batch.values.count - start == batch.width, "a row has the table's width")
    batch.rows.append(WriteBatch.Row(line: line, isKnownKey: isKnownKey, raw: raw))
    return nil
  }

  /// Appends the surrogate id of the row with natural key `key`: a new one (recorded in
  /// `map`) for a new key, NULL for a stored one. Returns whether the key is stored.
  private func identify(
    _ key: BatchValue, _ map: inout ByteKeyMap, _ nextID: inout Int64, _ batch: inout WriteBatch
  ) -> Bool {
    let known = withBytes(key, batch) { bytes in
      if map.value(for: bytes) != nil { return true }
      map.set(nextID, for: bytes)
      return false
    }
    if known {
      batch.values.append(.null)
    } else {
      batch.values.append(.integer(nextID))
      nextID += 1
    }
    return known
  }

  private func activity(
    _ fields: [BatchValue], _ attributes: BatchValue, _ batch: inout WriteBatch
  ) -> RowProblem? {
    guard let contact = lookup(fields[0], in: contacts, batch) else {
      return reference("contact_id", batch.string(fields[0]), "contact")
    }
    batch.values.append(.integer(contact))
    batch.values.append(fields[1])
    batch.values.append(.integer(activityType(fields[2], &batch)))
    batch.values.append(fields[3])
    batch.values.append(fields[4])
    batch.values.append(attributes)
    return nil
  }

  private func activityType(_ name: BatchValue, _ batch: inout WriteBatch) -> Int64 {
    if let id = lookup(name, in: activityTypes, batch) { return id }
    let id = nextActivityTypeID
    nextActivityTypeID += 1
    let text = batch.string(name) ?? ""
    activityTypes.set(id, for: text)
    batch.newActivityTypes.append((id: id, name: text))
    return id
  }

  private func opportunity(
    _ fields: [BatchValue], _ attributes: BatchValue, _ batch: inout WriteBatch,
    isKnownKey: inout Bool
  ) -> RowProblem? {
    guard let account = lookup(fields[1], in: accounts, batch) else {
      return reference("account_id", batch.string(fields[1]), "account")
    }
    let status = batch.string(fields[3]) ?? "open"
    var closedAt = timestamp(fields[4])
    var attributes = attributes
    if status == "open", let expected = closedAt {
      closedAt = nil
      let extra = ("expected_close_at", expected.iso8601)
      attributes = batch.appendText(JSONText.merging(batch.string(attributes), with: extra))
    }
    if status != "open" && closedAt == nil {
      return RowProblem(
        column: "closed_at", kind: "rule", message: "a \(status) deal needs closed_at")
    }
    if let closedAt, let createdAt = timestamp(fields[2]), closedAt < createdAt {
      return RowProblem(
        column: "closed_at", kind: "rule",
        message: "closed_at \(closedAt.iso8601) is before created_at \(createdAt.iso8601)")
    }
    if case .real(let amount) = fields[6], amount < 0 { return negative("amount", amount) }
    isKnownKey = identify(fields[0], &opportunities, &nextOpportunityID, &batch)
    batch.values.append(fields[0])
    batch.values.append(.integer(account))
    batch.values.append(contentsOf: fields[2..<4])
    batch.values.append(closedAt.map { .integer($0.millisecondsSince1970) } ?? .null)
    batch.values.append(contentsOf: fields[5..<9])
    batch.values.append(attributes)
    return nil
  }

  private func opportunityContact(
    _ fields: [BatchValue], _ attributes: BatchValue, _ batch: inout WriteBatch
  ) -> RowProblem? {
    guard let opportunity = lookup(fields[0], in: opportunities, batch) else {
      return reference("opportunity_id", batch.string(fields[0]), "opportunity")
    }
    guard let contact = lookup(fields[1], in: contacts, batch) else {
      return reference("contact_id", batch.string(fields[1]), "contact")
    }
    batch.values.append(.integer(opportunity))
    batch.values.append(.integer(contact))
    batch.values.append(fields[2])
    batch.values.append(fields[3] == .null ? .integer(0) : fields[3])
    batch.values.append(attributes)
    return nil
  }

  private func qualification(
    _ fields: [BatchValue], _ attributes: BatchValue, _ batch: inout WriteBatch
  ) -> RowProblem? {
    let subjectType = batch.string(fields[0])
    let known: Bool
    switch subjectType {
    case "contact": known = lookup(fields[1], in: contacts, batch) != nil
    case "opportunity": known = lookup(fields[1], in: opportunities, batch) != nil
    default: known = lookup(fields[1], in: accounts, batch) != nil
    }
    guard known else {
      return reference("subject_id", batch.string(fields[1]) ?? "", subjectType ?? "subject")
    }
    batch.values.append(contentsOf: fields[0..<3])
    batch.values.append(fields[4])
    batch.values.append(fields[3])
    batch.values.append(fields[5])
    batch.values.append(attributes)
    return nil
  }

  private func spend(
    _ fields: [BatchValue], _ attributes: BatchValue, _ batch: inout WriteBatch
  ) -> RowProblem? {
    if case .real(let amount) = fields[3], amount < 0 { return negative("amount", amount) }
    if let start = timestamp(fields[1]), let end = timestamp(fields[2]), end < start {
      return RowProblem(
        column: "period_end", kind: "rule",
        message: "period_end \(end.isoDate) is before period_start \(start.isoDate)")
    }
    batch.values.append(fields[0])
    batch.values.append(fields[4] == .null ? batch.appendText("") : fields[4])
    batch.values.append(contentsOf: fields[1..<4])
    batch.values.append(attributes)
    return nil
  }

  // MARK: Values

  /// The id `map` holds for the text `value`; `nil` when absent or not text.
  private func lookup(_ value: BatchValue, in map: ByteKeyMap, _ batch: WriteBatch) -> Int64? {
    guard case .text = value else { return nil }
    return withBytes(value, batch) { map.value(for: $0) }
  }

  private func withBytes<T>(
    _ value: BatchValue, _ batch: WriteBatch, _ body: (UnsafeBufferPointer<UInt8>) -> T
  ) -> T {
    guard case .text(let start, let count) = value else {
      return body(UnsafeBufferPointer(start: nil, count: 0))
    }
    return batch.bytes.withUnsafeBufferPointer {
      body(UnsafeBufferPointer(rebasing: $0[start..<(start + count)]))
    }
  }

  private func timestamp(_ value: BatchValue) -> Timestamp? {
    guard case .integer(let milliseconds) = value else { return nil }
    return Timestamp(millisecondsSince1970: milliseconds)
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
