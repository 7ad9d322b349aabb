import QuorumAnalytics
import QuorumStore
import Testing

/// The contract's enums: matched ignoring case, surrounding whitespace and separator style.
@Suite struct ValueParserVocabularyTests {
  @Test func statusesMatchIgnoringCaseAndWhitespace() {
    #expect(ValueParser.vocabulary("won", of: OpportunityStatus.self) == .success(.won))
    #expect(ValueParser.vocabulary(" Lost\t", of: OpportunityStatus.self) == .success(.lost))
    #expect(ValueParser.vocabulary("OPEN", of: OpportunityStatus.self) == .success(.open))
  }

  @Test func rolesMatchWithSpacesHyphensOrUnderscores() {
    for text in ["economic_buyer", "Economic Buyer", "economic-buyer", " ECONOMIC  BUYER "] {
      #expect(ValueParser.vocabulary(text, of: CommitteeRole.self) == .success(.economicBuyer))
    }
    #expect(
      ValueParser.vocabulary("Technical Evaluator", of: CommitteeRole.self)
        == .success(.technicalEvaluator))
  }

  @Test func qualificationVocabulariesMatch() {
    #expect(
      ValueParser.vocabulary("Opportunity", of: QualificationSubject.self) == .success(.opportunity)
    )
    #expect(
      ValueParser.vocabulary("Decision Criteria", of: QualificationCriterion.self)
        == .success(.decisionCriteria))
    #expect(ValueParser.vocabulary("Partial", of: QualificationValue.self) == .success(.partial))
  }

  @Test func unknownValuesListTheAllowedOnes() {
    let expected = ValueError(
      kind: .unknownValue, text: "Closed Won", expected: "one of: open, won, lost",
      reason: "unknown value")
    #expect(ValueParser.vocabulary("Closed Won", of: OpportunityStatus.self) == .failure(expected))
    #expect(expected.description == "\"Closed Won\" is not one of: open, won, lost: unknown value")
    let roles = ValueParser.vocabulary("sponsor", of: CommitteeRole.self)
    #expect(
      roles.error?.expected
        == "one of: economic_buyer, champion, decision_maker, technical_evaluator, influencer, "
        + "user, procurement, legal, blocker, other")
  }

  @Test func emptyTextIsEmptyNotUnknown() {
    #expect(
      ValueParser.vocabulary("  ", allowed: ["met", "unmet"]).error?.kind == .empty)
  }

  @Test func plainListsReturnTheCanonicalSpelling() {
    #expect(
      ValueParser.vocabulary("Page View", allowed: ["page_view", "meeting"])
        == .success("page_view"))
    #expect(ValueParser.vocabulary("pageview", allowed: ["page_view"]).error?.kind == .unknownValue)
  }
}
