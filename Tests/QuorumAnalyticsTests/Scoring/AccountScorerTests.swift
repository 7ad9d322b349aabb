import Foundation
import QuorumAnalytics
import Testing

@Suite struct AccountScorerTests {
  typealias F = ScoringFixture

  /// Acme (fit 50) with three contacts: C1 requested a demo and saw pricing today (30),
  /// C2 downloaded a whitepaper today (5), C3 only visited the careers page (−2).
  static let data = CRMData(
    accounts: [F.acme, Account(id: "A2", name: "Quiet Co", domain: "quiet.io")],
    contacts: [
      F.contact("C1", email: "cfo@acme.com"), F.contact("C2", email: "it@acme.com"),
      F.contact("C3", email: "intern@acme.com"), F.contact("C4", email: "x@gmail.com"),
    ],
    activities: [
      F.activity("C1", "demo_requested"), F.activity("C1", "pricing_page_view"),
      F.activity("C2", "whitepaper_download"), F.activity("C3", "careers_page_view"),
      F.activity("C4", "podcast_listen"), F.activity("C9", "page_view"),
    ])
  static let personas = [
    "C1": Persona(seniority: .executive, department: .finance),
    "C2": Persona(seniority: .manager, department: .it),
  ]

  func run(
    _ data: CRMData = data, model: ScoringModel = .default,
    committee: [String: CommitteeSignals] = [:], asOf: Timestamp = F.asOf
  ) -> ScoringResult {
    Scorer(model: model).run(data, asOf: asOf, committee: committee, personas: Self.personas)
  }

