import QuorumAnalytics

/// The reasons of consecutive rows (a batch of a snapshot's contacts, or its accounts)
/// encoded one row after the other by one ``ReasonCodec``, each row's bytes found by
/// position.
struct EncodedReasons: Sendable {
  /// Every row's bytes, one row after the other.
  private(set) var bytes: [UInt8] = []
  /// Where each row's bytes end in ``bytes``.
  private(set) var ends: [Int] = []

  /// The rows `0..<count`, row `i` the reasons `reasons(i)`, encoded with `codec` (new
  /// texts are interned into it).
  ///
  /// - Complexity: O(reasons).
  init(rows count: Int, codec: inout ReasonCodec, _ reasons: (Int) -> [ReasonCode]) {
    ends.reserveCapacity(count)
    for row in 0..<count {
      codec.encode(reasons(row), into: &bytes)
      ends.append(bytes.count)
    }
  }

  /// The number of rows.
  var count: Int { ends.count }

  /// The bytes of row `row`.
  func range(ofRow row: Int) -> Range<Int> {
    (row == 0 ? 0 : ends[row - 1])..<ends[row]
  }
}
