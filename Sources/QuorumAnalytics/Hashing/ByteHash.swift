import Foundation

/// A fast, seeded 64-bit hash of a text's UTF-8 bytes, for the open-addressing tables that
/// look up hundreds of thousands of ids and texts (``IDIndex``, the reason codec's text
/// table).
///
/// `Dictionary` hashes every key with SipHash through `Hasher`, and a `String` key compares
/// through Unicode normalization; here a lookup costs a few multiplications and one
/// `memcmp`. Texts therefore match by their bytes: two spellings that are canonically
/// equivalent but encoded differently are different texts (``IDIndex`` hashes a non-ASCII
/// id's NFC form, so that its ids match as strings do).
///
/// ```swift
/// let hash = ByteHash.hash(of: "C000042", seed: ByteHash.processSeed)
/// ```
package enum ByteHash {
  /// A 64-bit hash of `bytes`: each eight-byte word (the last one zero-padded) mixed in by
  /// a multiply and a rotation, the length folded in, then MurmurHash3's finaliser
  /// (`fmix64`) to spread the bits over a table's slot mask.
  ///
  /// - Complexity: O(`bytes.count`).
  package static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
    var hash = seed ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
    var offset = 0
    while offset + 8 <= bytes.count {
      hash = mix(hash, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      offset += 8
    }
    if offset < bytes.count {
      var tail: UInt64 = 0
      for index in offset..<bytes.count {
        tail |= UInt64(bytes[index]) << (8 * UInt64(index - offset))
      }
      hash = mix(hash, tail)
    }
    hash ^= hash >> 33
    hash &*= 0xFF51_AFD7_ED55_8CCD
    hash ^= hash >> 33
    hash &*= 0xC4CE_B9FE_1A85_EC53
    hash ^= hash >> 33
    return hash
  }

  /// The hash of `text`'s UTF-8 bytes.
  package static func hash(of text: String, seed: UInt64) -> UInt64 {
    withBytes(of: text) { hash($0, seed: seed) }
  }

  /// Calls `body` with `text`'s UTF-8 bytes (copied into contiguous storage first when the
  /// string is bridged or otherwise not stored as UTF-8).
  ///
  /// Internal: a generic called from another module runs unspecialised (its result type's
  /// metadata looked up on every call); other modules use `String.withUTF8`.
  static func withBytes<Result>(
    of text: String, _ body: (UnsafeRawBufferPointer) -> Result
  ) -> Result {
    if let result = text.utf8.withContiguousStorageIfAvailable({
      body(UnsafeRawBufferPointer($0))
    }) {
      return result
    }
    var copy = text
    copy.makeContiguousUTF8()
    return withBytes(of: copy, body)
  }

  /// Whether `text`'s UTF-8 bytes are `bytes`.
  package static func text(_ text: String, hasBytes bytes: UnsafeRawBufferPointer) -> Bool {
    withBytes(of: text) { equal($0, bytes) }
  }

  /// Whether two byte buffers hold the same bytes (one `memcmp`).
  package static func equal(_ left: UnsafeRawBufferPointer, _ right: UnsafeRawBufferPointer)
    -> Bool
  {
    guard left.count == right.count else { return false }
    guard let first = left.baseAddress, let second = right.baseAddress else { return true }
    return memcmp(first, second, left.count) == 0
  }

  /// One seed per process, so that texts chosen to collide (they come partly from the
  /// user's data) cannot be prepared in advance.
  package static let processSeed = UInt64.random(in: .min ... .max)

  private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
    let mixed = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
    return (mixed << 31) | (mixed >> 33)
  }
}
