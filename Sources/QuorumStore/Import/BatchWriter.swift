import Dispatch

/// Writes `WriteBatch`es into the contract tables and keeps what happened to each row: the
/// SQLite side of an import, run on its own thread by `ImportPipeline`.
///
/// Rows whose keys are new go through `UpsertWriter.insert` in runs of
/// `UpsertWriter.rowsPerStatement`; a row whose key is stored ends the run (so that every
/// earlier row is written first) and is compared and maybe updated on its own.
final class BatchWriter {
  /// The outcomes of one file's rows.
  struct FileOutcome: Hashable, Sendable {
    /// Rows inserted.
    var inserted = 0
    /// Rows that updated an earlier import's version of their key.
    var updated = 0
    /// Rows identical to a stored one.
    var duplicate = 0
    /// Rows rejected as conflicting with an earlier line of this import.
    var conflicts: [Reject] = []
    /// When the file's last batch was written (`DispatchTime` nanoseconds).
    var finishedAt: UInt64 = 0
  }

  private let database: Database
  private var tables: [ContractFile: UpsertWriter] = [:]
  /// What happened, per file.
  private(set) var outcomes: [ContractFile: FileOutcome] = [:]

  /// Prepares the statements of every table; call on the thread that opened the
  /// transaction, before handing the writer over.
  init(database: Database, importID: Int64) throws {
    self.database = database
    for file in ContractFile.allCases {
      tables[file] = try UpsertWriter(
        database: database, importID: importID, layout: TableLayout.of(file))
    }
  }

  /// Writes every row of `batch`, in order.
  func write(_ batch: WriteBatch) throws {
    for type in batch.newActivityTypes {
      try database.execute(
        "INSERT INTO activity_types (id, name) VALUES (?, ?)",
        [.integer(type.id), .text(type.name)])
    }
    guard let table = tables[batch.file] else { preconditionFailure("a writer for every file") }
    var outcome = outcomes[batch.file] ?? FileOutcome()
    defer {
      outcome.finishedAt = DispatchTime.now().uptimeNanoseconds
      outcomes[batch.file] = outcome
    }
    func record(_ index: Int, _ result: UpsertWriter.Outcome) {
      switch result {
      case .inserted: outcome.inserted += 1
      case .updated: outcome.updated += 1
      case .duplicate: outcome.duplicate += 1
      case .conflict(let line):
        let row = batch.rows[index]
        outcome.conflicts.append(
          Reject(
            file: batch.displayName, line: row.line, column: nil, kind: "conflict",
            message: "same key as line \(line) of this import, with different values",
            record: String(decoding: batch.bytes[row.raw], as: UTF8.self)))
      }
    }
    let order = batch.order.isEmpty ? Array(batch.rows.indices) : batch.order
    try batch.bytes.withUnsafeBytes { bytes in
      func insert(_ run: ArraySlice<Int>) throws {
        var start = run.startIndex
        while start < run.endIndex {
          let end = min(start + UpsertWriter.rowsPerStatement, run.endIndex)
          if try table.insert(run[start..<end], of: batch, bytes: bytes) {
            outcome.inserted += end - start
          } else {
            precondition(!table.layout.hasSurrogateID, "a new surrogate key is inserted")
            for index in run[start..<end] {
              record(index, try table.resolveInserted(index, of: batch))
            }
          }
          start = end
        }
      }
      var runStart = 0
      for (position, index) in order.enumerated() where batch.rows[index].isKnownKey {
        try insert(order[runStart..<position])
        record(index, try table.upsert(index, of: batch))
        runStart = position + 1
      }
      try insert(order[runStart...])
    }
  }
}
