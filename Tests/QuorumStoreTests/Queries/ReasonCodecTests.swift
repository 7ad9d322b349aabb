import QuorumAnalytics
import Testing

@testable import QuorumStore

@Suite struct ReasonCodecTests {
  @Test func reasonsRoundTripWithTextsInlineOnceThenInterned() throws {
    let reasons = [
      ReasonCode(
        feature: "engagement.demo_requested", value: 1, rounding: 20, detail: "1 event × 20"),
      ReasonCode(feature: "fit.industry", value: 1, rounding: -2.5, detail: #"industry "Gov""#),
      ReasonCode(feature: "engagement.page_view", value: 0.68796, rounding: 0.69, detail: ""),
    ]
    var codec = ReasonCodec()
    var first: [UInt8] = []
    codec.encode(reasons, into: &first)
    // Met once, every text is inline: nothing interned yet.
    #expect(codec.texts.isEmpty)
    var second: [UInt8] = []
    codec.encode(Array(reasons.prefix(1)), into: &second)
    // Met again, the first reason's two texts are interned and named by code.
    #expect(codec.texts == ["engagement.demo_requested", "1 event × 20"])
    var third: [UInt8] = []
    codec.encode(Array(reasons.prefix(1)), into: &third)
    #expect(third == second)
    #expect(second.count < 10)
    let texts = codec.texts
    for (bytes, count) in [(first, 3), (second, 1)] {
      let decoded = try #require(
        ReasonCodec.decode(bytes, format: 2) { texts.indices.contains($0) ? texts[$0] : nil })
      #expect(decoded.map(\.feature) == reasons.prefix(count).map(\.feature))
    }
    let decoded = try #require(ReasonCodec.decode(first, format: 2) { _ in nil })
    #expect(decoded.map(\.points) == [20, -2.5, 0.69])
    #expect(decoded.map(\.value) == [1, 1, 0.688])  // four decimals kept
    #expect(decoded.map(\.detail) == ["1 event × 20", #"industry "Gov""#, nil])
  }

  @Test func aReasonMetTwiceEncodesInSevenBytes() {
    // The second time: feature code 0 with a value, head 0 × 4 + 1 = 1. Value 1 × 10⁴
    // zigzags to 20000 (0xA0 0x9C 0x01), 20 points = 2000 hundredths zigzag to 4000
    // (0xA0 0x1F), detail: text code 1 × 4 = 4.
    var codec = ReasonCodec()
    var first: [UInt8] = []
    let reason = ReasonCode(feature: "f", value: 1, rounding: 20, detail: "d")
    codec.encode([reason], into: &first)
    // The first time the texts are inline: "f" is 1 byte, (1 × 2 + 1) × 2 + 1 = 7, then
    // 0x66; "d" (1 × 2 + 1) × 2 = 6, then 0x64.
    #expect(first == [0x07, 0x66, 0xA0, 0x9C, 0x01, 0xA0, 0x1F, 0x06, 0x64])
    var second: [UInt8] = []
    codec.encode([reason], into: &second)
    #expect(second == [0x01, 0xA0, 0x9C, 0x01, 0xA0, 0x1F, 0x04])
  }

  /// A text is encoded by its bytes, whether it is met again in the same storage (found by
  /// ``TextIdentityCache``) or in storage of its own (found in the text table).
  @Test func aTextMetInAnyStorageEncodesAlike() {
    let feature = "engagement.whitepaper_download"
    func reason(_ feature: String) -> ReasonCode {
      ReasonCode(
        feature: feature, value: 1, rounding: 5, detail: "latest answer: met on 2026-09-30")
    }
    let shared = reason(feature)
    var sameStorage = ReasonCodec()
    var otherStorage = ReasonCodec()
    var (same, other): ([UInt8], [UInt8]) = ([], [])
    for _ in 0..<4 {
      sameStorage.encode([shared], into: &same)
      otherStorage.encode(
        [reason(String(decoding: Array(feature.utf8), as: UTF8.self))], into: &other)
    }
    #expect(same == other)
    #expect(sameStorage.texts == [feature, "latest answer: met on 2026-09-30"])
  }

