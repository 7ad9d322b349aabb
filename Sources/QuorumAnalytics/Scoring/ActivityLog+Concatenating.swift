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
    var types = first.types
    let codes = parts.map { Self.translation(of: $0.types, into: &types) }
    let translated = codes.contains { !$0.elementsEqual($0.indices.lazy.map(Int32.init)) }
    let total = parts.reduce(0) { $0 + $1.count }
    var offsets = [0]
    offsets.reserveCapacity(first.contactIDs.count + 1)
    var times: [Int64] = []
    var typeCodes: [Int32] = []
    times.reserveCapacity(total)
    typeCodes.reserveCapacity(total)
    for contact in first.contactIDs.indices {
      var sources = 0
      for (part, translate) in zip(parts, codes) {
        let range = part.range(ofContact: contact)
        guard !range.isEmpty else { continue }
        sources += 1
        times.append(contentsOf: part.times[range])
        typeCodes.append(contentsOf: part.typeCodes[range].lazy.map { translate[Int($0)] })
      }
      // Events of one contact from several parts, or whose codes were translated, are
      // put back in (time, type) order.
      if sources > 1 || translated {
        Builder.sortByTime(offsets[contact]..<times.count, &times, &typeCodes)
      }
      offsets.append(times.count)
    }
    self.init(
      contactIDs: first.contactIDs, types: types, contactIndex: first.contactIndex,
      offsets: offsets, times: times, typeCodes: typeCodes,
      orphanTimes: parts.flatMap(\.orphanTimes))
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
