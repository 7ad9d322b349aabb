/// Activities grouped by contact in a compact columnar form: the input the scorer scans.
///
/// Each activity costs 12 bytes (time and an interned type code) instead of a full
/// ``Activity`` value, and a contact's activities are one contiguous range, found by
/// index, so scoring reads each activity once without per-activity allocation or
/// dictionary lookups. Build it from ``Activity`` values, or stream rows into a
/// ``Builder`` (e.g. straight from a database cursor) without materialising them.
///
/// - Complexity: building is O(activities + contacts) time (a counting sort by contact)
///   and about 28 bytes per activity of peak memory.
public struct ActivityLog: Sendable {
  /// The contacts, in the order given; contact `i` owns `offsets[i]..<offsets[i + 1]`.
  public var contactIDs: [String] { contactIndex.ids }
  /// The activity types the log's type codes refer to, in order of first use.
  public let types: [ActivityType]
  /// The number of activities of known contacts.
  public var count: Int { times.count }
  /// The number of activities whose contact is not in `contactIDs`.
  public var orphanCount: Int { orphanTimes.count }

  /// Each contact id's position (of repeated ids the first).
  let contactIndex: IDIndex
  let offsets: [Int]
  let times: [Int64]
  let typeCodes: [Int32]
  let orphanTimes: [Int64]

  /// Groups `activities` by the contacts of `contactIDs`.
  public init(contactIDs: [String], activities: [Activity]) {
    var builder = Builder(contactIDs: contactIDs, reservingCapacity: activities.count)
    for activity in activities {
      builder.append(
        contactID: activity.contactID, occurredAt: activity.occurredAt, type: activity.type)
    }
    self = builder.build()
  }

  init(
    contactIndex: IDIndex, types: [ActivityType], offsets: [Int], times: [Int64],
    typeCodes: [Int32], orphanTimes: [Int64]
  ) {
    self.types = types
    self.contactIndex = contactIndex
    self.offsets = offsets
    self.times = times
    self.typeCodes = typeCodes
    self.orphanTimes = orphanTimes
  }

  /// The positions of contact `index`'s activities in `times` and `typeCodes`.
  func range(ofContact index: Int) -> Range<Int> { offsets[index]..<offsets[index + 1] }

  /// The number of orphan activities visible under `cutoff`.
  func orphanCount(under cutoff: TimeCutoff) -> Int {
    let last = cutoff.lastVisibleMillisecond
    return orphanTimes.reduce(0) { $0 + ($1 <= last ? 1 : 0) }
  }

  /// Collects activities one at a time, then groups them by contact.
  ///
  /// ```swift
  /// var builder = ActivityLog.Builder(contactIDs: ["C1", "C2"])
  /// builder.append(contactID: "C2", occurredAt: t, type: "demo_requested")
  /// let log = builder.build()
  /// ```
  ///
  /// A database cursor can skip the strings: declare each type once with
  /// ``code(of:)`` and append rows by contact position with
  /// ``append(contactAt:occurredAt:typeCode:)``. Rows that arrive grouped by contact (as
  /// a table keyed by contact yields them) are kept in place, without the counting sort.
  /// Without even the ids (``init(contactCount:)``), it builds a ``Segment``.
  public struct Builder: Sendable {
    /// The contacts' ids with their positions; empty for a builder by position only.
    private let contactIndex: IDIndex
    private let contactCount: Int
    private var codeOfType: [ActivityType: Int32] = [:]
    private var types: [ActivityType] = []
    /// Per contact + 1: how many activities it has (prefix sums become the offsets).
    private var counts: [Int]
    /// The contact of each activity; empty while the rows arrive grouped by contact.
    private var contactOf: [Int32] = []
    private var isGrouped = true
    /// The contact of the last row while the rows arrive grouped.
    private var lastGroup = -1
    private var times: [Int64] = []
    private var codes: [Int32] = []
    private var orphanTimes: [Int64] = []
    private var lastContactID: String?
    private var lastContact: Int32 = -1
    private var lastType: ActivityType?
    private var lastCode: Int32 = -1

    /// Starts a log for `contactIDs`; of repeated ids the first counts.
    ///
    /// - Precondition: fewer than 2³¹ contacts.
    public init(contactIDs: [String], reservingCapacity capacity: Int = 0) {
      self.init(
        contactIndex: IDIndex(contactIDs), contactCount: contactIDs.count,
        reservingCapacity: capacity)
    }

    /// Starts a segment for `contactCount` contacts known by position only: rows are
    /// appended with ``append(contactAt:occurredAt:typeCode:)`` and the result is a
    /// ``segment(trimmingCapacity:)``, joined with its contacts' ids later.
    package init(contactCount: Int) {
      self.init(contactIndex: IDIndex(), contactCount: contactCount, reservingCapacity: 0)
    }

    /// A builder by position holding activities collected elsewhere in bulk: the i-th of
    /// the contact at `positions[i]`, at `times[i]`, of type code `typeCodes[i]` — as
    /// ``append(contactAt:occurredAt:typeCode:)`` would have added them one at a time.
    ///
    /// - Precondition: the three arrays have one element per activity; every position is
    ///   in `0..<contactCount`.
    package init(contactCount: Int, positions: [Int32], times: [Int64], typeCodes: [Int32]) {
      precondition(
        positions.count == times.count && times.count == typeCodes.count, "one entry per activity")
      self.init(contactCount: contactCount)
      for position in positions {
        precondition(position >= 0 && Int(position) < contactCount, "contact position out of range")
        counts[Int(position) + 1] += 1
      }
      contactOf = positions
      self.times = times
      codes = typeCodes
      isGrouped = false
    }

