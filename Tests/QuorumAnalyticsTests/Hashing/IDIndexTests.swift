import Testing

@testable import QuorumAnalytics

@Suite struct IDIndexTests {
  /// `["C1", "C2", "C1"]`: C1 is at 0 (its repeat at 2 does not count), C2 at 1, two
  /// distinct ids; an unknown id has no position.
  @Test func ofRepeatedIDsTheFirstPositionCounts() {
    let index = IDIndex(["C1", "C2", "C1"])
    #expect(index["C1"] == 0)
    #expect(index["C2"] == 1)
    #expect(index["C3"] == nil)
    #expect(index.count == 2)
    #expect(index.ids == ["C1", "C2", "C1"])
  }

  /// Appending gives a known id its first position and a new one the next position, and
  /// the table grows past its first capacity without losing an id.
  @Test func appendingNumbersNewIDsAndKeepsKnownOnes() {
    var index = IDIndex(["A", "B"])
    #expect(index.append("B") == 1)
    #expect(index.append("C") == 2)
    for number in 0..<1_000 { #expect(index.append("id-\(number)") == Int32(3 + number)) }
    #expect(index.count == 1_003 && index.ids.count == 1_003)
    #expect(index["A"] == 0 && index["C"] == 2 && index["id-999"] == 1_002)
    #expect(index.append("id-500") == 503)
  }

  /// Against a dictionary of first positions: 20,000 ids with repeats, short (stored in
  /// the string itself) and long (stored on the heap), sharing prefixes.
  @Test func positionsEqualADictionaryOfFirstPositions() {
    var generator = SplitMix64(seed: 11)
    let ids = (0..<20_000).map { _ -> String in
      let number = generator.next() % 12_000
      return number % 3 == 0 ? "C\(number)" : "contact-\(number)@customer-domain.example"
    }
    var reference: [String: Int32] = [:]
    for (position, id) in ids.enumerated() where reference[id] == nil {
      reference[id] = Int32(position)
    }
    let index = IDIndex(ids)
    #expect(index.count == reference.count)
    #expect(reference.allSatisfy { index[$0.key] == $0.value })
    #expect(index["contact-12001@customer-domain.example"] == nil)
  }

  /// Ids match as strings do: "é" precomposed and "e" + combining accent are one id (the
  /// first position), as a `[String: Int32]` would have them; "e" alone is another.
  @Test func canonicallyEquivalentIDsAreOneID() {
    var index = IDIndex(["caf\u{E9}", "cafe\u{301}", "cafe"])
    #expect(index["caf\u{E9}"] == 0)
    #expect(index["cafe\u{301}"] == 0)
    #expect(index["cafe"] == 2)
    #expect(index.count == 2)
    #expect(index.append("cafe\u{301}") == 0)
    #expect(index.append("na\u{EF}ve") == 3 && index["nai\u{308}ve"] == 3)
  }

  /// An id whose NFC form is ASCII matches that ASCII id both ways: the Kelvin sign
  /// "\u{212A}" normalises to "K".
  @Test func anIDWhoseNormalFormIsASCIIMatchesIt() {
    #expect(IDIndex(["K1"])["\u{212A}1"] == 0)
    #expect(IDIndex(["\u{212A}1"])["K1"] == 0)
  }

  /// Forty decomposed ids appended (the table grows twice past its first sixteen slots)
  /// are all found by their precomposed spelling, and 3,000 mixed ids agree with a
  /// first-wins `[String: Int32]`, distinct count included.
  @Test func nonASCIIIDsSurviveGrowingAndAgreeWithADictionary() {
    var index = IDIndex()
    for number in 0..<40 { _ = index.append("Jose\u{301}-\(number)") }
    #expect((0..<40).allSatisfy { index["Jos\u{E9}-\($0)"] == Int32($0) })
    let spellings = ["caf\u{E9}", "cafe\u{301}", "K", "\u{212A}", "A\u{30A}", "\u{C5}", "plain"]
    let ids = (0..<3_000).map { "\(spellings[$0 % spellings.count])-\($0 % 500)" }
    var reference: [String: Int32] = [:]
    for (position, id) in ids.enumerated() where reference[id] == nil {
      reference[id] = Int32(position)
    }
    let mixed = IDIndex(ids)
    #expect(mixed.count == reference.count && mixed.count == Set(ids).count)
    #expect(reference.allSatisfy { mixed[$0.key] == $0.value })
  }
}
