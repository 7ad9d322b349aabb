import QuorumAnalytics

extension ScoreSnapshotStore {
  /// Every contact of run `run` as stored, by contact ID (empty for an unknown run).
  ///
  /// - Complexity: O(contacts of the run).
  package func contacts(run: Int64) throws -> [StoredContactScore] {
    guard try contactFormat(run: run) != 0 else {
      return try database.statement(
        "SELECT \(Self.contactColumns) FROM contact_scores WHERE run_id = ? ORDER BY contact_id"
      ).map([.integer(run)]) { Self.storedContact($0).row }
    }
    var contacts: [StoredContactScore] = []
    try database.statement("SELECT rows FROM contact_score_blocks WHERE run_id = ? ORDER BY block")
      .forEachRow([.integer(run)]) { row in
        guard let rows = ContactScoreBlock.rows(in: row.blob(0)) else {
          throw SQLiteError.corrupt("contact_score_blocks: a block of run \(run) does not decode")
        }
        contacts.append(contentsOf: rows.map(\.row))
      }
    return contacts
  }

  /// Contact `id` of run `run` with its reasons' bytes, when stored: from the block whose
  /// first contact is the last at or before `id` (a run's blocks are in contact-ID order),
  /// else from any block of the run (IDs whose `String` order is not their bytes').
  ///
  /// - Complexity: O(log blocks + block size), O(contacts of the run) when not found.
  func contact(_ id: String, run: Int64) throws -> (row: StoredContactScore, reasons: [UInt8])? {
    guard try contactFormat(run: run) != 0 else {
      return try database.statement(
        "SELECT \(Self.contactColumns) FROM contact_scores WHERE run_id = ? AND contact_id = ?"
      ).map([.integer(run), .text(id)]) { Self.storedContact($0) }.first
    }
    let likely = try database.statement(
      """
      SELECT rows FROM contact_score_blocks WHERE run_id = ?1 AND block =
        (SELECT block FROM contact_score_blocks WHERE run_id = ?1 AND first_contact_id <= ?2
         ORDER BY first_contact_id DESC LIMIT 1)
      """
    ).map([.integer(run), .text(id)]) { $0.blob(0) }
    if let block = likely.first, let found = ContactScoreBlock.row(of: id, in: block) {
      return found
    }
    var found: (row: StoredContactScore, reasons: [UInt8])?
    try database.statement("SELECT rows FROM contact_score_blocks WHERE run_id = ? ORDER BY block")
      .forEachRow([.integer(run)]) { row in
        if found == nil { found = ContactScoreBlock.row(of: id, in: row.blob(0)) }
      }
    return found
  }

  /// How run `run` stores its contacts: 0 a row each in `contact_scores` (runs stored
  /// before blocks), else the ``ContactScoreBlock/format`` of its blocks.
  private func contactFormat(run: Int64) throws -> Int64 {
    try database.scalar("SELECT contact_format FROM score_runs WHERE id = ?", [.integer(run)]) ?? 0
  }

  private static let contactColumns = """
    contact_id, account_id, match_method, fit, engagement, framework, score, stage, seniority,
    department, committee_role, champion, reasons
    """

  /// A row of `contact_scores` (``contactColumns``).
  private static func storedContact(_ row: Row) -> (row: StoredContactScore, reasons: [UInt8]) {
    let stored = StoredContactScore(
      contactID: row.string(0), accountID: row.text(1), matchMethod: row.string(2),
      fit: ScorePoints(rounding: row.double(3)), engagement: ScorePoints(rounding: row.double(4)),
      framework: ScorePoints(rounding: row.double(5)), score: ScorePoints(rounding: row.double(6)),
      stage: row.string(7), seniority: row.string(8),
      department: row.string(9), committeeRole: row.text(10), isChampion: row.int64(11) != 0)
    return (stored, row.blob(12))
  }
}
