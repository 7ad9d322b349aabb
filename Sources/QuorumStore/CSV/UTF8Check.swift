/// What a byte string holds that a text field must not: NUL bytes, invalid UTF-8.
struct UTF8Check: Hashable, Sendable {
  /// Whether a `0x00` byte occurs.
  var containsNUL = false
  /// Whether the bytes are well-formed UTF-8 (Unicode 15, table 3-7: no overlong forms, no
  /// surrogates, nothing above U+10FFFF).
  var isValidUTF8 = true

  /// Checks `bytes`.
  ///
  /// - Complexity: O(n), one pass, no allocation.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        if lead == 0 { containsNUL = true }
        index += 1
        continue
      }
      let length = Self.sequenceLength(bytes, at: index)
      if length == 0 {
        isValidUTF8 = false
        index += 1
      } else {
        index += length
      }
    }
  }

  /// The length of the well-formed multi-byte sequence starting at `index`, or 0.
  private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let lead = bytes[index]
    let (length, secondLow, secondHigh): (Int, UInt8, UInt8) =
      switch lead {
      case 0xC2...0xDF: (2, 0x80, 0xBF)
      case 0xE0: (3, 0xA0, 0xBF)
      case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80, 0xBF)
      case 0xED: (3, 0x80, 0x9F)
      case 0xF0: (4, 0x90, 0xBF)
      case 0xF1...0xF3: (4, 0x80, 0xBF)
      case 0xF4: (4, 0x80, 0x8F)
      default: (0, 0, 0)
      }
    guard length > 0, index + length <= bytes.count else { return 0 }
    guard (secondLow...secondHigh).contains(bytes[index + 1]) else { return 0 }
    for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) {
      return 0
    }
    return length
  }
}
