import QuorumAnalytics
import Testing

@Suite struct ContactScorerTests {
  typealias F = ScoringFixture

  @Test func whitepaperDownloadTodayIsWorthFive() {
    let score = F.score([F.activity("C1", "whitepaper_download")])
    #expect(score.engagement == ScorePoints(hundredths: 500))
    #expect(score.total.value == 5)
    #expect(score.reasons.map(\.feature) == ["engagement.whitepaper_download"])
  }

  @Test func careersPageVisitCostsTwo() {
    let score = F.score([F.activity("C1", "careers_page_view")])
    #expect(score.total == ScorePoints(hundredths: -200))
    #expect(score.reasons.first?.points.value == -2)
  }

  @Test func demoRequestIsWorthTwenty() {
    #expect(F.score([F.activity("C1", "demo_requested")]).total.value == 20)
  }

  @Test func fiftyPointsMakeAnMQLAndFortyEightDoNot() {
    // 20 + 10 + 10 + 5 + 5 = 50.
    let fifty: [Activity] = [
      F.activity("C1", "demo_requested"), F.activity("C1", "pricing_page_view"),
      F.activity("C1", "webinar_attended"), F.activity("C1", "whitepaper_download"),
      F.activity("C1", "case_study_view"),
    ]
    let mql = F.score(fifty)
    #expect(mql.total.value == 50)
    #expect(mql.stage == .mql)
    let fortyEight = F.score(fifty + [F.activity("C1", "careers_page_view")])
    #expect(fortyEight.total.value == 48)
    #expect(fortyEight.stage == .iql)
  }

  @Test func fitAloneNeverMakesAnMQL() {
    // Acme's fit is 50, the MQL threshold, but the MQL rule also asks for 15 engagement points.
    let silent = F.score([], account: F.acme, contact: F.contact("C1", account: "A1"))
    #expect(silent.total.value == 50)
    #expect(silent.stage == .iql)
    // A whitepaper (5) and a pricing page (10) make 15 engagement points: 65 in all.
    let engaged = F.score(
      [F.activity("C1", "whitepaper_download"), F.activity("C1", "pricing_page_view")],
      account: F.acme, contact: F.contact("C1", account: "A1"))
    #expect(engaged.engagement.value == 15)
    #expect(engaged.stage == .mql)
  }

  @Test func aSignalOneHalfLifeOldCountsHalf() {
    // Global half-life 30 days; demo requests have their own, 60 days.
    let whitepaper = F.score([F.activity("C1", "whitepaper_download", daysAgo: 30)])
    #expect(whitepaper.total.value == 2.5)
    let demo = F.score([F.activity("C1", "demo_requested", daysAgo: 60)])
    #expect(demo.total.value == 10)
    let twoHalfLives = F.score([F.activity("C1", "pricing_page_view", daysAgo: 60)])
    #expect(twoHalfLives.total.value == 2.5)
  }

  @Test func eventsBeyondTheLookbackOrAfterTheDateEarnNothing() {
    let score = F.score([
      F.activity("C1", "demo_requested", daysAgo: 366),
      F.activity("C1", "demo_requested", daysAgo: -1),
    ])
    #expect(score.total == .zero)
    #expect(score.reasons.isEmpty)
  }

  @Test func perTypeCapLimitsTheTypesPoints() {
    // Five downloads today are 25 points; whitepaper_download is capped at 20.
    let score = F.score(Array(repeating: F.activity("C1", "whitepaper_download"), count: 5))
    #expect(score.total.value == 20)
    #expect(score.reasons.first?.value == 5)
    #expect(score.reasons.first?.detail.contains("capped") == true)
  }

  @Test func threeOfFourBANTCriteriaMetMakeAnSQL() {
    let answers = [
      F.answer("C1", .budget, .met), F.answer("C1", .authority, .met), F.answer("C1", .need, .met),
      F.answer("C1", .timeline, .unknown),
    ]
    let score = F.score([], answers: answers)
    #expect(score.stage == .sql)
    #expect(score.stageReason == "BANT: 3 of 4 met (≥ 3)")
    #expect(score.framework.value == 30)
    let twoOfFour = F.score([], answers: Array(answers.prefix(2)))
    #expect(twoOfFour.stage == .iql)  // 20 points ≥ the IQL threshold of 15, not SQL
  }

  @Test func onlyTheLatestAnswerToACriterionCounts() {
    let answers = [
      F.answer("C1", .budget, .met, daysAgo: 10), F.answer("C1", .budget, .unmet, daysAgo: 2),
      F.answer("C1", .authority, .partial, daysAgo: 5),
      F.answer("C1", .need, .met, daysAgo: -3),  // assessed after the date: not seen
    ]
    let score = F.score([], answers: answers)
    #expect(score.framework.value == 5)  // budget now unmet (0) + authority partial (5)
  }

  @Test func anUnmetTimelineOfTwoYearsDisqualifies() {
    let score = F.score(
      [F.activity("C1", "demo_requested")],
      answers: [F.answer("C1", .timeline, .unmet, note: "Revisit in 2 years")])
    #expect(score.stage == .disqualified)
    #expect(score.stageReason == "disqualifier timeline_24_months_or_more")
    #expect(score.total.value == 20 - 50)
    let shortDelay = F.score(
      [], answers: [F.answer("C1", .timeline, .unmet, note: "not before 6 months")])
    #expect(shortDelay.stage == .cold)
  }

  @Test func anExplicitNoPurchaseNoteDisqualifies() {
    let score = F.score(
      [], answers: [F.answer("C1", .need, .partial, note: "No purchase for 24 months.")])
    #expect(score.stage == .disqualified)
    #expect(score.reasons.contains { $0.feature == "disqualifier.no_purchase_24_months" })
  }

  @Test func aTrialSignupMakesAPQL() {
    let score = F.score([F.activity("C1", "trial_signup", daysAgo: 3)])
    #expect(score.stage == .pql)
    #expect(score.stageReason == "evidence: trial_signup or product_usage")
  }

  @Test func unknownActivityTypesEarnNothingAndAreReportedUnmapped() {
    let score = F.score([
      F.activity("C1", "podcast_listen"), F.activity("C1", "podcast_listen", daysAgo: 400),
      F.activity("C1", "whitepaper_download"),
    ])
    #expect(score.total.value == 5)
    #expect(score.unmapped == [ActivityTypeCount(type: "podcast_listen", count: 2)])
  }

  @Test func matchedContactCarriesItsAccountsFitAndReasonsSumToTheTotal() {
    let contact = F.contact("C1", email: "jane@acme.com")
    let score = F.score(
      [
        F.activity("C1", "pricing_page_view", daysAgo: 7),
        F.activity("C1", "email_open", daysAgo: 13),
        F.activity("C1", "careers_page_view", daysAgo: 1),
      ], answers: [F.answer("C1", .budget, .partial)], account: F.acme, contact: contact)
    #expect(score.accountID == "A1")
    #expect(score.match.method == .emailDomain)
    #expect(score.fit.value == 50)
    #expect(score.reasons.totalPoints == score.total)
    #expect(score.fit + score.engagement + score.framework == score.total)
    // 10 × 0.5^(7/30) + 1 × 0.5^(13/30) − 2 × 0.5^(1/30), each rounded to 0.01.
    #expect(score.engagement == ScorePoints(hundredths: 851 + 74 - 195))
    #expect(score.reasons.first?.points.value == 20)  // largest first
  }
}
