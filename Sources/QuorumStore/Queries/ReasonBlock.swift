import QuorumAnalytics

/// The reasons of one chunk of a scoring run — its accounts' contacts, then each account —
/// encoded as the scorer explains them (``ReasonRecorder``), by a codec of the block's own:
/// blocks are filled on every core at once, each interning its texts under codes of its
/// own that count from 0. A snapshot stores a block's texts under codes counting from the
/// block's base (the texts of the blocks before it), and opens each of its rows with that
/// base (``ReasonCodec/format`` 3 and later).
///
/// ```swift
/// let (view, reasons) = try pipeline.run(data, activities: log, asOf: date) { ReasonBlock() }
/// try ScoreSnapshotStore(database: database).save(view, reasons: reasons, createdAt: .now)
/// ```
package struct ReasonBlock: ReasonRecorder {
  /// The codec of the block's texts.
  private var codec: ReasonCodec
  /// The contacts' rows, in the order they were recorded.
  private(set) var contacts = EncodedReasons()
  /// The accounts' rows, in the order they were recorded.
  private(set) var accounts = EncodedReasons()

  /// An empty block, with room for about `expectedTexts` texts before its table grows.
  package init(expectedTexts: Int = 16_384) {
    codec = ReasonCodec(expectedTexts: expectedTexts)
  }

  /// The texts the block interned, by code (from 0).
  var texts: [String] { codec.texts }

  /// Encodes the next contact's reasons as its row.
  package mutating func recordContact(_ reasons: [ReasonCode]) {
    contacts.append(reasons, codec: &codec)
  }

  /// Encodes the next account's reasons as its row.
  package mutating func recordAccount(_ reasons: [ReasonCode]) {
    accounts.append(reasons, codec: &codec)
  }
}
