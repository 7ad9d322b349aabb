import QuorumAnalytics
import Testing

@Suite struct FrameworkCompletenessTests {
  typealias F = MetricsFixture

  static func answer(
    _ subject: QualificationSubject, _ id: String, _ criterion: QualificationCriterion,
    _ value: QualificationValue, _ day: Int
  ) -> Qualification {
    Qualification(
      subjectType: subject, subjectID: id, criterion: criterion, value: value,
      assessedAt: F.date(2025, 1, day))
  }

  @Test func countsKnownCriteriaWithLatestAnswersAndAccountFallback() {
    // BANT on opportunity o1 of account a1, as of 2025-01-20:
    // budget: o1 met (day 1) → known.
    // authority: o1 unknown (day 2); a1 met is not used since o1 answered → not known;
    //   o1 met on day 25 is after the as-of date → ignored.
    // need: o1 unmet (day 3), then unknown (day 5) → latest is unknown → not known.
    // timeline: no o1 answer → a1 met (day 4) → known.
    // → 2 of 4 = 0.5.
    let answers = [
      Self.answer(.opportunity, "o1", .budget, .met, 1),
      Self.answer(.opportunity, "o1", .authority, .unknown, 2),
      Self.answer(.account, "a1", .authority, .met, 2),
      Self.answer(.opportunity, "o1", .authority, .met, 25),
      Self.answer(.opportunity, "o1", .need, .unmet, 3),
      Self.answer(.opportunity, "o1", .need, .unknown, 5),
      Self.answer(.account, "a1", .timeline, .met, 4),
      Self.answer(.opportunity, "o1", .champion, .met, 4),
    ]
    let completeness = FrameworkCompleteness(
      criteria: [.budget, .authority, .need, .timeline, .budget], answers: answers,
      asOf: F.date(2025, 1, 20))
    #expect(completeness.criteria == [.budget, .authority, .need, .timeline])
    #expect(completeness.share(opportunityID: "o1", accountID: "a1") == 0.5)
    #expect(completeness.share(opportunityID: "o1", accountID: nil) == 0.25)
    #expect(completeness.share(for: .account, id: "a1") == 0.5)
    #expect(completeness.share(opportunityID: "nobody", accountID: nil) == 0)
  }

  @Test func aKnownAnswerWinsATieWithUnknown() {
    let answers = [
      Self.answer(.opportunity, "o", .metrics, .partial, 3),
      Self.answer(.opportunity, "o", .metrics, .unknown, 3),
    ]
    let completeness = FrameworkCompleteness(
      criteria: [.metrics, .champion], answers: answers.reversed(), asOf: F.date(2025, 2, 1))
    #expect(completeness.share(for: .opportunity, id: "o") == 0.5)
  }
}
