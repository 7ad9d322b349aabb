import QuorumAnalytics

/// Reads the stored export back as analytics values.
package struct CRMRepository {
  let database: Database

  /// Creates a repository over an open, migrated database.
  package init(database: Database) { self.database = database }

  /// Everything stored but the activities, as one `CRMData` value (read the activities
  /// with ``activityLog()``), the contacts with the columns `columns` names. The custom
  /// columns (`attributes`) of accounts and opportunities are read when the contacts' are:
  /// no analysis reads them, and for half a million contacts they are a fifth of the
  /// memory.
  ///
  /// `contacts`, when given, replaces the reading of the contacts: e.g. a call of
  /// ``contacts(_:)`` with the same `columns` on another connection that ran meanwhile.
  package func load(
    _ columns: ContactColumns = .all, contacts loadedContacts: (() throws -> [Contact])? = nil
  ) throws -> CRMData {
    let attributes = columns.readsCustomColumns
    // The contacts last: given from another connection, they load meanwhile.
    let accounts = try accounts(attributes: attributes)
    let opportunities = try opportunities(attributes: attributes)
    let opportunityContacts = try opportunityContacts()
    let qualifications = try qualifications()
    let spend = try spend()
    let contacts = try loadedContacts?() ?? contacts(columns)
    return CRMData(
      accounts: accounts, contacts: contacts,
      activities: [], opportunities: opportunities, opportunityContacts: opportunityContacts,
      qualifications: qualifications, spend: spend)
  }

  private func time(_ row: Row, _ index: Int32) -> Timestamp? {
    row.optionalInt64(index).map(Timestamp.init(millisecondsSince1970:))
  }

  private func attributes(_ row: Row, _ index: Int32, if wanted: Bool) -> [String: String] {
    guard wanted, let text = row.text(index) else { return [:] }
    return AttributesJSON.decode(text)
  }

  func accounts(attributes wanted: Bool = true) throws -> [Account] {
    try database.statement(
      """
      SELECT account_id, name, domain, industry, employees, annual_revenue, country, region,
        created_at, target_tier, attributes FROM accounts ORDER BY id
      """
    ).map { row in
      Account(
        id: row.string(0), name: row.string(1), domain: row.text(2), industry: row.text(3),
        employees: row.optionalInt64(4).map(Int.init), annualRevenue: row.optionalDouble(5),
        country: row.text(6), region: row.text(7), createdAt: time(row, 8),
        targetTier: row.text(9), attributes: attributes(row, 10, if: wanted))
    }
  }

  /// The stored contacts, in key order, with the columns `columns` names (the others `nil`,
  /// the custom ones empty).
  package func contacts(_ columns: ContactColumns = .all) throws -> [Contact] {
    // Reserved: half a million contacts grown by doubling were copied twice over.
    let count = try database.scalar("SELECT count(*) FROM contacts") ?? 0
    // Companies and titles repeat across contacts: each distinct one is made once.
    var companies = TextInterner()
    var titles = TextInterner()
    let (sql, values) = columns.query
    return try database.statement(sql).map(values, expectedCount: Int(count)) { row in
      Contact(
        id: row.string(0), accountID: row.text(1), email: row.text(2),
        company: row.text(3, interning: &companies), firstName: row.text(4),
        lastName: row.text(5), title: row.text(6, interning: &titles),
        department: row.text(7), seniority: row.text(8), source: row.text(9),
        campaignID: row.text(10),
        createdAt: Timestamp(millisecondsSince1970: row.int64(11)),
        attributes: attributes(row, 12, if: columns.readsCustomColumns))
    }
  }

  /// The stored activities grouped by contact, for the contacts in the order `load()`
  /// returns them (by surrogate key), read without loading the contacts first, so it can
  /// run on another connection while they load.
  package func activityLog() throws -> ActivityLog {
    try database.readTransaction { try readActivityLog() }
  }

  private func readActivityLog() throws -> ActivityLog {
    let contacts = try database.statement("SELECT id, contact_id FROM contacts ORDER BY id").map {
      (key: Int($0.int64(0)), id: $0.string(1))
    }
    let segment = try activitySegment(
      ofContactKeys: Int64.min...Int64.max, contactKeys: contacts.map(\.key),
      trimmingCapacity: true)
    return ActivityLog(contactIDs: contacts.map(\.id), joining: [segment])
  }

  /// The activities of the contacts whose surrogate keys lie in `keys`, by contact
  /// position (every stored contact, in key order, as `load()` returns them): one of the
  /// parts of ``contactKeyRanges(parts:)`` that connections read side by side, to be
  /// joined with the contacts' ids by `ActivityLog(contactIDs:joining:)` (which sizes the
  /// joined arrays exactly, so the segment's are not trimmed first).
  package func activitySegment(ofContactKeys keys: ClosedRange<Int64>) throws
    -> ActivityLog.Segment
  {
    // The keys and the activities from one snapshot: an import committing in between
    // cannot leave a new contact's activities without their contact.
    try database.readTransaction {
      let contactKeys = try database.statement("SELECT id FROM contacts ORDER BY id").map {
        Int($0.int64(0))
      }
      return try activitySegment(
        ofContactKeys: keys, contactKeys: contactKeys, trimmingCapacity: false)
    }
  }

  /// Whether reading the activities is cheap (from complete timelines, a sixth of the
  /// bytes of the `activities` table), so that one connection reads them all in the time
  /// the rest of the data loads.
  package func readsActivityTimelines() throws -> Bool {
    try ActivityTimelineStore(database: database).isComplete()
  }

  /// Every surrogate key a contact may have, split into `parts` consecutive ranges of
  /// about as many stored contacts each (fewer ranges when there are fewer contacts).
  ///
  /// - Precondition: `parts` is positive.
  package func contactKeyRanges(parts: Int) throws -> [ClosedRange<Int64>] {
    precondition(parts > 0, "no parts")
    let count = try database.scalar("SELECT count(*) FROM contacts") ?? 0
    var starts: [Int64] = [.min]
    for part in 1..<parts {
      let offset = count * Int64(part) / Int64(parts)
      guard offset > 0,
        let key = try database.scalar(
          "SELECT id FROM contacts ORDER BY id LIMIT 1 OFFSET ?", [.integer(offset)]),
        let last = starts.last, key > last
      else { continue }
      starts.append(key)
    }
    return starts.indices.map { index in
      starts[index]...(index + 1 < starts.count ? starts[index + 1] - 1 : .max)
    }
  }

  /// The stored activities of the contacts whose surrogate keys lie in `keys`, grouped by
  /// the position of their contact's key in `contactKeys` (every stored contact's, in
  /// order), as the scorer reads them: one pass with integer keys
  /// only, no `Activity` value and no string per row — from the contacts' timelines
  /// (``ActivityTimelineStore``) when they are complete, else from the `activities` table.
  /// Both are keyed by contact, so the rows arrive grouped and the segment keeps them in place.
  ///
  /// - Complexity: O(activities + contacts) time; 12 bytes per activity.
  private func activitySegment(
    ofContactKeys keys: ClosedRange<Int64>, contactKeys: [Int], trimmingCapacity: Bool
  ) throws -> ActivityLog.Segment {
    var contactAt = [Int](repeating: -1, count: max(contactKeys.last ?? -1, -1) + 1)
    for (position, key) in contactKeys.enumerated() where key >= 0 {
      contactAt[key] = position
    }
    var builder = ActivityLog.Builder(contactCount: contactKeys.count)
    let codeOf = try positions("SELECT id, name FROM activity_types", default: Int32(-1)) {
      builder.code(of: ActivityType(rawValue: $0))
    }
    // A value the closures below mutate (not a local function capturing the builder, whose
    // every access the runtime checked for exclusivity: a quarter of the decoding time).
    var segment = SegmentAppender(builder: consume builder, contactAt: contactAt, codeOf: codeOf)
    let timelines = ActivityTimelineStore(database: database)
    if try timelines.isComplete() {
      try timelines.forEachEvent(ofContactKeys: keys) {
        segment.append(contact: $0, occurredAt: $1.time, type: $1.type)
      }
    } else {
      try database.statement(
        "SELECT contact, occurred_at, type FROM activities WHERE contact BETWEEN ? AND ?"
      ).forEachRow([.integer(keys.lowerBound), .integer(keys.upperBound)]) { row in
        segment.append(contact: row.int64(0), occurredAt: row.int64(1), type: row.int64(2))
      }
    }
    return segment.builder.segment(trimmingCapacity: trimmingCapacity)
  }

  /// A table from a surrogate key (column 0 of `sql`) to `value(column 1)`, indexed by key.
  private func positions<T>(
    _ sql: String, default fallback: T, _ value: (String) -> T
  ) throws -> [T] {
    var table: [T] = []
    try database.statement(sql).forEachRow { row in
      let key = Int(row.int64(0))
      guard key >= 0 else { return }
      if key >= table.count { table += repeatElement(fallback, count: key + 1 - table.count) }
      table[key] = value(row.string(1))
    }
    return table
  }

  func opportunities(attributes wanted: Bool = true) throws -> [Opportunity] {
    try database.statement(
      """
      SELECT o.opportunity_id, a.account_id, o.created_at, o.status, o.closed_at, o.stage,
        o.amount, o.source, o.campaign_id, o.attributes
      FROM opportunities o JOIN accounts a ON a.id = o.account ORDER BY o.id
      """
    ).map { row in
      Opportunity(
        id: row.string(0), accountID: row.string(1),
        createdAt: Timestamp(millisecondsSince1970: row.int64(2)),
        status: OpportunityStatus(rawValue: row.string(3)) ?? .open, closedAt: time(row, 4),
        stage: row.text(5), amount: row.optionalDouble(6), source: row.text(7),
        campaignID: row.text(8), attributes: attributes(row, 9, if: wanted))
    }
  }

  /// The contact roles on opportunities, by opportunity, contact and role. The order is the
  /// table's primary key (`o.id` is `oc.opportunity`, `c.id` is `oc.contact`), so the rows
  /// need no sorting.
  func opportunityContacts() throws -> [OpportunityContact] {
    try database.statement(
      """
      SELECT o.opportunity_id, c.contact_id, oc.role, oc.is_primary
      FROM opportunity_contacts oc JOIN opportunities o ON o.id = oc.opportunity
      JOIN contacts c ON c.id = oc.contact ORDER BY oc.opportunity, oc.contact, oc.role
      """
    ).map { row in
      OpportunityContact(
        opportunityID: row.string(0), contactID: row.string(1),
        role: CommitteeRole(rawValue: row.string(2)) ?? .other, isPrimary: row.int(3) != 0)
    }
  }

  func qualifications() throws -> [Qualification] {
    try database.statement(
      """
      SELECT subject_type, subject_id, criterion, value, assessed_at, note FROM qualifications
      ORDER BY subject_type, subject_id, criterion, assessed_at
      """
    ).map { row in
      Qualification(
        subjectType: QualificationSubject(rawValue: row.string(0)) ?? .contact,
        subjectID: row.string(1),
        criterion: QualificationCriterion(rawValue: row.string(2)) ?? .need,
        value: QualificationValue(rawValue: row.string(3)) ?? .unknown,
        assessedAt: Timestamp(millisecondsSince1970: row.int64(4)), note: row.text(5))
    }
  }

  func spend() throws -> [Spend] {
    try database.statement(
      """
      SELECT channel, period_start, period_end, amount, NULLIF(campaign_id, '') FROM spend
      ORDER BY channel, campaign_id, period_start
      """
    ).map { row in
      Spend(
        channel: row.string(0), periodStart: Timestamp(millisecondsSince1970: row.int64(1)),
        periodEnd: Timestamp(millisecondsSince1970: row.int64(2)), amount: row.double(3),
        campaignID: row.text(4))
    }
  }
}

/// Appends stored activities, given by contact key and type id, to a segment being built.
private struct SegmentAppender {
  var builder: ActivityLog.Builder
  /// Contact key → the contact's position (−1: not a stored contact).
  let contactAt: [Int]
  /// Type id → the builder's code for the type (−1: unknown id).
  let codeOf: [Int32]

  /// Appends one activity; an unknown contact key or type id is kept as unknown (orphan,
  /// empty type), as the builder counts them.
  mutating func append(contact: Int64, occurredAt: Int64, type: Int64) {
    let type = Int(type)
    let code =
      type >= 0 && type < codeOf.count && codeOf[type] >= 0 ? codeOf[type] : builder.code(of: "")
    let contact = Int(contact)
    builder.append(
      contactAt: contact >= 0 && contact < contactAt.count ? contactAt[contact] : -1,
      occurredAt: occurredAt, typeCode: code)
  }
}
