import Foundation

/// The bytes of one row of `score_text_blocks`: up to ``capacity`` of a run's interned
/// reason texts (``ReasonCodec``), consecutive by code, each its UTF-8 length as a varint
/// then its bytes. The row's key is its first text's code.
///
/// A run interned 105,832 texts at 50,000 accounts (each account's fit details, met by
/// every one of its contacts; 61,797 once rollup ranks were kept as numbers); a row each
/// took SQLite 0.06 s to insert and 0.03 s to delete when the run was replaced. `explain` reads the one block that holds a code.
///
/// ```swift
/// let bytes = ScoreTextBlock.encode(["fit.industry.core", "core"])
/// ScoreTextBlock.text(at: 1, in: bytes)  // "core"
/// ```
enum ScoreTextBlock {
  /// The storage format this version writes (`score_runs.text_format`): 1, texts in blocks;
  /// 0 is runs stored before, a `score_texts` row a text.
  static let format = 1

  /// Texts a block holds (the last block of a run may hold fewer).
  static let capacity = 1_024

  /// The bytes of a block of `texts`.
  ///
  /// - Complexity: O(the texts' bytes).
  static func encode(_ texts: some Collection<String>) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count + 2 })
    for text in texts {
      let utf8 = text.utf8
      Varint.append(UInt64(utf8.count), to: &bytes)
      bytes.append(contentsOf: utf8)
    }
    return bytes
  }

  /// The text at `offset` (0 for the block's first) of a block's bytes; `nil` when the
  /// block holds fewer texts, or its bytes are not a block of texts.
  ///
  /// - Complexity: O(the bytes up to the text).
  static func text(at offset: Int, in bytes: some RandomAccessCollection<UInt8>) -> String? {
    guard offset >= 0 else { return nil }
    var reader = VarintReader(bytes: Array(bytes))
    for _ in 0..<offset {
      guard let length = reader.next(), reader.bytes(count: Int(clamping: length)) != nil else {
        return nil
      }
    }
    guard let length = reader.next(), let utf8 = reader.bytes(count: Int(clamping: length))
    else { return nil }
    return String(bytes: utf8, encoding: .utf8)
  }
}
