import QuorumAnalytics
import Testing

@Suite struct DisqualifierTests {
  typealias F = ScoringFixture

  static let timeline = ScoringModel.Disqualifier(
    name: "timeline_24_months_or_more", criterion: .timeline, values: [.unmet],
    minimumMonths: 24, points: -50)

  @Test(arguments: [
    ("not for 24 months", true), ("18-24 months", true), ("two years at least", true),
    ("24months", true), ("36+ mo", true), ("revisit in 3 yrs", true), ("in 12 months", false),
    ("a year from now", false), ("budget of $50m next quarter", false), ("no timeline", false),
  ])
  func readsTheHorizonOutOfTheNote(note: String, fires: Bool) {
    let answer = F.answer("C1", .timeline, .unmet, note: note)
    #expect(Self.timeline.matches(answer) == fires)
  }

  @Test func conditionsOnCriterionAndValueMustHold() {
    #expect(!Self.timeline.matches(F.answer("C1", .timeline, .partial, note: "24 months")))
    #expect(!Self.timeline.matches(F.answer("C1", .budget, .unmet, note: "24 months")))
    #expect(!Self.timeline.matches(F.answer("C1", .timeline, .unmet)))
  }

  @Test func phrasesAreMatchedCaseInsensitively() {
    let noPurchase = ScoringModel.Disqualifier(
      name: "no_purchase", minimumMonths: 24, notePhrases: ["no purchase"], points: -50)
    #expect(noPurchase.matches(F.answer("C1", .need, .unknown, note: "NO PURCHASE for 2 years")))
    #expect(!noPurchase.matches(F.answer("C1", .need, .unknown, note: "no purchase for 6 months")))
    #expect(!noPurchase.matches(F.answer("C1", .need, .unknown, note: "buying in 2 years")))
  }
}
