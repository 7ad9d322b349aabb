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

  @Test func numbersAreWrittenExactlyWithIntegerArithmetic() {
    #expect(ReasonsJSON.fixed(1250, places: 2) == "12.5")
    #expect(ReasonsJSON.fixed(-5, places: 2) == "-0.05")
    #expect(ReasonsJSON.fixed(2000, places: 2) == "20")
    #expect(ReasonsJSON.fixed(0, places: 2) == "0")
    #expect(ReasonsJSON.fixed(0.68796390045, places: 4) == "0.688")
    #expect(ReasonsJSON.fixed(-2.5, places: 4) == "-2.5")
    #expect(ReasonsJSON.fixed(Double.nan, places: 4) == "null")
  }
}
