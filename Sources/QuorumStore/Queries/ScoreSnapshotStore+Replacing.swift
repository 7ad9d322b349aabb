import QuorumAnalytics

extension ScoreSnapshotStore {
  /// Deletes the run of (`asOf`, `modelVersion`)'s own row, if any, and inserts the new
  /// run's row; returns the new run's id and the replaced run's, whose scores are left for
  /// ``deleteRows(ofRun:)``.
  ///
  /// - Precondition: foreign keys are off (``BulkWritePragmas``): with them on, deleting the
  ///   run's row would delete its scores at once, row by row through the cascade.
  func replaceRun(asOf: Timestamp, modelVersion: String, createdAt: Timestamp) throws -> (
    run: Int64, replaced: Int64?
  ) {
    let key: [DatabaseValue] = [.integer(asOf.millisecondsSince1970), .text(modelVersion)]
    let replaced = try database.scalar(
      "SELECT id FROM score_runs WHERE as_of = ? AND model_version = ?", key)
    // Above every id in use, the replaced run's included: its scores are still stored.
    let run = (try database.scalar("SELECT max(id) FROM score_runs") ?? 0) + 1
    try database.execute("DELETE FROM score_runs WHERE as_of = ? AND model_version = ?", key)
    try database.execute(
      """
      INSERT INTO score_runs
        (id, as_of, model_version, created_at, reason_format, contact_format, text_format)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      """,
      [.integer(run)] + key + [
        .text(createdAt.iso8601), .integer(Int64(ReasonCodec.format)),
        .integer(Int64(ContactScoreBlock.format)), .integer(Int64(ScoreTextBlock.format)),
      ])
    return (run, replaced)
  }

  /// Deletes the scores of run `run` (range deletes by key: much cheaper than the per-row
  /// cascade).
  func deleteRows(ofRun run: Int64) throws {
    for table in [
      "contact_score_blocks", "contact_scores", "account_scores", "score_text_blocks",
      "score_texts",
    ] {
      try database.execute("DELETE FROM \(table) WHERE run_id = ?", [.integer(run)])
    }
  }
}
