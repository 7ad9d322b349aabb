import Testing

@testable import QuorumStore

@Suite struct TextInternerTests {
  /// The storage address of a text too long to live inside the string itself.
  private static func address(_ text: String) -> UnsafePointer<UInt8>? {
    var text = text
    return text.withUTF8 { $0.baseAddress }
  }

  /// The second "Vice President, Marketing" is the first one's storage, not a new string.
  @Test func equalBytesShareOneString() {
    var interner = TextInterner()
    let first = interner.text("Vice President, Marketing".utf8)
    let second = interner.text("Vice President, Marketing".utf8)
    let other = interner.text("Vice President, Sales".utf8)
    #expect(first == "Vice President, Marketing" && other == "Vice President, Sales")
    #expect(Self.address(first) == Self.address(second))
    #expect(interner.count == 2)
  }

  /// 300 distinct titles, past several growths of the table: each interned again gives the
  /// string first made for it (its own storage, not another's).
  @Test func everyTextIsFoundAgainPastTheTablesGrowth() {
    var interner = TextInterner()
    let titles = (0..<300).map { "Director of Regional Operations \($0)" }
    let first = titles.map { interner.text($0.utf8) }
    let again = titles.map { interner.text($0.utf8) }
    #expect(first == titles && again == titles)
    #expect(zip(first, again).allSatisfy { Self.address($0) == Self.address($1) })
    #expect(interner.count == 300)
  }

  /// With a limit of two, a third distinct text is still made, correctly, but not kept.
  @Test func pastTheLimitTextsAreMadeButNotKept() {
    var interner = TextInterner(limit: 2)
    let texts = ["Chief Financial Officer", "Chief Revenue Officer", "Chief Executive Officer"]
    #expect(texts.map { interner.text($0.utf8) } == texts)
    #expect(interner.text(texts[2].utf8) == texts[2])
    #expect(interner.count == 2)
  }

  /// Invalid UTF-8 is repaired as `String(decoding:as:)` repairs it, and not kept (its
  /// bytes would never match the repaired text's): a stray byte, and a four-byte sequence
  /// cut short by one, whose repair `EF BF BD 41` is as long as the row's `F0 90 80 41`.
  @Test(arguments: [[0x41, 0xFF, 0x42], [0xF0, 0x90, 0x80, 0x41]] as [[UInt8]])
  func invalidBytesAreRepairedAndNotKept(bytes: [UInt8]) {
    var interner = TextInterner()
    let repaired = String(decoding: bytes, as: UTF8.self)
    #expect(repaired.unicodeScalars.contains("\u{FFFD}"))
    if bytes.first == 0xF0 {
      #expect(repaired.utf8.count == bytes.count)  // the case a length check would miss
    }
    #expect(interner.text(bytes) == repaired)
    #expect(interner.text(bytes) == repaired)
    #expect(interner.count == 0)
  }
}
