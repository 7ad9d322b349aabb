import QuorumAnalytics

extension ScoreSnapshotStore {
  /// Every contact of run `run` as stored: in its blocks' order (the run's contact order,
  /// by contact ID), or by the bytes of the ID for a run stored a row a contact; empty for
  /// an unknown run.
  ///
  /// - Throws: `SQLiteError` (corrupt) when a block does not decode, or the run's contacts
  ///   are in a format this version does not read.
  /// - Complexity: O(contacts of the run).
  package func contacts(run: Int64) throws -> [StoredContactScore] {
    guard try isStoredInBlocks(run: run) else {
      return try database.statement(
        "SELECT \(Self.contactColumns) FROM contact_scores WHERE run_id = ? ORDER BY contact_id"
      ).map([.integer(run)]) { Self.storedContact($0).row }
    }
    var contacts: [StoredContactScore] = []
    try forEachBlock(ofRun: run) { bytes in
      guard let rows = ContactScoreBlock.rows(in: bytes) else { throw Self.undecodable(run) }
      contacts.append(contentsOf: rows.map(\.row))
    }
    return contacts
  }

  /// Contact `id` of run `run` with its reasons' bytes, when stored: from the block whose
  /// first contact is the last at or before `id` (a run's blocks are in contact-ID order),
  /// else from any block of the run (IDs whose `String` order is not their bytes').
  ///
  /// - Throws: `SQLiteError` (corrupt) when a block read does not decode, or the run's
  ///   contacts are in a format this version does not read.
  /// - Complexity: O(log blocks + block size), O(contacts of the run) when not found.
  func contact(_ id: String, run: Int64) throws -> (row: StoredContactScore, reasons: [UInt8])? {
    guard try isStoredInBlocks(run: run) else {
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
    var lookup = likely.first.map { ContactScoreBlock.row(of: id, in: $0) } ?? .absent
    if lookup == .absent {
      try forEachBlock(ofRun: run) { bytes in
        if lookup == .absent { lookup = ContactScoreBlock.row(of: id, in: bytes) }
      }
    }
    switch lookup {
    case .found(let row, let reasons): return (row, reasons)
    case .absent: return nil
    case .undecodable: throw Self.undecodable(run)
    }
  }

  /// Whether run `run` stores its contacts in blocks (`score_runs.contact_format` is
  /// ``ContactScoreBlock/format``) rather than a row each in `contact_scores` (0: runs
  /// stored before blocks, or no such run).
  private func isStoredInBlocks(run: Int64) throws -> Bool {
    let format =
      try database.scalar("SELECT contact_format FROM score_runs WHERE id = ?", [.integer(run)])
      ?? 0
    guard format == 0 || format == Int64(ContactScoreBlock.format) else {
      throw SQLiteError.corrupt(
        "score_runs: run \(run) stores its contacts in format \(format), which this version "
          + "of Quorum does not read")
    }
    return format != 0
  }

  /// Calls `body` with the bytes of every block of run `run`, in order.
  private func forEachBlock(ofRun run: Int64, _ body: ([UInt8]) throws -> Void) throws {
    try database.statement("SELECT rows FROM contact_score_blocks WHERE run_id = ? ORDER BY block")
      .forEachRow([.integer(run)]) { try body($0.blob(0)) }
  }

  private static func undecodable(_ run: Int64) -> SQLiteError {
    .corrupt("contact_score_blocks: a block of run \(run) does not decode")
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
