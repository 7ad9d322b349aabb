extension ActivityLog {
  /// The activities of contacts known only by position: what one database connection
  /// reads of its own range of contacts, without their ids. Segments of the same contacts
  /// join into a log with ``ActivityLog/init(contactIDs:joining:)``.
  package struct Segment: Sendable {
    /// The activity types the codes refer to, in order of first use (or as declared).
    let types: [ActivityType]
    /// Contact `i` owns `offsets[i]..<offsets[i + 1]`.
    let offsets: [Int]
    let times: [Int64]
    let typeCodes: [Int32]
    let orphanTimes: [Int64]

    /// The number of contacts the segment was built for.
    package var contactCount: Int { offsets.count - 1 }

    /// The number of activities of known contacts.
    package var count: Int { times.count }

    /// The positions of contact `index`'s activities in `times` and `typeCodes`.
    func range(ofContact index: Int) -> Range<Int> { offsets[index]..<offsets[index + 1] }

    /// The positions that hold activities, in order.
    package var occupiedPositions: [Int] {
      (0..<contactCount).filter { offsets[$0] < offsets[$0 + 1] }
    }

    /// The times and type codes of position `index`'s activities, ordered by time, then
    /// code — e.g. to store them per contact.
    package func events(at index: Int) -> some Collection<(time: Int64, code: Int32)> {
      range(ofContact: index).lazy.map { (time: times[$0], code: typeCodes[$0]) }
    }

    /// The contacts whose activities the segment holds, from the first to the last with
    /// any (`nil` for none).
    ///
    /// - Complexity: O(log contacts).
    var occupiedContacts: ClosedRange<Int>? {
      guard count > 0 else { return nil }
      // offsets is non-decreasing: the first contact whose end passes 0, the last whose
      // start is before the end.
      let first = offsets.dropFirst().partitioningIndex { $0 > 0 } - 1
      let last = offsets.dropLast().partitioningIndex { $0 >= count } - 1
      return first...last
    }
  }

  /// The log as a segment (its arrays shared, not copied).
  var segment: Segment {
    Segment(
      types: types, offsets: offsets, times: times, typeCodes: typeCodes,
      orphanTimes: orphanTimes)
  }

  /// The log of `segment` for the contacts of `contactIndex`.
  init(contactIndex: IDIndex, segment: Segment) {
    precondition(contactIndex.ids.count == segment.contactCount, "one contact id per position")
    self.init(
      contactIndex: contactIndex, types: segment.types, offsets: segment.offsets,
      times: segment.times, typeCodes: segment.typeCodes, orphanTimes: segment.orphanTimes)
  }
}
