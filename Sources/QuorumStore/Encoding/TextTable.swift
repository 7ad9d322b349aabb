import QuorumAnalytics

/// Texts, compared by their UTF-8 bytes, each with an integer value: the table of texts
/// ``ReasonCodec`` has met in a run, looked up for every reason of half a million contacts,
/// and of the texts a ``TextInterner`` keeps.
///
/// An open-addressing table, at most three quarters full, with linear probing and
/// ``ByteHash`` (a lookup costs a few multiplications and one `memcmp`, where `Dictionary`
/// hashes through SipHash and compares through Unicode normalization). The table never
/// removes a text.
///
/// ```swift
/// var table = TextTable()
/// let (place, value) = table.find("fit.industry.core")  // value: nil
/// table.insert("fit.industry.core", value: 7, at: place)
/// table.find("fit.industry.core").value  // 7
/// ```
struct TextTable: Sendable {
  /// One slot: where its text's bytes are, its hash and its value, side by side so that a
  /// probe reads one cache line. A used slot's hash is never 0 (see ``slotHash(of:)``), so
  /// a probe tells a free slot by its hash; a hash that matches is confirmed against the
  /// text's bytes in ``bytes``, without touching (and retaining) a `String`.
  private struct Slot: Sendable {
    var hash: UInt64 = 0
    var value = 0
    /// The text's bytes in ``bytes``.
    var start: UInt32 = 0
    var length: UInt32 = 0
    /// The text's position in ``texts``.
    var ordinal: UInt32 = 0
  }

  private var slots: [Slot]
  /// Every text's UTF-8 bytes, one after the other, in the order they were inserted.
  private var bytes: [UInt8] = []
  /// Every text, in the order it was inserted, when the table keeps them (``text(at:)``).
  private var texts: [String] = []
  /// Whether ``texts`` keeps the texts.
  private let keepsTexts: Bool
  /// The number of texts.
  private(set) var count = 0
  /// The slot mask: the capacity, a power of two, minus one.
  private var mask: Int
  private let seed: UInt64

  /// An empty table with room for `capacity` texts before it grows; with `keepsTexts`
  /// false, only their bytes are kept (and ``text(at:)`` is not available): what a reader
  /// of values alone, the reason codec, needs.
  init(capacity: Int = 64, keepsTexts: Bool = true) {
    let size = max(16, (max(capacity, 1) * 4 / 3 + 1).nextPowerOfTwo)
    slots = Array(repeating: Slot(), count: size)
    mask = size - 1
    seed = ByteHash.processSeed
    self.keepsTexts = keepsTexts
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
    var text = text
    return text.withUTF8 { find(bytes: UnsafeRawBufferPointer($0)) }
  }

  /// ``find(_:)`` for the text whose UTF-8 bytes are `text`, without making a `String`.
  mutating func find(bytes text: UnsafeRawBufferPointer) -> (place: Place, value: Int?) {
    if (count + 1) * 4 > (mask + 1) * 3 { grow() }
    let hash = Self.slotHash(of: text, seed: seed)
    return slots.withUnsafeBufferPointer { slots in
      bytes.withUnsafeBytes { stored in
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index].hash != 0 {
          let slot = slots[index]
          if slot.hash == hash,
            ByteHash.equal(
              UnsafeRawBufferPointer(
                rebasing: stored[Int(slot.start)..<Int(slot.start) + Int(slot.length)]),
              text)
          {
            return (Place(slot: index, hash: hash), slot.value)
          }
          index = (index + 1) & mask
        }
        return (Place(slot: index, hash: hash), nil)
      }
    }
  }

  /// The hash a slot keeps for `bytes`: ``ByteHash``'s, with 0 (the mark of a free slot)
  /// taken to 1.
  private static func slotHash(of bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
    max(ByteHash.hash(bytes, seed: seed), 1)
  }

  /// The text in `place`, a place ``find(_:)`` found it in.
  ///
  /// - Precondition: the table keeps its texts, and `place` holds one.
  func text(at place: Place) -> String {
    precondition(keepsTexts, "a table that keeps no texts")
    precondition(slots[place.slot].hash != 0, "no text in the slot")
    return texts[Int(slots[place.slot].ordinal)]
  }

  /// Puts `text` with `value` into `place`, the free place ``find(_:)`` just gave for it.
  ///
  /// - Precondition: `place` is free; the table's texts stay under 4 GiB.
  mutating func insert(_ text: String, value: Int, at place: Place) {
    precondition(slots[place.slot].hash == 0, "the slot is taken")
    let start = bytes.count
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
    precondition(bytes.count <= Int(UInt32.max), "texts beyond 4 GiB")
    slots[place.slot] = Slot(
      hash: place.hash, value: value, start: UInt32(start), length: UInt32(bytes.count - start),
      ordinal: UInt32(count))
    count += 1
    if keepsTexts { texts.append(text) }
  }

  /// Sets the value of the text in `place`, a place ``find(_:)`` found it in.
  ///
  /// - Precondition: `place` holds a text.
  mutating func setValue(_ value: Int, at place: Place) {
    precondition(slots[place.slot].hash != 0, "no text in the slot")
    slots[place.slot].value = value
  }

  /// Doubles the slots and places every text again (their bytes stay where they are).
  private mutating func grow() {
    let size = (mask + 1) * 2
    var larger = Array(repeating: Slot(), count: size)
    for slot in slots where slot.hash != 0 {
      var index = Int(truncatingIfNeeded: slot.hash) & (size - 1)
      while larger[index].hash != 0 { index = (index + 1) & (size - 1) }
      larger[index] = slot
    }
    slots = larger
    mask = size - 1
  }
}
