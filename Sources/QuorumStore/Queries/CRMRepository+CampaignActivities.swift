import QuorumAnalytics

extension CRMRepository {
  /// Calls `body` with every stored activity that has a campaign, ordered by contact and
  /// time, one row at a time: what marketing attribution reads (its touches), without the
  /// other activities or any detail text. Contact ids, type names and campaign ids are
  /// interned, so the activities a caller keeps share their strings.
  ///
  /// - Complexity: one pass over the activities table.
  package func forEachCampaignActivity(_ body: (Activity) -> Void) throws {
    let contactIDs = try keyTable("SELECT id, contact_id FROM contacts") { $0 }
    let types = try keyTable("SELECT id, name FROM activity_types") { ActivityType(rawValue: $0) }
    var campaigns: [String: String] = [:]
    try database.statement(
      """
      SELECT contact, occurred_at, type, campaign_id FROM activities
      WHERE campaign_id IS NOT NULL AND campaign_id <> ''
      """
    ).forEachRow { row in
      let text = row.string(3)
      let campaign: String
      if let known = campaigns[text] {
        campaign = known
      } else {
        campaigns[text] = text
        campaign = text
      }
      body(
        Activity(
          contactID: contactIDs[row.int64(0)] ?? "",
          occurredAt: Timestamp(millisecondsSince1970: row.int64(1)),
          type: types[row.int64(2)] ?? ActivityType(rawValue: ""), campaignID: campaign))
    }
  }

  /// `value(column 1)` by the integer key in column 0 of `sql`.
  private func keyTable<T>(_ sql: String, _ value: (String) -> T) throws -> [Int64: T] {
    var table: [Int64: T] = [:]
    try database.statement(sql).forEachRow { table[$0.int64(0)] = value($0.string(1)) }
    return table
  }
}