    private init(
      contactIndex: IDIndex, contactCount: Int, reservingCapacity capacity: Int
    ) {
      precondition(contactCount >= 0 && contactCount < Int(Int32.max), "contact count out of range")
      self.contactCount = contactCount
      self.contactIndex = contactIndex
      counts = [Int](repeating: 0, count: contactCount + 1)
      times.reserveCapacity(capacity)
      codes.reserveCapacity(capacity)
    }

    /// The position of `contactID` in the log's contacts, or `nil` for an unknown contact.
    public func position(of contactID: String) -> Int? {
      contactIndex[contactID].map(Int.init)
    }

    /// The code of `type` for ``append(contactAt:occurredAt:typeCode:)``, assigned on first
    /// use.
    public mutating func code(of type: ActivityType) -> Int32 {
      if let code = codeOfType[type] { return code }
      let code = Int32(types.count)
      codeOfType[type] = code
      types.append(type)
      return code
    }

    /// Adds one activity. Consecutive rows of the same contact or type (as a cursor ordered
    /// by contact yields them) skip the hash lookup.
    public mutating func append(contactID: String, occurredAt: Timestamp, type: ActivityType) {
      precondition(contactIndex.ids.count == contactCount, "a builder by position takes positions")
      if contactID != lastContactID {
        lastContactID = contactID
        lastContact = contactIndex[contactID] ?? -1
      }
      guard lastContact >= 0 else {
        orphanTimes.append(occurredAt.millisecondsSince1970)
        return
      }
      if type != lastType {
        lastType = type
        lastCode = code(of: type)
      }
      append(
        contactAt: Int(lastContact), occurredAt: occurredAt.millisecondsSince1970,
        typeCode: lastCode)
    }

    /// Adds one activity of the contact at `position` in the log's contacts (−1: an
    /// activity of an unknown contact), of the type coded `typeCode` by ``code(of:)``.
    ///
    /// - Precondition: `position` is −1 or a valid position; `typeCode` came from
    ///   ``code(of:)``.
    public mutating func append(contactAt position: Int, occurredAt: Int64, typeCode: Int32) {
      guard position >= 0 else {
        orphanTimes.append(occurredAt)
        return
      }
      precondition(position < contactCount, "contact position out of range")
      if isGrouped && position < lastGroup { ungroup() }
      if isGrouped {
        lastGroup = position
      } else {
        contactOf.append(Int32(position))
      }
      counts[position + 1] += 1
      times.append(occurredAt)
      codes.append(typeCode)
    }

    /// Switches to the counting sort: rows no longer arrive grouped by contact.
    private mutating func ungroup() {
      isGrouped = false
      contactOf.reserveCapacity(times.capacity)
      for contact in 0..<contactCount {
        contactOf.append(contentsOf: repeatElement(Int32(contact), count: counts[contact + 1]))
      }
    }

    /// Groups the activities by contact (a counting sort) and orders each contact's by time
    /// (then type), so the log — and every score computed from it — does not depend on the
    /// order the activities were appended in. Rows that arrived grouped are moved, not
    /// copied: build once, the builder is left without activities.
    public mutating func build() -> ActivityLog {
      precondition(
        contactIndex.ids.count == contactCount, "a builder by position builds segments")
      return ActivityLog(contactIndex: contactIndex, segment: segment(trimmingCapacity: true))
    }

    /// ``build()`` without the contacts' ids: the segment of a builder by position
    /// (``init(contactCount:)``), for ``ActivityLog/init(contactIDs:joining:)``. With
    /// `trimmingCapacity` false, rows that arrived grouped keep their arrays' grown capacity:
    /// for a segment that the join copies once more anyway, at the joined size.
    package mutating func segment(trimmingCapacity: Bool) -> Segment {
      var offsets = counts
      for index in 0..<contactCount { offsets[index + 1] += offsets[index] }
      var sortedTimes: [Int64] = []
      var sortedCodes: [Int32] = []
      if isGrouped && !trimmingCapacity {
        sortedTimes = times
        sortedCodes = codes
        times = []
        codes = []
      } else if isGrouped {
        // Copied at their exact size: the growing arrays kept up to twice the capacity.
        sortedTimes = times.withUnsafeBufferPointer { Array($0) }
        sortedCodes = codes.withUnsafeBufferPointer { Array($0) }
        times = []
        codes = []
      } else {
        var next = offsets
        sortedTimes = [Int64](repeating: 0, count: times.count)
        sortedCodes = [Int32](repeating: 0, count: codes.count)
        for position in contactOf.indices {
          let contact = Int(contactOf[position])
          let target = next[contact]
          next[contact] = target + 1
          sortedTimes[target] = times[position]
          sortedCodes[target] = codes[position]
        }
      }
      for contact in 0..<contactCount {
        Self.sortByTime(offsets[contact]..<offsets[contact + 1], &sortedTimes, &sortedCodes)
      }
      return Segment(
        types: types, offsets: offsets, times: sortedTimes, typeCodes: sortedCodes,
        orphanTimes: orphanTimes)
    }

    /// Sorts one contact's events by (time, type code) unless they already are.
    static func sortByTime(
      _ range: Range<Int>, _ times: inout [Int64], _ codes: inout [Int32]
    ) {
      let isSorted = zip(range.dropLast(), range.dropFirst()).allSatisfy {
        (times[$0], codes[$0]) <= (times[$1], codes[$1])
      }
      guard !isSorted else { return }
      let events = range.map { (times[$0], codes[$0]) }.sorted { $0 < $1 }
      for (offset, event) in events.enumerated() {
        times[range.lowerBound + offset] = event.0
        codes[range.lowerBound + offset] = event.1
      }
    }
  }
}
