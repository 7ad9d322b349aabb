import QuorumAnalytics

/// Score snapshots: each `quorum score` run stored under (as-of, model version), so scores
/// accumulate over time; re-running the same as-of and model replaces that snapshot.
package struct ScoreSnapshotStore {
  /// A stored run.
  package struct Run: Sendable, Hashable {
    /// The run's id.
    package var id: Int64
    /// The as-of date.
    package var asOf: Timestamp
    /// The model version.
    package var modelVersion: String
  }

  /// A stored reason line.
  package struct StoredReason: Sendable, Hashable {
    /// The feature.
    package var feature: String
    /// The feature's value.
    package var value: Double?
    /// The points.
    package var points: Double
    /// The explanation.
    package var detail: String?
  }

  /// The connection, open and migrated.
  let database: Database

  /// Creates a store over an open, migrated database.
  package init(database: Database) { self.database = database }

  /// Stores `view` (replacing a snapshot with the same as-of and model version) with the
  /// reasons its scores keep, encoded in one block; returns the run id.
  ///
  /// - Complexity: O(contacts + accounts + reasons).
  package func save(_ view: QualificationView, createdAt: Timestamp) throws -> Int64 {
    var block = ReasonBlock()
    for contact in view.scoring.contacts { block.recordContact(contact.reasons) }
    for account in view.scoring.accounts { block.recordAccount(account.reasons) }
    let reasons = RecordedReasons(
      recorders: [block], contactRows: Array(0..<Int32(view.scoring.contacts.count)))
    return try save(view, reasons: reasons, createdAt: createdAt)
  }

  /// Stores `view` (replacing a snapshot with the same as-of and model version) with the
  /// reasons its scoring run recorded, block by block, as it scored (the contacts' scores
  /// in `view` keep none); returns the run id. One transaction: when it fails, the stored
  /// runs are unchanged.
  ///
  /// ```swift
  /// let (view, reasons) = try pipeline.run(data, activities: log, asOf: date) { ReasonBlock() }
  /// let run = try ScoreSnapshotStore(database: database).save(view, reasons: reasons, createdAt: .now)
  /// ```
  ///
  /// The new run is written before the replaced one is deleted: its pages come from those
  /// free when the write began (or the file's end), which the rollback journal need not
  /// keep, rather than from the replaced run's, each of which it would copy first.
  ///
  /// - Precondition: `reasons` were recorded by the run that scored `view`.
  /// - Complexity: O(contacts + accounts + reasons): the accounts a row each, many a
  ///   statement (``InsertStatements``), the contacts in ``ContactScoreBlock``s; each row's
  ///   reasons written as recorded behind its block's code base (``ReasonCodec/format``);
  ///   the run's interned texts 1,024 a row (``ScoreTextBlock``). An account's coverage is
  ///   its score's ``AccountScore/committeeCoverage``.
  package func save(
    _ view: QualificationView, reasons recorded: RecordedReasons<ReasonBlock>,
    createdAt: Timestamp
  ) throws -> Int64 {
    let reasons = SnapshotReasons(recorded)
    precondition(
      reasons.accountCount == view.scoring.accounts.count
        && reasons.contactCount == view.scoring.contacts.count,
      "the reasons of another scoring run")
    // The contacts' blocks are encoded on two other threads meanwhile.
    let contacts = ContactBlockEncoder(view, reasons: reasons)
    var blocks = contacts.encodingInBackground()
    defer { blocks.cancel() }
    return try BulkWritePragmas.during(database, cacheKiB: 65_536, writesDirectly: true) {
      try database.transaction {
        let (run, replaced) = try replaceRun(
          asOf: view.scoring.asOf, modelVersion: view.scoring.modelVersion,
          createdAt: createdAt)
        try insertAccounts(of: view, reasons: reasons, run: run)
        try insertTexts(reasons.texts, run: run)
        try insertContacts(&blocks, count: contacts.count, run: run)
        if let replaced { try deleteRows(ofRun: replaced) }
        return run
      }
    }
  }

  /// Inserts `texts`, the run's interned texts by code, into run `run`, in blocks
  /// (``ScoreTextBlock``).
  private func insertTexts(_ texts: [String], run: Int64) throws {
    let rows = try InsertStatements(
      database, table: "score_text_blocks", columns: ["run_id", "first_code", "texts"],
      rowsPerStatement: 1)
    let capacity = ScoreTextBlock.capacity
    try rows.insert(rows: (texts.count + capacity - 1) / capacity) {
      (block, row) throws(SQLiteError) in
      let first = block * capacity
      try row.bind(run, at: 1)
      try row.bind(Int64(first), at: 2)
      try row.bindBlob(
        copying: ScoreTextBlock.encode(texts[first..<min(first + capacity, texts.count)]), at: 3)
    }
  }

  /// Inserts the accounts of `view` into run `run`, in `scoring.accounts` order.
  private func insertAccounts(of view: QualificationView, reasons: SnapshotReasons, run: Int64)
    throws
  {
    let accounts = view.scoring.accounts
    let rows = try InsertStatements(
      database, table: "account_scores",
      columns: [
        "run_id", "account_id", "score", "win_probability", "journey_stage", "engaged_contacts",
        "engaged_departments", "coverage", "tier", "reasons",
      ])
    try rows.insert(rows: accounts.count) { (position, row) throws(SQLiteError) in
      try bind(accounts[position], run: run, to: row)
      try reasons.bindAccount(position, at: 10, to: row)
    }
  }

  /// Inserts the `count` blocks of contacts `blocks` hands over into run `run`, in order.
  private func insertContacts(
    _ blocks: inout ContactBlockEncoder.Blocks, count: Int, run: Int64
  ) throws {
    let rows = try InsertStatements(
      database, table: "contact_score_blocks",
      columns: ["run_id", "block", "first_contact_id", "contacts", "rows"], rowsPerStatement: 1)
    try rows.insert(rows: count) { (index, row) throws(SQLiteError) in
      guard let block = blocks.next() else { preconditionFailure("a block not encoded") }
      try row.bind(run, at: 1)
      try row.bind(Int64(index), at: 2)
      try row.bind(block.firstContactID, at: 3)
      try row.bind(Int64(block.count), at: 4)
      try row.bindBlob(copying: block.bytes, at: 5)
    }
  }

  private func bind(_ account: AccountScore, run: Int64, to row: ParameterBinder)
    throws(SQLiteError)
  {
    try row.bind(run, at: 1)
    try row.bind(account.accountID, at: 2)
    try row.bind(account.total.value, at: 3)
    if let probability = account.winProbability { try row.bind(probability, at: 4) }
    try row.bind(account.journeyStage.rawValue, at: 5)
    try row.bind(Int64(account.engagedContacts), at: 6)
    try row.bind(Int64(account.engagedDepartments), at: 7)
    if let coverage = account.committeeCoverage { try row.bind(coverage, at: 8) }
    if let tier = account.tier { try row.bind(Int64(tier), at: 9) }
  }

  /// The latest run (by as-of, then id), or the run with exactly `asOf` when given.
  package func run(asOf: Timestamp? = nil) throws -> Run? {
    let rows: [Run]
    if let asOf {
      rows = try database.statement(
        "SELECT id, as_of, model_version FROM score_runs WHERE as_of = ? ORDER BY id DESC LIMIT 1"
      ).map([.integer(asOf.millisecondsSince1970)]) { runValue($0) }
    } else {
      rows = try database.statement(
        "SELECT id, as_of, model_version FROM score_runs ORDER BY as_of DESC, id DESC LIMIT 1"
      ).map { runValue($0) }
    }
    return rows.first
  }

  private func runValue(_ row: Row) -> Run {
    Run(
      id: row.int64(0), asOf: Timestamp(millisecondsSince1970: row.int64(1)),
      modelVersion: row.string(2))
  }

  /// The stored total, stage (contacts) or journey stage (accounts), and reasons (largest
  /// first) of one contact or account in `run`, when present.
  package func explanation(run: Int64, subject: String, id: String) throws -> (
    score: Double, stage: String, reasons: [StoredReason]
  )? {
    let found: (score: Double, stage: String, reasons: [UInt8])?
    if subject == "contact" {
      found = try contact(id, run: run).map { ($0.row.score.value, $0.row.stage, $0.reasons) }
    } else {
      found = try database.statement(
        "SELECT score, journey_stage, reasons FROM account_scores WHERE run_id = ? AND account_id = ?"
      ).map([.integer(run), .text(id)]) { ($0.double(0), $0.string(1), $0.blob(2)) }.first
    }
    guard let stored = found else { return nil }
    let formats = try database.statement(
      "SELECT reason_format, text_format FROM score_runs WHERE id = ?"
    ).map([.integer(run)]) { (reasons: $0.int64(0), texts: $0.int64(1)) }.first
    let text = try texts(ofRun: run, format: formats?.texts ?? 0)
    let reasons = ReasonCodec.decode(stored.reasons, format: Int(formats?.reasons ?? 1)) {
      text($0)
    }
    return (stored.score, stored.stage, reasons ?? [])
  }

  /// The interned text of each code of run `run`, whose texts are stored in `format`
  /// (`score_runs.text_format`), read as asked for: from its block (``ScoreTextBlock``), or
  /// from `score_texts` for a run stored before; `nil` for a code the run does not have.
  ///
  /// - Throws: ``SQLiteError`` for a format this version does not read.
  private func texts(ofRun run: Int64, format: Int64) throws -> (Int) -> String? {
    switch format {
    case Int64(ScoreTextBlock.format):
      let blocks = try database.statement(
        """
        SELECT first_code, texts FROM score_text_blocks
        WHERE run_id = ? AND first_code <= ? ORDER BY first_code DESC LIMIT 1
        """)
      return { code in
        let found = try? blocks.map([.integer(run), .integer(Int64(code))]) { row in
          ScoreTextBlock.text(at: code - Int(row.int64(0)), in: row.blob(1))
        }
        return found?.first ?? nil
      }
    case 0:
      let texts = try database.statement(
        "SELECT text FROM score_texts WHERE run_id = ? AND code = ?")
      return { code in
        (try? texts.map([.integer(run), .integer(Int64(code))]) { $0.string(0) })?.first
      }
    default:
      throw SQLiteError.corrupt(
        "score_runs: run \(run) stores its texts in format \(format), which this version "
          + "of Quorum does not read")
    }
  }
}
