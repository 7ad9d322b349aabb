import QuorumAnalytics

extension ScoreSnapshotStore {
  /// Deletes the run of (`asOf`, `modelVersion`) and inserts the new run's row — on another
  /// thread, while `work` runs on this one — then returns the new run's id and the value of
  /// `work`. The connection is used by one thread at a time: `work` does not touch it, and
  /// this thread waits for the other before returning (or rethrowing).
  func replacingRun<Value>(
    asOf: Timestamp, modelVersion: String, createdAt: Timestamp, during work: () throws -> Value
  ) throws -> (run: Int64, value: Value) {
    let connection = LentConnection(database: database)
    let replacing = ClaimableWork<Result<Int64, any Error>>.started {
      Result {
        try Self(database: connection.database).replaceRun(
          asOf: asOf, modelVersion: modelVersion, createdAt: createdAt)
      }
    }
    let value: Value
    do {
      value = try work()
    } catch {
      _ = replacing.value()  // the connection back before the transaction rolls back
      throw error
    }
    return (try replacing.value().get(), value)
  }

  /// Deletes the run of (`asOf`, `modelVersion`) (its rows first: range deletes by key,
  /// much cheaper than the per-row cascade) and inserts the new run's row; returns its id.
  private func replaceRun(asOf: Timestamp, modelVersion: String, createdAt: Timestamp) throws
    -> Int64
  {
    let key: [DatabaseValue] = [.integer(asOf.millisecondsSince1970), .text(modelVersion)]
    for table in [
      "contact_score_blocks", "contact_scores", "account_scores", "score_texts",
    ] {
      try database.execute(
        """
        DELETE FROM \(table) WHERE run_id IN
          (SELECT id FROM score_runs WHERE as_of = ? AND model_version = ?)
        """, key)
    }
    try database.execute("DELETE FROM score_runs WHERE as_of = ? AND model_version = ?", key)
    try database.execute(
      """
      INSERT INTO score_runs (as_of, model_version, created_at, reason_format, contact_format)
      VALUES (?, ?, ?, ?, ?)
      """,
      key + [
        .text(createdAt.iso8601), .integer(Int64(ReasonCodec.format)),
        .integer(Int64(ContactScoreBlock.format)),
      ])
    return database.lastInsertedRowID
  }
}

/// The store's connection lent to the thread that deletes a replaced run while the caller
/// scores.
///
/// `@unchecked Sendable`: a connection is used by one thread at a time, and
/// `replacingRun(asOf:modelVersion:createdAt:during:)` keeps it so — the lending thread
/// does not use it until the borrower's work is done (the work's semaphore orders the two).
private struct LentConnection: @unchecked Sendable {
  let database: Database
}
