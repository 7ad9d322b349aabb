#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A hash map from byte strings to integers, looked up with borrowed bytes: the natural
/// keys of an import (`account_id`, `contact_id`, activity types) resolved straight from a
/// CSV field, without creating a `String` or hashing it with SipHash.
///
/// Open addressing with linear probing over a power-of-two table kept at most half full;
/// keys are copied once into one byte arena. Not a general-purpose dictionary: no removal,
/// and iteration order is not defined (nothing iterates it).
///
/// - Complexity: lookups and insertions O(key length) expected.
struct ByteKeyMap: Sendable {
  private struct Slot: Sendable {
    var value: Int64 = 0
    var offset: UInt32 = 0
    /// `UInt32.max` marks an empty slot.
    var length: UInt32 = .max
  }

  private var arena: [UInt8] = []
  private var slots = [Slot](repeating: Slot(), count: 16)
  /// The number of keys.
  private(set) var count = 0

  /// Creates an empty map.
  init() {}

  /// The value stored for `key`, if any.
  func value(for key: UnsafeBufferPointer<UInt8>) -> Int64? {
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: Self.hash(key)) & mask
    return slots.withUnsafeBufferPointer { slots in
      arena.withUnsafeBufferPointer { arena in
        while true {
          let slot = slots[index]
          if slot.length == .max { return nil }
          if Int(slot.length) == key.count
            && Self.equal(arena, Int(slot.offset), key)
          {
            return slot.value
          }
          index = (index + 1) & mask
        }
      }
    }
  }

  /// The value stored for the UTF-8 bytes of `key`, if any.
  func value(for key: String) -> Int64? {
    var key = key
    return key.withUTF8 { value(for: $0) }
  }

  /// Stores `value` for `key`, replacing any value it had.
  mutating func set(_ value: Int64, for key: UnsafeBufferPointer<UInt8>) {
    if (count + 1) * 2 > slots.count { grow() }
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: Self.hash(key)) & mask
    while slots[index].length != .max {
      let slot = slots[index]
      let found = arena.withUnsafeBufferPointer {
        Int(slot.length) == key.count && Self.equal($0, Int(slot.offset), key)
      }
      if found {
        slots[index].value = value
        return
      }
      index = (index + 1) & mask
    }
    precondition(arena.count + key.count < Int(UInt32.max), "keys fit in 4 GiB")
    slots[index] = Slot(value: value, offset: UInt32(arena.count), length: UInt32(key.count))
    arena.append(contentsOf: key)
    count += 1
  }

  /// Stores `value` for the UTF-8 bytes of `key`.
  mutating func set(_ value: Int64, for key: String) {
    var key = key
    key.withUTF8 { set(value, for: $0) }
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(), count: old.count * 2)
    let mask = slots.count - 1
    arena.withUnsafeBufferPointer { arena in
      for slot in old where slot.length != .max {
        let key = UnsafeBufferPointer(
          rebasing: arena[Int(slot.offset)..<(Int(slot.offset) + Int(slot.length))])
        var index = Int(truncatingIfNeeded: Self.hash(key)) & mask
        while slots[index].length != .max { index = (index + 1) & mask }
        slots[index] = slot
      }
    }
  }

  @inline(__always)
  private static func equal(
    _ arena: UnsafeBufferPointer<UInt8>, _ offset: Int, _ key: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard let base = arena.baseAddress, let bytes = key.baseAddress else { return key.isEmpty }
    return memcmp(base + offset, bytes, key.count) == 0
  }

  /// A 64-bit multiply-xorshift hash of the key, eight bytes at a time.
  @inline(__always)
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash = UInt64(truncatingIfNeeded: key.count) &* multiplier
    guard let base = key.baseAddress else { return hash }
    let raw = UnsafeRawPointer(base)
    var index = 0
    while index + 8 <= key.count {
      hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* multiplier
      hash ^= hash >> 29
      index += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while index < key.count {
      tail |= UInt64(key[index]) << shift
      shift += 8
      index += 1
    }
    hash = (hash ^ tail) &* multiplier
    return hash ^ (hash >> 32)
  }
}
