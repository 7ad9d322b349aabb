import Testing

@testable import QuorumAnalytics

@Suite("AccountScoreParts")
struct AccountScorePartsTests {
  private func reason(_ feature: String, _ points: Double) -> ReasonCode {
    ReasonCode(feature: feature, value: 1, rounding: points, detail: "")
  }

  @Test("each family counts in its part, two families in some parts")
  func familiesToParts() {
    let parts = AccountScoreParts([
      reason("calibration.base", -1.5), reason("fit.industry.core", 10),
      reason("engagement.demo_requested", 2), reason("contact.C1", 4.5),
      reason("committee.economic_buyer", 5), reason("breadth.contacts", 3.25),
      reason("framework.budget", 1.5), reason("disqualifier.no_budget", -8),
    ])
    #expect(parts.base == ScorePoints(rounding: -1.5))
    #expect(parts.fit == ScorePoints(rounding: 10))
    #expect(parts.engagement == ScorePoints(rounding: 6.5))
    #expect(parts.committee == ScorePoints(rounding: 8.25))
    #expect(parts.framework == ScorePoints(rounding: -6.5))
  }

  @Test("a family is the name up to its first dot: others, and names without one, count nowhere")
  func otherFamiliesCountNowhere() {
    let parts = AccountScoreParts([
      reason("fit", 1), reason("fitness.x", 2), reason("contacts.C1", 3), reason("Fit.x", 4),
      reason("", 5), reason(".fit", 6), reason("fit.", 7),
    ])
    #expect(parts == AccountScoreParts([reason("fit.", 7)]))
    #expect(parts.fit == ScorePoints(rounding: 7))
    #expect(parts.engagement == .zero && parts.committee == .zero && parts.base == .zero)
  }

  /// As characters: a combining mark after the dot joins it into another character, so
  /// `contact.` + U+0301 is not in the `contact` family (as `hasPrefix("contact.")` says);
  /// any other non-ASCII character after the dot is.
  @Test func aFamilyIsMatchedAsCharacters() {
    let parts = AccountScoreParts([
      reason("contact.\u{301}C1", 3), reason("contact.Çé", 4), reason("fit.\u{301}", 5),
    ])
    #expect("contact.\u{301}C1".hasPrefix("contact.") == false)
    #expect(parts.engagement == ScorePoints(rounding: 4))
    #expect(parts.fit == .zero)
  }
}
