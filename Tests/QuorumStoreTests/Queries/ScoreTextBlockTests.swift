import Testing

@testable import QuorumStore

@Suite struct ScoreTextBlockTests {
  /// Each text is its UTF-8 length, then its bytes: "fit" is 0x03 'f' 'i' 't', "" is 0x00,
  /// "≤" (three bytes) 0x03 0xE2 0x89 0xA4.
  @Test func aBlockIsEachTextsLengthThenItsBytes() {
    let bytes = ScoreTextBlock.encode(["fit", "", "≤"])
    #expect(bytes == [0x03, 0x66, 0x69, 0x74, 0x00, 0x03, 0xE2, 0x89, 0xA4])
    #expect((0..<3).map { ScoreTextBlock.text(at: $0, in: bytes) } == ["fit", "", "≤"])
  }

  @Test func aTextPastTheBlockOrInBytesThatAreNoBlockIsNone() {
    let bytes = ScoreTextBlock.encode(["a", "b"])
    #expect(ScoreTextBlock.text(at: 2, in: bytes) == nil)
    #expect(ScoreTextBlock.text(at: -1, in: bytes) == nil)
    // Cut short inside a text, a length beyond the bytes, and bytes that are not UTF-8.
    #expect(ScoreTextBlock.text(at: 0, in: [0x03, 0x66]) == nil)
    #expect(ScoreTextBlock.text(at: 1, in: [0x01, 0x66, 0xFF, 0xFF]) == nil)
    #expect(ScoreTextBlock.text(at: 0, in: [0x01, 0xFF]) == nil)
  }

  @Test func textsLongerThanAVarintByteRoundTrip() {
    let texts = [String(repeating: "x", count: 300), "latest answer: met", "rank 1"]
    let bytes = ScoreTextBlock.encode(texts)
    #expect(bytes.count == 2 + 300 + 1 + 18 + 1 + 6)
    #expect((0..<3).map { ScoreTextBlock.text(at: $0, in: bytes) } == texts)
  }
}
