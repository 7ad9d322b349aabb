import Testing

@testable import QuorumStore

@Suite struct VarintTests {
  @Test func varintsAndZigzagMatchHandWorkedBytes() {
    // 300 = 0b1_0010_1100 → low seven bits 0x2C with the continuation bit, then 0x02.
    var bytes: [UInt8] = []
    Varint.append(300, to: &bytes)
    #expect(bytes == [0xAC, 0x02])
    #expect([0, -1, 1, -2, 2000].map(Varint.zigzag) == [0, 1, 2, 3, 4000])
    #expect([0, 1, 2, 3, 4000].map(Varint.unzigzag) == [0, -1, 1, -2, 2000])
    #expect(Varint.unzigzag(Varint.zigzag(.min)) == .min)
  }

  @Test func aVarintOverflowingSixtyFourBitsIsNotANumber() {
    var reader = VarintReader(bytes: Array(repeating: 0xFF, count: 9) + [0x01])
    #expect(reader.next() == UInt64.max)
    var overflowing = VarintReader(bytes: Array(repeating: 0xFF, count: 9) + [0x02])
    #expect(overflowing.next() == nil)
  }

  @Test func aReaderReadsABufferInPlaceFromItsStart() {
    let bytes: [UInt8] = [0x09, 0xAC, 0x02, 0x05]
    bytes.withUnsafeBytes { buffer in
      var reader = VarintReader(bytes: UnsafeRawBufferPointer(rebasing: buffer[1...]))
      #expect(reader.next() == 300)
      #expect(reader.bytes(count: 2) == nil)  // one byte left
      #expect(reader.next() == 5)
      #expect(reader.isAtEnd)
    }
  }

  @Test func aReaderOfASliceStartsAtTheSlicesFirstByte() {
    let bytes: [UInt8] = [0x09, 0xAC, 0x02, 0x05]
    var reader = VarintReader(bytes: bytes[1...])
    #expect(reader.next() == 300)
    #expect(reader.bytes(count: 1) == [0x05])
    #expect(reader.isAtEnd)
  }
}
