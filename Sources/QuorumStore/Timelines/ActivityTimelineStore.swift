import QuorumAnalytics

/// The `activity_timelines` table: each contact's activities by key only, one compact row
/// per contact (``ActivityTimelineCodec``), kept in step with `activities` by the import in
/// its own transaction. Scoring, calibration and the reports read every contact's
/// activities from here: a tenth of the bytes of a scan of `activities`.
///
/// Only the import writes activities, so the two tables cannot drift apart. A database
/// created before the table existed (migration v5) holds activities without timelines
/// until its next import builds them all; until then ``isComplete()`` is false and
/// readers scan `activities`, as before.
struct ActivityTimelineStore {
  let database: Database

  /// Whether every stored activity is in its contact's timeline.
  func isComplete() throws -> Bool {
    try database.scalar("SELECT complete FROM activity_timeline_state WHERE id = 1") == 1
  }

  /// Calls `body` with each stored timeline of a contact whose key lies in `keys`, in key
  /// order: the contact's key and the timeline's bytes, valid during the call (decode them
  /// with ``ActivityTimelineCodec/decode(_:_:)``).
  func forEachTimeline(
    ofContactKeys keys: ClosedRange<Int64>,
    _ body: (_ contact: Int64, _ bytes: UnsafeRawBufferPointer) throws -> Void
  ) throws {
    try database.statement(
      "SELECT contact, events FROM activity_timelines WHERE contact BETWEEN ? AND ? ORDER BY contact"
    ).forEachRow([.integer(keys.lowerBound), .integer(keys.upperBound)]) { row in
      try row.withBlob(1) { try body(row.int64(0), $0) }
    }
  }

  /// Brings the timelines up to date with the activity keys an import wrote (`added`) and
  /// marks them complete. When they were not complete, every timeline is rebuilt from the
  /// `activities` table instead (which holds `added` already). Call inside the import's
  /// transaction, after its last activity row.
  ///
  /// A contact's new timeline is the union of its stored one and its added keys (a key
  /// imported again is one activity); a row is written only when it changes, so importing
  /// the same export again writes none.
  ///
  /// - Complexity: O(added + stored timelines of the contacts added to); the timelines
  ///   are encoded on every core.
  func fold(_ added: CollectedActivityKeys?) throws {
    if try isComplete() {
      if let added {
        let stored = try storedEvents(of: added.contacts)
        try write(
          stored.isEmpty
            ? added.timelines
            : EncodedTimelines.encoding(added.segment, contacts: added.contacts, over: stored))
      }
    } else {
      try database.execute("DELETE FROM activity_timelines")
      let all = try tableEvents()
      try write(EncodedTimelines.encoding(all, contacts: all.occupiedPositions))
    }
    try database.execute("UPDATE activity_timeline_state SET complete = 1 WHERE id = 1")
  }

  /// The stored events of those of `contacts` (sorted keys) that have a timeline.
  private func storedEvents(of contacts: [Int]) throws -> [Int64: [TimelineEvent]] {
    guard let first = contacts.first, let last = contacts.last else { return [:] }
    var stored: [Int64: [TimelineEvent]] = [:]
    var next = contacts.startIndex
    try forEachTimeline(ofContactKeys: Int64(first)...Int64(last)) { contact, bytes in
      while next < contacts.endIndex && contacts[next] < contact { next += 1 }
      guard next < contacts.endIndex, contacts[next] == contact else { return }
      guard let events = ActivityTimelineCodec.events(bytes) else {
        throw SQLiteError.corrupt(
          "activity_timelines: the row of contact \(contact) is not a timeline")
      }
      stored[contact] = events
    }
    return stored
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
    for chunk in chunks {
      try chunk.bytes.withUnsafeBytes { bytes in
        var start = 0
        while start < chunk.count {
          let end = min(start + Self.rowsPerStatement, chunk.count)
          try insertStatement(rows: end - start).execute { row throws(SQLiteError) in
            for index in start..<end {
              let parameter = Int32(2 * (index - start))
              try row.bind(chunk.contacts[index], at: parameter + 1)
              try row.bindBlob(
                UnsafeRawBufferPointer(rebasing: bytes[chunk.range(of: index)]), at: parameter + 2)
            }
          }
          start = end
        }
      }
    }
  }

  /// Rows a statement writes: fewer statements to step, as the import's own writer does.
  static let rowsPerStatement = 64

  private func insertStatement(rows: Int) throws -> Statement {
    try database.statement(
      rows == Self.rowsPerStatement ? Self.fullInsert : Self.insert(rows: rows))
  }

  private static let fullInsert = insert(rows: rowsPerStatement)

  private static func insert(rows: Int) -> String {
    "INSERT OR REPLACE INTO activity_timelines (contact, events) VALUES "
      + repeatElement("(?, ?)", count: rows).joined(separator: ", ")
  }
}
