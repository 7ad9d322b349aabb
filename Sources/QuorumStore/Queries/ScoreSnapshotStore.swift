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

  private let database: Database

  /// Creates a store over an open, migrated database.
  package init(database: Database) { self.database = database }

  /// Stores `view` (replacing a snapshot with the same as-of and model version); returns
  /// the run id.
  package func save(_ view: QualificationView, createdAt: Timestamp) throws -> Int64 {
    let scoring = view.scoring
    return try database.transaction {
      try database.execute(
        "DELETE FROM score_runs WHERE as_of = ? AND model_version = ?",
        [.integer(scoring.asOf.millisecondsSince1970), .text(scoring.modelVersion)])
      try database.execute(
        "INSERT INTO score_runs (as_of, model_version, created_at) VALUES (?, ?, ?)",
        [
          .integer(scoring.asOf.millisecondsSince1970), .text(scoring.modelVersion),
          .text(createdAt.iso8601),
        ])
      let run = database.lastInsertedRowID
      for contact in view.contacts { try saveContact(contact, run: run) }
      for account in scoring.accounts {
        try saveAccount(
          account, coverage: view.committees[account.accountID]?.coverage.coverage, run: run)
      }
      return run
    }
  }

  private func saveContact(_ contact: ContactQualification, run: Int64) throws {
    let score = contact.score
    try database.execute(
      """
      INSERT INTO contact_scores (run_id, contact_id, account_id, match_method, fit, engagement,
        framework, score, stage, seniority, department, committee_role, champion, reasons)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """,
      [
        .integer(run), .text(score.contactID), score.accountID.databaseValue,
        .text(score.match.method.rawValue), .real(score.fit.value), .real(score.engagement.value),
        .real(score.framework.value), .real(score.total.value), .text(score.stage.rawValue),
        .text(contact.persona.seniority.rawValue), .text(contact.persona.department.rawValue),
        contact.committeeRole?.rawValue.databaseValue ?? .null,
        .integer(contact.isChampion ? 1 : 0), .text(ReasonsJSON.encode(score.reasons)),
      ])
  }

  private func saveAccount(_ account: AccountScore, coverage: Double?, run: Int64) throws {
    try database.execute(
      """
      INSERT INTO account_scores (run_id, account_id, score, win_probability, journey_stage,
        engaged_contacts, engaged_departments, coverage, tier, reasons)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """,
      [
        .integer(run), .text(account.accountID), .real(account.total.value),
        account.winProbability.databaseValue, .text(account.journeyStage.rawValue),
        .integer(Int64(account.engagedContacts)), .integer(Int64(account.engagedDepartments)),
        coverage.databaseValue, account.tier.databaseValue,
        .text(ReasonsJSON.encode(account.reasons)),
      ])
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
    let sql =
      subject == "contact"
      ? "SELECT score, stage, reasons FROM contact_scores WHERE run_id = ? AND contact_id = ?"
      : "SELECT score, journey_stage, reasons FROM account_scores WHERE run_id = ? AND account_id = ?"
    return try database.statement(sql).map([.integer(run), .text(id)]) {
      (score: $0.double(0), stage: $0.string(1), reasons: ReasonsJSON.decode($0.string(2)))
    }.first
  }
}
