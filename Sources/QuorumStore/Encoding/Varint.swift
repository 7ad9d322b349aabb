/// LEB128 varints and zigzag signs: the compact integers of the stored byte formats (score
/// reasons, activity timelines).
enum Varint: Sendable {
  /// `value` as an unsigned LEB128 varint (7 bits a byte, low bits first).
  static func append(_ value: UInt64, to bytes: inout [UInt8]) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  /// Zigzag encoding: small magnitudes of either sign become small unsigned numbers
  /// (0 → 0, −1 → 1, 1 → 2, −2 → 3).
  static func zigzag(_ value: Int64) -> UInt64 {
    UInt64(bitPattern: (value << 1) ^ (value >> 63))
  }

  /// The inverse of ``zigzag(_:)``.
  static func unzigzag(_ value: UInt64) -> Int64 {
    Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
  }
}

/// Reads LEB128 varints from a byte string: an array, or a buffer SQLite owns (read in
/// place, not copied).
struct VarintReader<Bytes: RandomAccessCollection<UInt8>> where Bytes.Index == Int {
  let bytes: Bytes
  private(set) var position: Int

  init(bytes: Bytes) {
    self.bytes = bytes
    position = bytes.startIndex
  }

  var isAtEnd: Bool { position >= bytes.endIndex }

  /// The next `count` bytes, or `nil` when fewer are left.
  mutating func bytes(count: Int) -> Bytes.SubSequence? {
    guard count >= 0, count <= bytes.endIndex - position else { return nil }
    defer { position += count }
    return bytes[position..<position + count]
  }

  /// The next varint, or `nil` when the bytes end inside one or it overflows 64 bits.
  mutating func next() -> UInt64? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while position < bytes.endIndex, shift < 64 {
      let byte = bytes[position]
      position += 1
      // The tenth byte holds bit 63 alone: anything more overflows 64 bits.
      if shift == 63 && byte > 1 { return nil }
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
    return nil
  }
}

extension VarintReader: Sendable where Bytes: Sendable {}