  @Test func rollupIsFitPlusDiminishingTopContactsPlusBreadth() throws {
    let acme = try #require(run().accounts.first { $0.accountID == "A1" })
    // fit 50; contacts 30 × 1 + 5 × 0.5 = 32.5 (C3 is negative: not counted);
    // breadth: 2 engaged contacts × 3 + 2 departments (finance, IT) × 5 = 16.
    #expect(acme.fit.value == 50)
    #expect(acme.engagement.value == 32.5)
    #expect(acme.committee.value == 16)
    #expect(acme.total.value == 98.5)
    #expect(acme.engagedContacts == 2)
    #expect(acme.engagedDepartments == 2)
    #expect(acme.reasons.contains { $0.feature == "contact.C1" && $0.points.value == 30 })
    #expect(acme.reasons.contains { $0.feature == "contact.C2" && $0.points.value == 2.5 })
    #expect(!acme.reasons.contains { $0.feature == "contact.C3" })
    // Each contribution's evidence is its rank, kept as numbers and written out when read.
    let ranks = acme.reasons.filter { $0.feature.hasPrefix("contact.") }
    #expect(
      ranks.map(\.evidence) == [
        .rank(position: 1, engagement: ScorePoints(rounding: 30), factor: 1),
        .rank(position: 2, engagement: ScorePoints(rounding: 5), factor: 0.5),
      ])
    #expect(
      ranks.map(\.detail) == ["rank 1: engagement 30.00 × 1", "rank 2: engagement 5.00 × 0.5"])
    #expect(acme.winProbability == nil)
    #expect(acme.tier == 3)
  }

  @Test func committeeSignalsAddCommitteePoints() throws {
    let signals = CommitteeSignals(
      engagedContacts: 9, engagedDepartments: 3, economicBuyerEngaged: true,
      championPresent: true, coverage: 0.75, singleThreaded: false)
    let acme = try #require(run(committee: ["A1": signals]).accounts.first)
    // breadth: min(9, 7) × 3 + 3 × 5 = 36; economic buyer 15, champion 15, coverage 0.75 × 20.
    #expect(acme.committee.value == 36 + 15 + 15 + 15)
    #expect(acme.engagedContacts == 9)
    #expect(acme.total.value == 50 + 32.5 + 81)
  }

  @Test func reasonCodesSumToEveryScore() {
    let result = run(committee: ["A1": CommitteeSignals(coverage: 1 / 3, singleThreaded: true)])
    for contact in result.contacts {
      #expect(contact.reasons.totalPoints == contact.total)
      #expect(abs(contact.reasons.map(\.points.value).reduce(0, +) - contact.total.value) < 1e-9)
    }
    for account in result.accounts {
      #expect(account.reasons.totalPoints == account.total)
      #expect(
        account.base + account.fit + account.engagement + account.committee + account.framework
          == account.total)
    }
  }

  @Test func journeyStageFollowsTheKindsOfSignals() throws {
    let result = run()
    let acme = try #require(result.accounts.first { $0.accountID == "A1" })
    #expect(acme.journey == JourneySignals(awareness: 0, consideration: 1, decision: 2))
    #expect(acme.journeyStage == .decision)  // two decision signals
    let quiet = try #require(result.accounts.first { $0.accountID == "A2" })
    #expect(quiet.journeyStage == .awareness)  // no signals at all
    let rules = ScoringModel.default.journey
    #expect(rules.stage(for: JourneySignals(awareness: 5)) == .awareness)
    #expect(rules.stage(for: JourneySignals(consideration: 1)) == .consideration)
    #expect(rules.stage(for: JourneySignals(decision: 1)) == .consideration)
    #expect(rules.stage(for: JourneySignals(decision: 2)) == .decision)
  }

  @Test func summaryCountsMatchesStagesAndUnmappedTypes() {
    let summary = run().summary
    #expect(summary.matched == 3)
    #expect(summary.unmatched == 1)
    #expect(summary.ambiguous == 0)
    // With Acme's fit of 50: C1 80 is an MQL; C2 55 has only 5 engagement points (< 15),
    // so fit carries it and it stays an IQL, like C3 48; C4 (no account) is cold.
    #expect(summary.contactsPerStage[.mql] == 1)
    #expect(summary.contactsPerStage[.iql] == 2)
    #expect(summary.contactsPerStage[.cold] == 1)
    #expect(summary.accountsPerJourneyStage[.decision] == 1)
    #expect(summary.accountsPerJourneyStage[.awareness] == 1)
    #expect(summary.unmapped == [ActivityTypeCount(type: "podcast_listen", count: 1)])
    #expect(summary.orphanActivities == 1)
    #expect(summary.activitiesSeen == 5)
    // Every case is present, those no contact or account reached with 0.
    #expect(Set(summary.contactsPerStage.keys) == Set(ContactStage.allCases))
    #expect(summary.contactsPerStage[.sql] == 0)
    #expect(Set(summary.contactsPerMatchMethod.keys) == Set(MatchMethod.allCases))
    #expect(Set(summary.accountsPerJourneyStage.keys) == Set(JourneyStage.allCases))
    #expect(summary.accountsPerJourneyStage[.consideration] == 0)
  }

  @Test func calibratedModelScoresTheLinearScorecard() throws {
    var model = ScoringModel.default
    model.calibration = ScoringModel.Calibration(
      baseScore: 600, pointsToDoubleOdds: 20, baseOdds: 0.25,
      points: ["engagement.demo_requested": 30, "fit.industry.core": 10])
    let acme = try #require(run(model: model).accounts.first { $0.accountID == "A1" })
    // 600 + 30 × 1 (one demo request today) + 10 × 1 = 640: odds 0.25 × 2² = 1, p = 0.5.
    #expect(acme.total.value == 640)
    #expect(acme.base.value == 600)
    #expect(try #require(acme.winProbability) == 0.5)
    #expect(acme.reasons.totalPoints == acme.total)
    #expect(
      acme.reasons.map(\.feature).sorted() == [
        "calibration.base", "engagement.demo_requested", "fit.industry.core",
      ])
  }

  @Test func disqualifiedContactsDoNotCountInTheRollup() throws {
    var data = Self.data
    data.qualifications = [F.answer("C1", .timeline, .unmet, note: "36 months out")]
    let acme = try #require(run(data).accounts.first { $0.accountID == "A1" })
    // C1 is out; C2 leads (5 × 1); the account's latest answers fire the disqualifier too.
    #expect(acme.engagement.value == 5)
    #expect(acme.reasons.contains { $0.feature == "disqualifier.timeline_24_months_or_more" })
    #expect(acme.framework.value == -50)
  }
}
