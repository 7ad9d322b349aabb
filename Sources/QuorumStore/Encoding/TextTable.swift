import Foundation

/// Texts, compared by their UTF-8 bytes, each with an integer value: the table of texts
/// ``ReasonCodec`` has met in a run, looked up for every reason of half a million contacts.
///
/// An open-addressing table, at most three quarters full, with linear probing and a fast
/// multiplicative hash of the bytes, eight at a time, seeded per process. `Dictionary`
/// hashes every key with SipHash through `Hasher`, and a `String` key compares through
/// Unicode normalization; here a lookup costs a few multiplications and one `memcmp`. The
/// table never removes a text.
///
/// ```swift
/// var table = TextTable()
/// let (place, value) = table.find("fit.industry.core")  // value: nil
/// table.insert("fit.industry.core", value: 7, at: place)
/// table.find("fit.industry.core").value  // 7
/// ```
struct TextTable: Sendable {
  /// One slot: a text (`nil` when free), its hash and its value, side by side so that a
  /// probe reads one cache line.
  private struct Slot: Sendable {
    var text: String?
    var hash: UInt64 = 0
    var value = 0
  }

  private var slots: [Slot]
  /// The number of texts.
  private(set) var count = 0
  /// The slot mask: the capacity, a power of two, minus one.
  private var mask: Int
  private let seed: UInt64

  /// An empty table with room for `capacity` texts before it grows.
  init(capacity: Int = 64) {
    let size = max(16, (max(capacity, 1) * 4 / 3 + 1).nextPowerOfTwo)
    slots = Array(repeating: Slot(), count: size)
    mask = size - 1
    seed = Self.processSeed
  }

  /// Where ``find(_:)`` found a text, or would put it: the slot, and the text's hash so
  /// that ``insert(_:value:at:)`` does not compute it again.
  struct Place: Sendable {
    fileprivate let slot: Int
    fileprivate let hash: UInt64
  }

  /// The place `text` is in, with its value, or the free place it would go into (value
  /// `nil`), valid until the next ``insert(_:value:at:)``.
  ///
  /// - Complexity: O(the text's length), expected.
  mutating func find(_ text: String) -> (place: Place, value: Int?) {
    if (count + 1) * 4 > (mask + 1) * 3 { grow() }
    return Self.bytes(of: text) { bytes in
      let hash = Self.hash(bytes, seed: seed)
      return slots.withUnsafeBufferPointer { slots in
        var index = Int(truncatingIfNeeded: hash) & mask
        while let stored = slots[index].text {
          if slots[index].hash == hash, Self.bytes(of: stored, { Self.equal($0, bytes) }) {
            return (Place(slot: index, hash: hash), slots[index].value)
          }
          index = (index + 1) & mask
        }
        return (Place(slot: index, hash: hash), nil)
      }
    }
  }

  /// Puts `text` with `value` into `place`, the free place ``find(_:)`` just gave for it.
  ///
  /// - Precondition: `place` is free.
  mutating func insert(_ text: String, value: Int, at place: Place) {
    precondition(slots[place.slot].text == nil, "the slot is taken")
    var text = text
    text.makeContiguousUTF8()
    slots[place.slot] = Slot(text: text, hash: place.hash, value: value)
    count += 1
  }

  /// Sets the value of the text in `place`, a place ``find(_:)`` found it in.
  ///
  /// - Precondition: `place` holds a text.
  mutating func setValue(_ value: Int, at place: Place) {
    precondition(slots[place.slot].text != nil, "no text in the slot")
    slots[place.slot].value = value
  }

  /// Doubles the slots and places every text again.
  private mutating func grow() {
    var larger = TextTable(capacity: mask + 1)
    for slot in slots where slot.text != nil {
      var index = Int(truncatingIfNeeded: slot.hash) & larger.mask
      while larger.slots[index].text != nil { index = (index + 1) & larger.mask }
      larger.slots[index] = slot
    }
    larger.count = count
    self = larger
  }

  /// Calls `body` with `text`'s UTF-8 bytes (copied into contiguous storage first when the
  /// string is bridged or otherwise not stored as UTF-8).
  private static func bytes<Result>(
    of text: String, _ body: (UnsafeRawBufferPointer) -> Result
  ) -> Result {
    if let result = text.utf8.withContiguousStorageIfAvailable({
      body(UnsafeRawBufferPointer($0))
    }) {
      return result
    }
    var copy = text
    copy.makeContiguousUTF8()
    return bytes(of: copy, body)
  }

  private static func equal(_ left: UnsafeRawBufferPointer, _ right: UnsafeRawBufferPointer)
    -> Bool
  {
    guard left.count == right.count else { return false }
    guard let first = left.baseAddress, let second = right.baseAddress else { return true }
    return memcmp(first, second, left.count) == 0
  }

  /// A 64-bit hash of `bytes`: each eight-byte word (the last one zero-padded) mixed in by
  /// a multiply and a rotation, the length folded in, then MurmurHash3's finaliser
  /// (`fmix64`) to spread the bits over the slot mask.
  static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
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

  private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
    let mixed = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
    return (mixed << 31) | (mixed >> 33)
  }

  /// One seed per process, so that texts chosen to collide (they come partly from the
  /// user's data) cannot be prepared in advance.
  private static let processSeed = UInt64.random(in: .min ... .max)
}

extension Int {
  /// The smallest power of two at or above the value (1 for values below 1).
  fileprivate var nextPowerOfTwo: Int {
    self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount)
  }
}