  /// Runs stored before inline texts (format 1) name every text by its bare code.
  @Test func formatOneBytesStillDecode() throws {
    let bytes: [UInt8] = [0x01, 0xA0, 0x9C, 0x01, 0xA0, 0x1F, 0x02]
    let decoded = try #require(ReasonCodec.decode(bytes, format: 1) { ["f", "d"][$0] })
    #expect(
      decoded == [ScoreSnapshotStore.StoredReason(feature: "f", value: 1, points: 20, detail: "d")])
  }

  /// Format 3 opens each row with its block's code base: the row's interned codes count
  /// from it. The base 300 is the varint 0xAC 0x02; the row `[0x01, …, 0x04]` names code 0
  /// and code 1 of its block, the run's texts 300 and 301.
  @Test func formatThreeCodesCountFromTheBaseOpeningTheRow() throws {
    let row: [UInt8] = [0xAC, 0x02, 0x01, 0xA0, 0x9C, 0x01, 0xA0, 0x1F, 0x04]
    let texts = [300: "f", 301: "d"]
    let decoded = try #require(ReasonCodec.decode(row, format: 3) { texts[$0] })
    #expect(
      decoded == [ScoreSnapshotStore.StoredReason(feature: "f", value: 1, points: 20, detail: "d")])
    // With the base 0 the row names texts 0 and 1, which the run does not have; a base
    // beyond any code is no row.
    #expect(ReasonCodec.decode([0x00] + row.dropFirst(2), format: 3) { texts[$0] } == nil)
    var huge: [UInt8] = []
    Varint.append(1 << 40, to: &huge)
    #expect(ReasonCodec.decode(huge + row.dropFirst(2), format: 3) { _ in "t" } == nil)
    #expect(ReasonCodec.decode([0x05], format: 3) { _ in "t" } == [])
  }

  @Test func truncatedBytesOrUnknownTextsAreNotReasons() {
    var codec = ReasonCodec()
    var bytes: [UInt8] = []
    codec.encode([ReasonCode(feature: "f", value: 1, rounding: 20, detail: "d")], into: &bytes)
    codec.encode([ReasonCode(feature: "f", value: 1, rounding: 20, detail: "d")], into: &bytes)
    let texts = codec.texts
    #expect(ReasonCodec.decode(bytes.dropLast(), format: 2) { texts[$0] } == nil)
    // An inline text cut short, and an interned one the run does not know.
    #expect(ReasonCodec.decode(bytes.prefix(1), format: 2) { texts[$0] } == nil)
    #expect(ReasonCodec.decode(bytes, format: 2) { _ in nil } == nil)
    #expect(ReasonCodec.decode([UInt8](), format: 2) { texts[$0] } == [])
  }

  @Test func aNonFiniteValueIsStoredAsNoValue() throws {
    var codec = ReasonCodec()
    var bytes: [UInt8] = []
    codec.encode([ReasonCode(feature: "f", value: .nan, rounding: 1, detail: "")], into: &bytes)
    let texts = codec.texts
    let decoded = try #require(ReasonCodec.decode(bytes, format: 2) { texts[$0] })
    #expect(decoded.first?.value == nil)
    #expect(decoded.first?.points == 1)
  }

  @Test func eventEvidenceIsStoredAsNumbersAndRendersTheSameDetail() throws {
    let reasons = [
      ReasonCode(
        feature: "engagement.whitepaper_download", value: 0.7924,
        points: ScorePoints(hundredths: 396),
        evidence: .events(
          count: 2, weight: ScorePoints(hundredths: 79), perEvent: ScorePoints(hundredths: 500),
          cap: nil)),
      ReasonCode(
        feature: "engagement.page_view", value: 14.2, points: ScorePoints(hundredths: 1000),
        evidence: .events(
          count: 31, weight: ScorePoints(hundredths: 1420), perEvent: ScorePoints(hundredths: 100),
          cap: ScorePoints(hundredths: 1000))),
    ]
    var codec = ReasonCodec()
    var bytes: [UInt8] = []
    codec.encode(reasons, into: &bytes)
    codec.encode(reasons, into: &bytes)
    #expect(codec.texts == ["engagement.whitepaper_download", "engagement.page_view"])
    let texts = codec.texts
    let decoded = try #require(Self.decodeRow(bytes) { texts[$0] })
    #expect(
      decoded.map(\.detail) == [
        "2 events, weight 0.79 × 5.00", "31 events, weight 14.20 × 1.00, capped at 10.00",
      ] + [
        "2 events, weight 0.79 × 5.00", "31 events, weight 14.20 × 1.00, capped at 10.00",
      ])
    #expect(decoded.map(\.detail) == (reasons + reasons).map(\.detail))
  }

  /// The codec's bytes as a stored row of the current format: opened by the code base 0.
  static func decodeRow(_ bytes: [UInt8], text: (Int) -> String?) -> [ScoreSnapshotStore
    .StoredReason]?
  {
    ReasonCodec.decode([0x00] + bytes, format: ReasonCodec.format, text: text)
  }

  /// A contact's rank in its account's rollup is three numbers: rank 2 × 4 + 3 = 11
  /// (0x0B), the engagement's 444 hundredths zigzag to 888 (0xF8 0x06) and the factor's
  /// 5,000 ten-thousandths to 10,000 (0x90 0x4E); it renders the text the rollup wrote.
  @Test func rankEvidenceIsStoredAsNumbersAndRendersTheSameDetail() throws {
    let reason = ReasonCode(
      feature: "contact.C1", value: 4.44, points: ScorePoints(hundredths: 222),
      evidence: .rank(position: 2, engagement: ScorePoints(hundredths: 444), factor: 0.5))
    #expect(reason.detail == "rank 2: engagement 4.44 × 0.5")
    var codec = ReasonCodec()
    var bytes: [UInt8] = []
    codec.encode([reason], into: &bytes)
    #expect(Array(bytes.suffix(5)) == [0x0B, 0xF8, 0x06, 0x90, 0x4E])
    let decoded = try #require(Self.decodeRow(bytes) { _ in nil })
    #expect(
      decoded == [.init(feature: "contact.C1", value: 4.44, points: 2.22, detail: reason.detail)])
    // Factors of four decimals and beyond: rounded as the text rounds them; one that four
    // decimals cannot hold is written out as text.
    for factor in [0.0625, 0.03125, 0.00004, 0.00005, 0.000049, 1e12, .infinity] {
      let ranked = ReasonCode(
        feature: "contact.C2", value: 1, points: ScorePoints(hundredths: 1),
        evidence: .rank(position: 5, engagement: ScorePoints(hundredths: 100), factor: factor))
      var (fresh, row) = (ReasonCodec(), [UInt8]())
      fresh.encode([ranked], into: &row)
      #expect(try #require(Self.decodeRow(row) { _ in nil }).first?.detail == ranked.detail)
    }
  }

  /// Rows stored in formats 2 and 3 write an event count × 2 + 1 and are read as written:
  /// 0x05 is two events there, one event (1 × 4 + 1) from format 4.
  @Test func eventsStoredBeforeFormatFourStillDecode() throws {
    // Feature "f" inline (0x07 0x66), no value (head bit 0: 0x06 0x66 instead), 3.96
    // points (396 zigzag 792: 0x98 0x06); two events, weight 0.79 (158: 0x9E 0x01),
    // 5.00 each (1000: 0xE8 0x07), no cap (0x00).
    let row: [UInt8] = [0x06, 0x66, 0x98, 0x06, 0x05, 0x9E, 0x01, 0xE8, 0x07, 0x00]
    let expected = [
      ScoreSnapshotStore.StoredReason(
        feature: "f", value: nil, points: 3.96, detail: "2 events, weight 0.79 × 5.00")
    ]
    #expect(ReasonCodec.decode(row, format: 2) { _ in nil } == expected)
    #expect(ReasonCodec.decode([0x00] + row, format: 3) { _ in nil } == expected)
    #expect(
      ReasonCodec.decode([0x00] + row, format: 4) { _ in nil }?.first?.detail
        == "1 event, weight 0.79 × 5.00")
  }

  @Test func anEmptyTextRoundTripsInline() throws {
    var codec = ReasonCodec()
    var bytes: [UInt8] = []
    codec.encode([ReasonCode(feature: "", value: 1, rounding: 1, detail: "d")], into: &bytes)
    // Feature: 0 bytes inline, (0 × 2 + 1) × 2 + 1 = 3 and no bytes; 1 point = 100
    // hundredths zigzag to 200 (0xC8 0x01); detail "d": (1 × 2 + 1) × 2 = 6, then 0x64.
    #expect(bytes == [0x03, 0xA0, 0x9C, 0x01, 0xC8, 0x01, 0x06, 0x64])
    let decoded = try #require(ReasonCodec.decode(bytes, format: 2) { _ in nil })
    #expect(decoded == [.init(feature: "", value: 1, points: 1, detail: "d")])
  }

  /// A run written by a newer version (or no version at all) is not guessed at.
  @Test func anUnknownFormatIsNotDecoded() {
    #expect(ReasonCodec.decode([UInt8](), format: 0) { _ in nil } == nil)
    #expect(ReasonCodec.decode([UInt8](), format: ReasonCodec.format + 1) { _ in nil } == nil)
  }
}
