extension ActivityLog {
  /// One log of the activities of every part, each built for the same contacts — e.g. parts
  /// read on several database connections, each over its own range of contacts.
  ///
  /// Type codes are translated to the first part's (new types appended in order of first
  /// use), and each contact's activities are ordered by time, then type, as
  /// ``Builder/build()`` orders them, so the log is the one a single builder would have
  /// built from all the rows.
  ///
  /// ```swift
  /// let log = ActivityLog(concatenating: [firstHalf, secondHalf])
  /// ```
  ///
  /// - Precondition: `parts` is not empty and every part has the same `contactIDs`.
  /// - Complexity: O(activities + contacts × parts).
  public init(concatenating parts: [ActivityLog]) {
    guard let first = parts.first else { preconditionFailure("no log to concatenate") }
    precondition(
      parts.allSatisfy { $0.contactIDs == first.contactIDs },
      "the parts must be built for the same contacts")
    guard parts.count > 1 else {
      self = first
      return
    }
    self.init(
      contactIndex: first.contactIndex, segment: Segment(joining: parts.map(\.segment)))
  }

  /// The log of `contactIDs` whose activities `segments` hold, joined as
  /// ``init(concatenating:)`` joins logs: segments read by position on several
  /// connections, given their ids once.
  ///
  /// - Precondition: `segments` is not empty and each was built for `contactIDs.count`
  ///   contacts.
  /// - Complexity: O(activities + contacts × segments).
  package init(contactIDs: [String], joining segments: [Segment]) {
    precondition(
      !segments.isEmpty && segments.allSatisfy { $0.contactCount == contactIDs.count },
      "the segments must be built for these contacts")
    self.init(
      contactIndex: IDIndex(contactIDs),
      segment: segments.count == 1 ? segments[0] : Segment(joining: segments))
  }
}

extension ActivityLog.Segment {
  /// The segments joined: type codes translated to the first's, each contact's activities
  /// in (time, type) order.
  ///
  /// Segments over consecutive, separate ranges of contacts with the same types — as the
  /// database's parts are read — are simply laid end to end.
  fileprivate init(joining segments: [Self]) {
    var types = segments[0].types
    let codes = segments.map { Self.translation(of: $0.types, into: &types) }
    let translated = codes.contains { !$0.elementsEqual($0.indices.lazy.map(Int32.init)) }
    let occupied = segments.compactMap(\.occupiedContacts)
    let follow = zip(occupied, occupied.dropFirst()).allSatisfy { $0.upperBound < $1.lowerBound }
    if !translated && follow {
      self = Self(laidEndToEnd: segments, types: types)
    } else {
      self = Self(interleaving: segments, types: types, codes: codes, translated: translated)
    }
  }

  /// Segments whose contacts follow one another: activities copied segment by segment;
  /// contact `c` starts after every segment's activities of the contacts before it.
  private init(laidEndToEnd segments: [Self], types: [ActivityType]) {
    var offsets = segments[0].offsets
    for segment in segments.dropFirst() {
      for contact in offsets.indices { offsets[contact] += segment.offsets[contact] }
    }
    self.init(
      types: types, offsets: offsets, times: Self.concatenated(segments.map(\.times)),
      typeCodes: Self.concatenated(segments.map(\.typeCodes)),
      orphanTimes: segments.flatMap(\.orphanTimes))
  }

  /// The arrays one after the other, copied once into an array of the exact size.
  private static func concatenated<Element>(_ arrays: [[Element]]) -> [Element] {
    var result: [Element] = []
    result.reserveCapacity(arrays.reduce(0) { $0 + $1.count })
    for array in arrays { result.append(contentsOf: array) }
    return result
  }

  /// Any segments: contact by contact, each contact's activities gathered from every
  /// segment and put back in (time, type) order when they came from several or their
  /// codes were translated.
  private init(
    interleaving segments: [Self], types: [ActivityType], codes: [[Int32]], translated: Bool
  ) {
    let total = segments.reduce(0) { $0 + $1.count }
    let contactCount = segments[0].contactCount
    var offsets = [0]
    offsets.reserveCapacity(contactCount + 1)
    var times: [Int64] = []
    var typeCodes: [Int32] = []
    times.reserveCapacity(total)
    typeCodes.reserveCapacity(total)
    for contact in 0..<contactCount {
      var sources = 0
      for (segment, translate) in zip(segments, codes) {
        let range = segment.range(ofContact: contact)
        guard !range.isEmpty else { continue }
        sources += 1
        times.append(contentsOf: segment.times[range])
        typeCodes.append(contentsOf: segment.typeCodes[range].lazy.map { translate[Int($0)] })
      }
      if sources > 1 || translated {
        ActivityLog.Builder.sortByTime(offsets[contact]..<times.count, &times, &typeCodes)
      }
      offsets.append(times.count)
    }
    self.init(
      types: types, offsets: offsets, times: times, typeCodes: typeCodes,
      orphanTimes: segments.flatMap(\.orphanTimes))
  }

  /// The codes in `types` (extended with the types it lacks) of the types `part` codes.
  private static func translation(of part: [ActivityType], into types: inout [ActivityType])
    -> [Int32]
  {
    part.map { type in
      if let code = types.firstIndex(of: type) { return Int32(code) }
      types.append(type)
      return Int32(types.count - 1)
    }
  }
}
