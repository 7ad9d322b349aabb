import QuorumAnalytics

/// The `activity_timelines` table: each contact's activities by key only, compact, sixteen
/// contacts a row (``ActivityTimelineCodec``), kept in step with `activities` by the import
/// in its own transaction. Scoring, calibration and the reports read every contact's
/// activities from here: 75 MB of pages against the 476 MB `activities` scans (50k
/// accounts).
///
/// Only the import writes activities, and it records in `activity_timeline_state` the
/// import that last brought the timelines up to date: they are trusted only while that is
/// the latest import. A database created before the table existed (migration v5), or
/// imported into by a version of Quorum without timelines, reads `activities` (as before)
/// until its next import rebuilds every timeline.
struct ActivityTimelineStore {
  let database: Database

  /// Whether every stored activity is in its contact's timeline: the timelines were last
  /// brought up to date by the latest import (`excluding` one, e.g. the import running).
  func isComplete(excluding importID: Int64? = nil) throws -> Bool {
    try database.scalar(
      """
      SELECT (SELECT import_id FROM activity_timeline_state WHERE id = 1)
        IS (SELECT max(id) FROM imports WHERE id IS NOT ?)
      """, [importID.map { .integer($0) } ?? .null]) == 1
  }

  /// Calls `body` with each stored activity of a contact whose key lies in `keys`: the
  /// contact's key and the event, in key order, then time and type.
  ///
  /// - Throws: `SQLiteError` (`SQLITE_CORRUPT`) when a row does not decode.
  func forEachEvent(
    ofContactKeys keys: ClosedRange<Int64>,
    _ body: (_ contact: Int64, _ event: TimelineEvent) -> Void
  ) throws {
    let blocks =
      ActivityTimelineCodec.block(
        of: keys.lowerBound)...ActivityTimelineCodec.block(
        of: keys.upperBound)
    try forEachRow(ofBlocks: blocks) { block, bytes in
      let decodes = ActivityTimelineCodec.decode(bytes, block: block) { contact, event in
        if keys.contains(contact) { body(contact, event) }
      }
      guard decodes else {
        throw SQLiteError.corrupt("activity_timelines: the row of block \(block) is not a timeline")
      }
    }
  }

  /// Calls `body` with each stored row of `blocks`, in order: its block and bytes, valid
  /// during the call.
  private func forEachRow(
    ofBlocks blocks: ClosedRange<Int64>,
    _ body: (_ block: Int64, _ bytes: UnsafeRawBufferPointer) throws -> Void
  ) throws {
    try database.statement(
      "SELECT block, timelines FROM activity_timelines WHERE block BETWEEN ? AND ? ORDER BY block"
    ).forEachRow([.integer(blocks.lowerBound), .integer(blocks.upperBound)]) { row in
      try row.withBlob(1) { try body(row.int64(0), $0) }
    }
  }

  /// Brings the timelines up to date with the activity keys import `importID` wrote
  /// (`added`) and records that they are. When they were not up to date before it (or a
  /// stored row does not decode), every timeline is rebuilt from the `activities` table
  /// instead (which holds `added` already). Call inside the import's transaction, after
  /// its last activity row.
  ///
  /// A contact's new timeline is the union of its stored one and its added keys (a key
  /// imported again is one activity); a row is written only when it changes, so importing
  /// the same export again writes none.
  ///
  /// - Complexity: O(added + the stored rows between the first and last block added to);
  ///   a rebuild, O(stored activities).
  func fold(_ added: CollectedActivityKeys?, importID: Int64) throws {
    if try isComplete(excluding: importID) {
      if let added {
        if let stored = try storedEvents(of: added.blocks) {
          try write(
            stored.isEmpty
              ? added.timelines : EncodedTimelines.encoding(added.segment, over: stored))
        } else {
          try rebuild()
        }
      }
    } else {
      try rebuild()
    }
    try database.execute(
      "INSERT OR REPLACE INTO activity_timeline_state (id, import_id) VALUES (1, ?)",
      [.integer(importID)])
  }

  /// Every timeline again, from the `activities` table.
  private func rebuild() throws {
    try database.execute("DELETE FROM activity_timelines")
    try write(EncodedTimelines.encoding(try tableEvents()))
  }

  /// The stored events of those of `blocks` (ascending) that have a row, by block, then
  /// contact key; `nil` when one of them does not decode.
  private func storedEvents(of blocks: [Int64]) throws -> [Int64: [Int64: [TimelineEvent]]]? {
    guard let first = blocks.first, let last = blocks.last else { return [:] }
    var stored: [Int64: [Int64: [TimelineEvent]]] = [:]
    var next = blocks.startIndex
    var decodes = true
    try forEachRow(ofBlocks: first...last) { block, bytes in
      while next < blocks.endIndex && blocks[next] < block { next += 1 }
      guard decodes, next < blocks.endIndex, blocks[next] == block else { return }
      let events = ActivityTimelineCodec.events(bytes, block: block)
      if let events { stored[block] = events } else { decodes = false }
    }
    return decodes ? stored : nil
  }

  /// Every stored activity's key, grouped by contact key, from the `activities` table.
  private func tableEvents() throws -> ActivityLog.Segment {
    let bound = (try database.scalar("SELECT coalesce(max(contact), 0) FROM activities") ?? 0) + 1
    var builder = ActivityLog.Builder(contactCount: Int(bound))
    try database.statement("SELECT contact, occurred_at, type FROM activities").forEachRow { row in
      guard let code = Int32(exactly: row.int64(2)) else {
        throw SQLiteError.corrupt("activities: type id \(row.int64(2)) out of range")
      }
      builder.append(contactAt: Int(row.int64(0)), occurredAt: row.int64(1), typeCode: code)
    }
    return builder.segment(trimmingCapacity: false)
  }

  /// The sorted union of two sorted event lists, each event once.
  static func union(_ left: [TimelineEvent], _ right: [TimelineEvent]) -> [TimelineEvent] {
    var merged: [TimelineEvent] = []
    merged.reserveCapacity(left.count + right.count)
    var (i, j) = (0, 0)
    while i < left.count || j < right.count {
      let next: TimelineEvent
      if j == right.count || (i < left.count && left[i] <= right[j]) {
        next = left[i]
        i += 1
      } else {
        next = right[j]
        j += 1
      }
      if merged.last != next { merged.append(next) }
    }
    return merged
  }

  /// Writes the timelines, up to ``rowsPerStatement`` rows a statement.
  private func write(_ chunks: [EncodedTimelines]) throws {
    let rows = try InsertStatements(
      database, table: "activity_timelines", columns: ["block", "timelines"],
      verb: "INSERT OR REPLACE", rowsPerStatement: Self.rowsPerStatement)
    for chunk in chunks {
      try chunk.bytes.withUnsafeBytes { bytes in
        try rows.insert(rows: chunk.count) { (index, row) throws(SQLiteError) in
          try row.bind(chunk.blocks[index], at: 1)
          try row.bindBlob(UnsafeRawBufferPointer(rebasing: bytes[chunk.range(of: index)]), at: 2)
        }
      }
    }
  }

  /// Rows a statement writes: fewer statements to step, as the import's own writer does.
  static let rowsPerStatement = 64
}
