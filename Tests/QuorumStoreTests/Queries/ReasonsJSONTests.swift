import QuorumAnalytics
import Testing

@testable import QuorumStore

@Suite struct ReasonsJSONTests {
  @Test func stringsAreEscapedOnlyWhereJSONNeedsIt() {
    #expect(JSONText.string("plain text, ünïcode") == #""plain text, ünïcode""#)
    #expect(JSONText.string("say \"hi\"\\\n\t\u{01}") == #""say \"hi\"\\\n\t\u0001""#)
  }

  @Test func reasonsRoundTripThroughTheStoredJSON() {
    let reasons = [
      ReasonCode(
        feature: "engagement.demo_requested", value: 1, rounding: 20, detail: "1 event × 20"),
      ReasonCode(feature: "fit.industry", value: 1, rounding: -2.5, detail: #"industry "Gov""#),
    ]
    let stored = ReasonsJSON.decode(ReasonsJSON.encode(reasons))
    #expect(stored.map(\.feature) == reasons.map(\.feature))
    #expect(stored.map(\.points) == [20, -2.5])
    #expect(stored.map(\.detail) == ["1 event × 20", #"industry "Gov""#])
  }
}
