/// The codes of texts met lately, found by the text's storage rather than its bytes.
///
/// The reasons of an account's contacts repeat the same feature names and fit details, and
/// each is one `String` that every reason naming it shares: a text met again is usually the
/// very same storage. Here a hit costs a pointer comparison where ``TextTable`` hashes the
/// bytes and compares them (with ``AccountScoreParts``, in one build: `quorum score` at
/// 50,000 accounts 6.91 → 6.73 CPU-seconds).
///
/// Only texts longer than 15 UTF-8 bytes are cached: a shorter one may be held inside the
/// `String` value itself, whose bytes have no lasting address (and it costs little to
/// hash). Each entry keeps its `String`, so that the storage cannot be freed, and its
/// address taken by another text, while the entry stands. A text whose storage is not
/// contiguous UTF-8 (a bridged string) is never cached.
///
/// ```swift
/// var cache = TextIdentityCache()
/// let feature = "engagement.whitepaper_download"
/// cache.remember(feature, code: 3)
/// cache.code(of: feature)  // 3
/// cache.code(of: String(feature.reversed().reversed()))  // nil: same text, other storage
/// ```
struct TextIdentityCache: Sendable {
  private struct Entry: Sendable {
    /// The text, kept alive while the entry stands.
    var text: String
    var address: UInt
    var count: Int
    var code: Int
  }

  /// Direct-mapped entries: a text's storage address picks its one entry.
  private var entries: [Entry?]

  /// An empty cache of `capacity` entries (rounded up to a power of two).
  init(capacity: Int = 256) {
    entries = Array(repeating: nil, count: max(capacity, 1).nextPowerOfTwo)
  }

  /// The code remembered for `text`'s storage, or `nil`: never met, met in another storage,
  /// or its entry since taken by another text.
  ///
  /// - Complexity: O(1).
  func code(of text: String) -> Int? {
    guard let address = Self.address(of: text),
      let entry = entries[slot(address)],
      entry.address == address && entry.count == text.utf8.count
    else { return nil }
    return entry.code
  }

  /// Remembers `code` for `text`'s storage (when it has a lasting one), in place of the
  /// entry its address maps to.
  mutating func remember(_ text: String, code: Int) {
    guard let address = Self.address(of: text) else { return }
    entries[slot(address)] = Entry(
      text: text, address: address, count: text.utf8.count, code: code)
  }

  private func slot(_ address: UInt) -> Int {
    Int(truncatingIfNeeded: (address >> 4) ^ (address >> 12)) & (entries.count - 1)
  }

  /// Where `text`'s UTF-8 bytes are stored, when that outlasts the call: a text longer
  /// than any `String` holds inline, stored contiguously.
  private static func address(of text: String) -> UInt? {
    guard text.utf8.count > 15 else { return nil }
    return text.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.baseAddress.map { UInt(bitPattern: $0) }
    } ?? nil
  }
}
