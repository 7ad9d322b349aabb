import QuorumAnalytics

/// Texts that repeat across rows, made into `String`s once and shared: a column such as a
/// contact's title or company holds a few hundred or a few thousand distinct values over
/// half a million rows, and each row otherwise allocates, validates and copies its own.
///
/// Equal bytes give the same string storage, so later comparisons of two such values are
/// also cheaper. Up to `limit` distinct texts are kept; past it, new texts are made as
/// usual (a column of unique values costs a lookup per row, not unbounded memory).
///
/// ```swift
/// var titles = TextInterner()
/// let first = titles.text("VP Marketing".utf8)   // made
/// let second = titles.text("VP Marketing".utf8)  // shared with `first`
/// ```
struct TextInterner {
  private var table = TextTable()
  private let limit: Int

  /// An interner keeping up to `limit` distinct texts.
  init(limit: Int = 1 << 17) {
    precondition(limit >= 0, "a negative limit")
    self.limit = limit
  }

  /// The number of texts kept.
  var count: Int { table.count }

  /// The text whose UTF-8 bytes are `bytes` (invalid sequences repaired, as
  /// `String(decoding:as:)` does; such a text is not kept).
  mutating func text(_ bytes: UnsafeRawBufferPointer) -> String {
    let (place, found) = table.find(bytes: bytes)
    if found != nil { return table.text(at: place) }
    let text = String(decoding: bytes, as: UTF8.self)
    // A repaired text's bytes differ from the row's (not always in number: a four-byte
    // sequence cut short by one is repaired to three bytes): it could never be found again.
    if table.count < limit && ByteHash.text(text, hasBytes: bytes) {
      table.insert(text, value: 0, at: place)
    }
    return text
  }

  /// ``text(_:)`` of a sequence's bytes (for tests and literals).
  mutating func text(_ utf8: some Collection<UInt8>) -> String {
    Array(utf8).withUnsafeBytes { text($0) }
  }
}
