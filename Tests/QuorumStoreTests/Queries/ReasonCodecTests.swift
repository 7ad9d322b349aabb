import QuorumAnalytics
import Testing

@testable import QuorumStore

@Suite struct ReasonCodecTests {
  @Test func reasonsRoundTripWithTextsInternedOnce() throws {
    let reasons = [
      ReasonCode(
        feature: "engagement.demo_requested", value: 1, rounding: 20, detail: "1 event × 20"),
      ReasonCode(feature: "fit.industry", value: 1, rounding: -2.5, detail: #"industry "Gov""#),
      ReasonCode(feature: "engagement.page_view", value: 0.68796, rounding: 0.69, detail: ""),
    ]
    var codec = ReasonCodec()
    var first: [UInt8] = []
    codec.encode(reasons, into: &first)
    var second: [UInt8] = []
    codec.encode(Array(reasons.prefix(1)), into: &second)
    // Six distinct texts (three features, three details), none repeated.
    #expect(codec.texts.count == 6)
    let texts = codec.texts
    let decoded = try #require(
      ReasonCodec.decode(first) { texts.indices.contains($0) ? texts[$0] : nil })
    #expect(decoded.map(\.feature) == reasons.map(\.feature))
    #expect(decoded.map(\.points) == [20, -2.5, 0.69])
    #expect(decoded.map(\.value) == [1, 1, 0.688])  // four decimals kept
    #expect(decoded.map(\.detail) == ["1 event × 20", #"industry "Gov""#, nil])
    // The second list reuses the codes: the same bytes as the first reason.
    #expect(second == Array(first.prefix(second.count)))
  }

  @Test func varintsAndZigzagMatchHandWorkedBytes() {
    // 300 = 0b1_0010_1100 → low seven bits 0x2C with the continuation bit, then 0x02.
    var bytes: [UInt8] = []
    ReasonCodec.append(300, to: &bytes)
    #expect(bytes == [0xAC, 0x02])
    #expect([0, -1, 1, -2, 2000].map(ReasonCodec.zigzag) == [0, 1, 2, 3, 4000])
    #expect([0, 1, 2, 3, 4000].map(ReasonCodec.unzigzag) == [0, -1, 1, -2, 2000])
    #expect(ReasonCodec.unzigzag(ReasonCodec.zigzag(.min)) == .min)
  }

  @Test func aReasonEncodesInSevenBytes() {
    // Feature code 0 with a value: head 1. Value 1 × 10⁴ zigzags to 20000 (0xA0 0x9C 0x01),
    // 20 points = 2000 hundredths zigzag to 4000 (0xA0 0x1F), detail: text code 1 × 2.
    var codec = ReasonCodec()
    var bytes: [UInt8] = []
    codec.encode([ReasonCode(feature: "f", value: 1, rounding: 20, detail: "d")], into: &bytes)
    #expect(bytes == [0x01, 0xA0, 0x9C, 0x01, 0xA0, 0x1F, 0x02])
  }

  @Test func truncatedBytesOrUnknownTextsAreNotReasons() {
    var codec = ReasonCodec()
    var bytes: [UInt8] = []
    codec.encode([ReasonCode(feature: "f", value: 1, rounding: 20, detail: "d")], into: &bytes)
    let texts = codec.texts
    #expect(ReasonCodec.decode(bytes.dropLast()) { texts[$0] } == nil)
    #expect(ReasonCodec.decode(bytes) { _ in nil } == nil)
    #expect(ReasonCodec.decode([UInt8]()) { texts[$0] } == [])
  }

  @Test func aNonFiniteValueIsStoredAsNoValue() throws {
    var codec = ReasonCodec()
    var bytes: [UInt8] = []
    codec.encode([ReasonCode(feature: "f", value: .nan, rounding: 1, detail: "")], into: &bytes)
    let texts = codec.texts
    let decoded = try #require(ReasonCodec.decode(bytes) { texts[$0] })
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
    #expect(codec.texts == ["engagement.whitepaper_download", "engagement.page_view"])
    let texts = codec.texts
    let decoded = try #require(ReasonCodec.decode(bytes) { texts[$0] })
    #expect(
      decoded.map(\.detail) == [
        "2 events, weight 0.79 × 5.00", "31 events, weight 14.20 × 1.00, capped at 10.00",
      ])
    #expect(decoded.map(\.detail) == reasons.map(\.detail))
  }
}
