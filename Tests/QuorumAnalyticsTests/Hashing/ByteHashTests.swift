import Testing

@testable import QuorumAnalytics

@Suite struct ByteHashTests {
  /// The hash reads every byte: texts that differ in any one byte, in the eight-byte
  /// words or in the tail, hash apart; the same bytes hash alike.
  @Test func theHashReadsEveryByte() {
    let base = Array("engagement.demo_requested".utf8)
    func hash(_ bytes: [UInt8]) -> UInt64 {
      bytes.withUnsafeBytes { ByteHash.hash($0, seed: 42) }
    }
    let hashes = base.indices.map { index -> UInt64 in
      var changed = base
      changed[index] ^= 1
      return hash(changed)
    }
    #expect(Set(hashes + [hash(base)]).count == base.count + 1)
    #expect(hash(base) == hash(Array("engagement.demo_requested".utf8)))
    #expect(hash([]) != hash([0]))
  }

  /// A short text (stored in the string itself), a long one (on the heap) and a non-ASCII
  /// one hash by their bytes alone.
  @Test func aTextHashesLikeItsBytes() {
    for text in ["C1", "contact-000000000042@example.com", "Zürich AG"] {
      let bytes = Array(text.utf8)
      #expect(
        ByteHash.hash(of: text, seed: 7) == bytes.withUnsafeBytes { ByteHash.hash($0, seed: 7) })
      #expect(bytes.withUnsafeBytes { ByteHash.text(text, hasBytes: $0) })
      #expect(!Array("C2".utf8).withUnsafeBytes { ByteHash.text(text, hasBytes: $0) })
    }
  }

  @Test func theNextPowerOfTwoIsAtOrAboveTheValue() {
    #expect([-3, 0, 1, 2, 3, 16, 17].map(\.nextPowerOfTwo) == [1, 1, 1, 2, 4, 16, 32])
  }
}
