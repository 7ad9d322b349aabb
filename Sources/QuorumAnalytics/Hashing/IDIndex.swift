import Foundation

/// Ids numbered by position: each distinct id's first position in a list of ids, found by
/// its bytes (by its NFC form's when it is not ASCII) — e.g. half a million contact ids, looked up by every answer and activity
/// that names a contact.
///
/// An open-addressing table, at most half full, with linear probing over 64-bit slots that
/// each hold a position and 32 bits of the id's ``ByteHash`` (so a probe rarely compares
/// ids). It refers to the ids by position and holds no copy of them. Building it costs a
/// fraction of a `[String: Int32]` dictionary's SipHash and Unicode-aware comparisons.
///
/// Ids match as `String`s do, by canonical equivalence ("é" precomposed or as "e" and a
/// combining accent is one id), so the index agrees with every dictionary keyed by id: an
/// ASCII id (the usual CRM key) is hashed and compared by its bytes, which are its own
/// normal form; any other by the bytes of its NFC form (Foundation's normalisation, which
/// agrees with the standard library's comparison as far as their Unicode versions agree).
///
/// ```swift
/// var index = IDIndex(["C1", "C2", "C1"])
/// index["C1"]  // 0: of repeated ids the first counts
/// index["C9"]  // nil
/// index.append("C9")  // 3
/// ```
package struct IDIndex: Sendable {
  /// The ids, in order, repeats included.
  package private(set) var ids: [String]
  /// The number of distinct ids.
  package private(set) var count = 0
  /// Each slot: 0 when free, else the id's hash tag (high half) and its position + 1.
  private var slots: [UInt64]
  /// The slot mask: the capacity, a power of two, minus one.
  private var mask: Int
  private let seed = ByteHash.processSeed

  /// An index of no ids.
  package init() { self.init([]) }

  /// The index of `ids`.
  ///
  /// - Precondition: fewer than 2³¹ ids.
  /// - Complexity: O(the ids' total length), expected.
  package init(_ ids: [String]) {
    precondition(ids.count < Int(Int32.max), "too many ids")
    self.ids = ids
    (slots, mask) = Self.emptySlots(holding: ids.count)
    for position in ids.indices {
      Self.withKey(of: ids[position]) { bytes in
        let hash = ByteHash.hash(bytes, seed: seed)
        let (slot, found) = find(bytes, hash: hash)
        if found == nil { occupy(slot, hash: hash, position: position) }
      }
    }
  }

  /// The first position of `id`, or `nil` when it is not indexed.
  ///
  /// - Complexity: O(the id's length), expected.
  package subscript(id: String) -> Int32? {
    Self.withKey(of: id) { bytes in
      find(bytes, hash: ByteHash.hash(bytes, seed: seed)).position
    }
  }

  /// The first position of `id`, appending it to ``ids`` when it is new.
  ///
  /// - Precondition: fewer than 2³¹ − 1 ids before.
  package mutating func append(_ id: String) -> Int32 {
    if (count + 1) * 2 > mask + 1 { grow() }
    return Self.withKey(of: id) { bytes in
      let hash = ByteHash.hash(bytes, seed: seed)
      let (slot, found) = find(bytes, hash: hash)
      if let found { return found }
      precondition(ids.count < Int(Int32.max) - 1, "too many ids")
      ids.append(id)
      occupy(slot, hash: hash, position: ids.count - 1)
      return Int32(ids.count - 1)
    }
  }

  /// The slot holding the id of `bytes` with its position, or the free slot it would take.
  private func find(_ bytes: UnsafeRawBufferPointer, hash: UInt64) -> (
    slot: Int, position: Int32?
  ) {
    let tag = hash >> 32
    return slots.withUnsafeBufferPointer { slots in
      ids.withUnsafeBufferPointer { ids in
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
          let entry = slots[slot]
          let position = Int(entry & 0xFFFF_FFFF) - 1
          // A stored id whose own bytes are the key is that id (it is in NFC); only an id
          // stored in another form is normalised to compare.
          if entry >> 32 == tag,
            ByteHash.text(ids[position], hasBytes: bytes)
              || Self.withKey(of: ids[position], { ByteHash.equal($0, bytes) })
          {
            return (slot, Int32(position))
          }
          slot = (slot + 1) & mask
        }
        return (slot, nil)
      }
    }
  }

  private mutating func occupy(_ slot: Int, hash: UInt64, position: Int) {
    slots[slot] = (hash >> 32) << 32 | UInt64(position + 1)
    count += 1
  }

  /// Doubles the slots and places every indexed id again.
  private mutating func grow() {
    let entries = slots.filter { $0 != 0 }
    (slots, mask) = Self.emptySlots(holding: (mask + 1))
    for entry in entries {
      let hash = Self.withKey(of: ids[Int(entry & 0xFFFF_FFFF) - 1]) {
        ByteHash.hash($0, seed: seed)
      }
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = entry
    }
  }

  /// Calls `body` with the bytes `id` is hashed and compared by: its UTF-8 bytes when they
  /// are ASCII, else those of its NFC form, so that canonically equivalent ids are one.
  private static func withKey<Result>(
    of id: String, _ body: (UnsafeRawBufferPointer) -> Result
  ) -> Result {
    ByteHash.withBytes(of: id) { bytes in
      guard bytes.contains(where: { $0 >= 0x80 }) else { return body(bytes) }
      return ByteHash.withBytes(of: id.precomposedStringWithCanonicalMapping, body)
    }
  }

  /// Free slots for `count` ids at most half full, and their mask.
  private static func emptySlots(holding count: Int) -> ([UInt64], Int) {
    let capacity = max(16, (count * 2).nextPowerOfTwo)
    return ([UInt64](repeating: 0, count: capacity), capacity - 1)
  }
}
