import QuorumAnalytics

/// The reasons of consecutive rows (a block's contacts, or its accounts) encoded one row
/// after the other by one ``ReasonCodec``, each row's bytes found by position.
struct EncodedReasons: Sendable {
  /// Every row's bytes, one row after the other.
  private(set) var bytes: [UInt8] = []
  /// Where each row's bytes end in ``bytes``.
  private(set) var ends: [Int] = []

  /// No rows.
  init() {}

  /// Appends a row: `reasons` encoded with `codec` (new texts are interned into it).
  ///
  /// - Complexity: O(reasons).
  mutating func append(_ reasons: [ReasonCode], codec: inout ReasonCodec) {
    codec.encode(reasons, into: &bytes)
    ends.append(bytes.count)
  }

  /// The number of rows.
  var count: Int { ends.count }

  /// The bytes of row `row`.
  func range(ofRow row: Int) -> Range<Int> {
    (row == 0 ? 0 : ends[row - 1])..<ends[row]
  }
}
